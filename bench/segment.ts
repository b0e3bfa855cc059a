/**
 * Sentence segmentation benchmark: the English Golden Rules pass rate and the speed of `segment()` beside natural's
 * SentenceTokenizer, sbd, compromise and sentence-splitter, all measured in the same run.
 *
 *   npx tsx bench/segment.ts
 *
 * The news text (~5 MB) is built deterministically from the sentences of MRPC's training file, shuffled with a
 * seeded generator and grouped into paragraphs. Both data sets are read from ../shared/datasets; without them the
 * bench says so and builds the text from the seed articles in examples/data. The machine is noisy: read the speed
 * figures as ratios between segmenters of one run, not as absolute numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { split as splitSentences } from 'sentence-splitter';
import { segment } from '../src/segment/index';
import { random, shuffle } from '../scripts/_random';

const require = createRequire(import.meta.url);
// natural's root entry loads database clients: import the tokenizer by its subpath only.
const NaturalSentenceTokenizer = require('natural/lib/natural/tokenizers/sentence_tokenizer') as new () => {
  tokenize(text: string): string[];
};
const sbd = require('sbd') as { sentences(text: string): string[] };

const fromRepo = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const GOLDEN = fromRepo('../shared/datasets/segmentation/golden-rules-en.json');
const MRPC = fromRepo('../shared/datasets/mrpc/msr_paraphrase_train.txt');
const MB = 1_000_000;
const TARGET_BYTES = 5 * MB;

type Splitter = (text: string) => string[];

const segmenters: { name: string; split: Splitter }[] = [
  { name: 'segment()', split: (t) => segment(t).map((s) => s.text) },
  { name: 'natural', split: (t) => new NaturalSentenceTokenizer().tokenize(t) },
  { name: 'sbd', split: (t) => sbd.sentences(t) },
  { name: 'compromise', split: (t) => nlp(t).sentences().out('array') as string[] },
  {
    name: 'sentence-splitter',
    split: (t) => splitSentences(t).flatMap((node) => (node.type === 'Sentence' ? [node.raw] : [])),
  },
];

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
const pad = (s: string | number, n: number): string => String(s).padEnd(n);
const lpad = (s: string | number, n: number): string => String(s).padStart(n);

/** News sentences: MRPC's two sentence columns, or the seed articles' sentences when ../shared is absent. */
function newsSentences(): { sentences: string[]; source: string } {
  if (existsSync(MRPC)) {
    const rows = readFileSync(MRPC, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .slice(1);
    const sentences = [...new Set(rows.flatMap((row) => row.split('\t').slice(3, 5)))].filter(
      (s) => s.length > 0,
    );
    return { sentences, source: 'MRPC training sentences (../shared/datasets/mrpc)' };
  }
  console.log(
    '../shared/datasets is absent (fresh clone): building the news text from examples/data instead.',
  );
  const seed = ['wapo-report.txt', 'pmo-statement.txt', 'seed-article.txt']
    .map((f) => readFileSync(fromRepo(`examples/data/${f}`), 'utf8'))
    .join('\n');
  return { sentences: segment(seed).map((s) => s.text), source: 'the seed articles in examples/data' };
}

/** Paragraphs of 3 to 6 shuffled sentences until the text reaches `target` bytes. */
function buildParagraphs(sentences: string[], target: number): string[] {
  const next = random(42);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < target) {
    const order = shuffle(sentences, next);
    for (let i = 0; i < order.length && size < target;) {
      const n = 3 + Math.floor(next() * 4);
      const paragraph = order.slice(i, i + n).join(' ');
      i += n;
      paragraphs.push(paragraph);
      size += bytes(paragraph) + 2;
    }
  }
  return paragraphs;
}

/** Best of up to `runs` timings in ms, stopping early once `budgetMs` is spent. */
function time(run: () => void, runs = 3, budgetMs = 15_000): number {
  let best = Infinity;
  let spent = 0;
  for (let k = 0; k < runs && spent < budgetMs; k++) {
    const t0 = performance.now();
    run();
    const ms = performance.now() - t0;
    best = Math.min(best, ms);
    spent += ms;
  }
  return best;
}

function goldenRules(): void {
  if (!existsSync(GOLDEN)) {
    console.log(
      'Golden Rules: ../shared/datasets/segmentation/golden-rules-en.json is absent (fresh clone): skipped.\n',
    );
    return;
  }
  const rules = JSON.parse(readFileSync(GOLDEN, 'utf8')) as { input: string; expected: string[] }[];
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
  console.log(`English Golden Rules (${rules.length} cases, whitespace collapsed before comparing)`);
  for (const { name, split } of segmenters) {
    const passed = rules.filter(({ input, expected }) => {
      const got = split(input)
        .map(collapse)
        .filter((s) => s.length > 0);
      return JSON.stringify(got) === JSON.stringify(expected.map(collapse));
    }).length;
    const rate = ((100 * passed) / rules.length).toFixed(1);
    console.log(`  ${pad(name, 18)} ${lpad(`${passed}/${rules.length}`, 6)}  ${lpad(rate, 5)}%`);
  }
  console.log();
}

function speed(): void {
  const { sentences, source } = newsSentences();
  const paragraphs = buildParagraphs(sentences, TARGET_BYTES);
  const text = paragraphs.join('\n\n');
  const mb = bytes(text) / MB;
  const prefix = (target: number): string => {
    let size = 0;
    let k = 0;
    while (k < paragraphs.length && size < target) size += bytes(paragraphs[k++]!) + 2;
    return paragraphs.slice(0, k).join('\n\n');
  };
  console.log(
    `News text: ${mb.toFixed(2)} MB, ${paragraphs.length} paragraphs of 3-6 sentences from ${source}, seed 42`,
  );

  // Warm every segmenter up on a small text first, so the timings compare compiled code.
  const warm = prefix(MB / 4);
  for (const { split } of segmenters) split(warm.slice(0, 20_000));

  const wholeMs = time(() => segment(text));
  const mbps = (ms: number, size = mb) => size / (ms / 1000);
  const rows: { name: string; mode: string; ms: number; size: number }[] = [
    { name: 'segment()', mode: 'whole text', ms: wholeMs, size: mb },
  ];
  // Every segmenter also gets the text one paragraph at a time: natural's tokenizer slows quadratically on long
  // texts (it reverts each placeholder over the text once per sentence), so per paragraph is its best case.
  for (const { name, split } of segmenters) {
    const ms = time(() => {
      for (const p of paragraphs) split(p);
    });
    rows.push({ name, mode: 'per paragraph', ms, size: mb });
  }
  const natural = rows.find((r) => r.name === 'natural')!;
  console.log(`  ${pad('segmenter', 18)} ${pad('mode', 14)} ${lpad('MB/s', 7)}  ${lpad('x natural', 9)}`);
  for (const r of rows) {
    const ratio = natural.ms / r.ms;
    console.log(
      `  ${pad(r.name, 18)} ${pad(r.mode, 14)} ${lpad(mbps(r.ms, r.size).toFixed(2), 7)}  ${lpad(ratio.toFixed(2), 9)}`,
    );
  }
  console.log();

  // Scaling: the exponent k of time ~ size^k between 0.5 MB and the full text.
  const small = prefix(MB / 2);
  const smallMs = time(() => segment(small), 5);
  const exponent = Math.log(wholeMs / smallMs) / Math.log(bytes(text) / bytes(small));
  console.log(
    `segment() scaling: ${(bytes(small) / MB).toFixed(2)} MB in ${smallMs.toFixed(0)} ms, ${mb.toFixed(2)} MB in ` +
      `${wholeMs.toFixed(0)} ms: exponent ${exponent.toFixed(2)} (1 = linear, 2 = quadratic)`,
  );
  const n1 = prefix(MB / 20);
  const n2 = prefix(MB / 10);
  const tokenizer = new NaturalSentenceTokenizer();
  const naturalExponent =
    Math.log(time(() => tokenizer.tokenize(n2), 2) / time(() => tokenizer.tokenize(n1), 2)) /
    Math.log(bytes(n2) / bytes(n1));
  console.log(
    `natural on one whole text: exponent ${naturalExponent.toFixed(2)} between ${(bytes(n1) / MB).toFixed(2)} and ` +
      `${(bytes(n2) / MB).toFixed(2)} MB, hence timed per paragraph above`,
  );
  const perParagraph = rows.find((r) => r.name === 'segment()' && r.mode === 'per paragraph')!;
  console.log(
    `segment() vs natural on ${mb.toFixed(2)} MB: ${(natural.ms / wholeMs).toFixed(2)}x as fast on the whole text, ` +
      `${(natural.ms / perParagraph.ms).toFixed(2)}x paragraph by paragraph`,
  );
}

goldenRules();
speed();
