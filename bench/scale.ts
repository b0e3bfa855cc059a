/**
 * Long documents and many comparisons (issue 7): the time and peak memory of `compare()` on two accounts of 1,000,
 * 5,000 and 20,000 sentences beside jsdiff's `diffSentences` on the same texts, the scaling exponent of each,
 * the throughput of `compareMany()` at 1 and 2 workers, and the recall of the aligner's candidate pruning on its
 * final links against judging every pair that shares a key (bench/_recall.ts; --recall n, --per-sentence k).
 *
 *   npm run bench:scale                      # all of it (jsdiff at 20k takes minutes)
 *   npm run bench:scale -- --max-jsdiff 5000 # jsdiff only up to 5,000 sentences
 *   npm run bench:scale -- --sizes 1000,5000 --pairs 100 --no-recall
 *   npm run bench:scale -- --sizes none --pairs 0 --recall 1000   # only the pruning recall
 *   npm run bench:scale -- --runs 1          # one run per measurement (default 3; jsdiff once above 5,000)
 *
 * The accounts are built deterministically (seed 7) from news sentences in ../shared/datasets: MRPC's two sentence
 * columns, the news rows of STS-B (train and dev), RTE-3's texts and hypotheses, ClaimDiff's claims, and WiCE dev's
 * claims with the sentences of the sources they cite (enough distinct sentences for an a of 20,000 without repeats). Account a
 * is n sentences; b keeps about 60% of them, shuffled within blocks of 10, negates about 10% of the kept ones (see
 * `negate`), and adds 0.25n sentences that are not in a. Without ../shared it says so and builds synthetic text from
 * the seed articles in examples/data.
 *
 * Every measurement runs in a fresh child process, so that its peak RSS (`process.resourceUsage().maxRSS`) is its
 * own; the child first builds the texts and, for compare(), warms up on a short pair, so the peak includes the
 * texts, the loaded modules and the lexicon (printed as "base"). The machine is shared and noisy: each time is the
 * fastest of `--runs` runs, with their median beside it, and the figures are best read as ratios within one run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { random, shuffle } from '../scripts/_random';
import type { RecallTally } from './_recall';

const fromRepo = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const DATA = fromRepo('../shared/datasets');
const SOURCES = {
  mrpc: `${DATA}/mrpc/msr_paraphrase_train.txt`,
  stsTrain: `${DATA}/stsb/sts-train.csv`,
  stsDev: `${DATA}/stsb/sts-dev.csv`,
  rte3: `${DATA}/rte3/rte3_dev_3way.tsv`,
  claimStrength: `${DATA}/claimdiff/ClaimDiff-strength-train.jsonl`,
  claimWeak: `${DATA}/claimdiff/ClaimDiff-weak-train.jsonl`,
  wice: `${DATA}/wice/oracle-chunks-dev.jsonl`,
};
const SEED = 7;
const KEEP = 0.6;
const NEGATE = 0.1;
const ADD = 0.25;
const BLOCK = 10;

// ---------------------------------------------------------------------------------------------------------------
// Building the accounts

const lines = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);

/** News sentences, deduplicated and shuffled; or synthetic ones from the seed articles when ../shared is absent. */
async function newsSentences(): Promise<{ sentences: string[]; source: string }> {
  if (existsSync(SOURCES.mrpc) && existsSync(SOURCES.stsTrain)) {
    const tsv = (path: string) => lines(path).map((l) => l.split('\t'));
    const optional = (path: string, read: (p: string) => string[]) => (existsSync(path) ? read(path) : []);
    const raw = [
      ...tsv(SOURCES.mrpc)
        .slice(1)
        .flatMap((c) => c.slice(3, 5)),
      ...[SOURCES.stsTrain, SOURCES.stsDev].flatMap((p) =>
        optional(p, (q) =>
          tsv(q)
            .filter((c) => c[0] === 'main-news')
            .flatMap((c) => c.slice(5, 7)),
        ),
      ),
      ...optional(SOURCES.rte3, (p) =>
        tsv(p)
          .slice(1)
          .filter((c) => c[6] === '0')
          .flatMap((c) => c.slice(7, 9)),
      ),
      ...[SOURCES.claimStrength, SOURCES.claimWeak].flatMap((p) =>
        optional(p, (q) =>
          lines(q).flatMap((l) => {
            const row = JSON.parse(l) as { claim_a: string; claim_b: string };
            return [row.claim_a, row.claim_b];
          }),
        ),
      ),
      // WiCE's claims and the sources Wikipedia cites for them (news stories for the most part), sentence by
      // sentence: lines that end a sentence, not headings or captions.
      ...optional(SOURCES.wice, (q) =>
        lines(q).flatMap((l) => {
          const row = JSON.parse(l) as { claim: string; evidence: string[] };
          return [row.claim, ...row.evidence.filter((e) => /[.!?]["”’)]?$/.test(e.trim()))];
        }),
      ),
    ];
    const unique = [...new Set(raw.map((s) => s.replace(/\s+/g, ' ').trim()))].filter(
      (s) => s.length >= 20 && s.length <= 400,
    );
    return {
      sentences: shuffle(unique, random(SEED)),
      source:
        'news sentences of MRPC, STS-B (news rows), RTE-3, ClaimDiff and the WiCE dev sources in ../shared/datasets',
    };
  }
  console.log(
    '../shared/datasets is absent (fresh clone): building synthetic text from examples/data instead.',
  );
  const { segment } = await import('../src/segment/index');
  const seed = ['wapo-report.txt', 'pmo-statement.txt', 'seed-article.txt']
    .map((f) => readFileSync(fromRepo(`examples/data/${f}`), 'utf8'))
    .join('\n');
  const base = segment(seed).map((s) => s.text);
  const next = random(SEED);
  // Each synthetic sentence is a seed sentence with a made-up place and day, so that sentences differ.
  const places = ['Geneva', 'Cairo', 'Lagos', 'Oslo', 'Lima', 'Hanoi', 'Quito', 'Riga', 'Accra', 'Doha'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const sentences = Array.from({ length: 30_000 }, (_, i) => {
    const s = base[i % base.length]!;
    const place = places[Math.floor(next() * places.length)]!;
    return `In ${place} on ${days[i % days.length]!} (${String(i)}), ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  });
  return { sentences, source: 'synthetic sentences from the seed articles in examples/data' };
}

const AUXILIARIES = 'is|are|was|were|has|have|had|will|would|can|could|did|does|do|should|may|might|must';
/** The first auxiliary, with the negation that follows it if any ("was", "was not", "isn't", "cannot"). */
const AUXILIARY = new RegExp(`\\b(?:(cannot)|(${AUXILIARIES})(\\s+not|\\s*n't)?)\\b`, 'i');
const STARTERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'but',
]);

/**
 * A simple, deterministic negation: "not" after the first auxiliary ("was" -> "was not"), or that "not" removed when
 * it is there already; a sentence without an auxiliary becomes "It is not true that ...".
 */
export function negate(sentence: string): string {
  const m = AUXILIARY.exec(sentence);
  if (m) {
    const [whole, cannot, aux, not] = m;
    const positive = cannot ? cannot.slice(0, 3) : aux!;
    const flipped = cannot || not ? positive : `${aux!} not`;
    return sentence.slice(0, m.index) + flipped + sentence.slice(m.index + whole.length);
  }
  const first = sentence.split(' ', 1)[0]!.toLowerCase();
  const rest = STARTERS.has(first) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
  return `It is not true that ${rest}`;
}

/** A sentence with what `negate` adds or removes taken out, and no case or punctuation, to find b's copies of a's. */
const unnegated = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^it is not true that /, '')
    .replace(/\bcannot\b/g, 'can')
    .replace(/\s+not\b|n't\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

const terminal = (s: string): string => (/[.!?]["'”’)]*$/.test(s) ? s : `${s}.`);

/** Sentences as paragraphs of 3 to 6. */
function toText(sentences: string[], next: () => number): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length;) {
    const k = 3 + Math.floor(next() * 4);
    paragraphs.push(
      sentences
        .slice(i, i + k)
        .map(terminal)
        .join(' '),
    );
    i += k;
  }
  return paragraphs.join('\n\n');
}

interface Accounts {
  a: string;
  b: string;
  kept: number;
  negated: number;
  added: number;
  reused: number;
}

/**
 * Account a: n sentences from `offset` in the pool. Account b: about 60% of a's sentences, shuffled within blocks of
 * 10, about 10% of those negated, and 0.25n sentences from elsewhere in the pool, spread over the blocks. When the
 * pool is too small (20k), later sentences repeat earlier ones; `reused` says how many.
 */
function buildAccounts(pool: string[], n: number, seed: number, offset = 0): Accounts {
  const next = random(seed);
  const take = (i: number) => pool[(offset + i) % pool.length]!;
  const a = Array.from({ length: n }, (_, i) => take(i));
  const addedCount = Math.round(ADD * n);
  const elsewhere = Array.from({ length: addedCount }, (_, i) => take(n + i));
  const blocks = Math.ceil(n / BLOCK);
  const b: string[] = [];
  let kept = 0;
  let negated = 0;
  let added = 0;
  for (let k = 0; k < blocks; k++) {
    const block: string[] = [];
    for (const s of a.slice(k * BLOCK, (k + 1) * BLOCK)) {
      if (next() >= KEEP) continue;
      kept++;
      if (next() < NEGATE) {
        negated++;
        block.push(negate(s));
      } else block.push(s);
    }
    const quota = Math.round(((k + 1) * addedCount) / blocks) - added;
    for (let q = 0; q < quota; q++) block.push(elsewhere[added++]!);
    b.push(...shuffle(block, next));
  }
  return {
    a: toText(a, next),
    b: toText(b, next),
    kept,
    negated,
    added,
    reused: Math.max(0, offset + n + addedCount - pool.length),
  };
}

/** Founding-case-sized pairs (5 to 20 sentences each side), each built like the long accounts. */
function buildPairs(pool: string[], count: number): { a: string; b: string }[] {
  const next = random(SEED + 1);
  const pairs: { a: string; b: string }[] = [];
  let offset = 0;
  for (let p = 0; p < count; p++) {
    const n = 5 + Math.floor(next() * 16);
    const { a, b } = buildAccounts(pool, n, SEED + 100 + p, offset);
    offset += n + Math.round(ADD * n);
    pairs.push({ a, b });
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements, each in a child process

type Task =
  | { kind: 'compare' | 'jsdiff'; n: number }
  | { kind: 'many'; pairs: number; workers: number }
  | { kind: 'recall'; n: number; perSentence?: number };

interface Measured {
  seconds: number;
  peakMB: number;
  baseMB: number;
  detail: Record<string, number | string>;
  recall?: RecallTally;
}

const mb = (kb: number) => kb / 1024;

async function child(task: Task): Promise<Measured> {
  const { sentences } = await newsSentences();
  const baseKB = () => process.memoryUsage().rss / 1024;
  if (task.kind === 'compare' || task.kind === 'jsdiff') {
    const { a, b } = buildAccounts(sentences, task.n, SEED);
    if (task.kind === 'compare') {
      const { compare } = await import('../src/index');
      compare(sentences.slice(0, 8).join(' '), negate(sentences[3]!)); // loads the lexicon, warms up
      const base = baseKB();
      const t0 = performance.now();
      const report = compare(a, b);
      const seconds = (performance.now() - t0) / 1000;
      const s = report.summary;
      return {
        seconds,
        peakMB: mb(process.resourceUsage().maxRSS),
        baseMB: mb(base),
        detail: {
          sentencesA: report.a.sentences.length,
          sentencesB: report.b.sentences.length,
          agreements: s.agreements,
          partials: s.partials,
          contradictions: s.contradictions,
        },
      };
    }
    const { diffSentences } = await import('diff');
    const base = baseKB();
    const t0 = performance.now();
    const parts = diffSentences(a, b);
    const seconds = (performance.now() - t0) / 1000;
    const unchanged = parts.filter((p) => !p.added && !p.removed).length;
    return { seconds, peakMB: mb(process.resourceUsage().maxRSS), baseMB: mb(base), detail: { unchanged } };
  }
  if (task.kind === 'many') {
    const { compareMany } = await import('../src/index');
    const pairs = buildPairs(sentences, task.pairs);
    const base = baseKB();
    const t0 = performance.now();
    let first = 0;
    const onProgress = ({ done }: { done: number }) => {
      if (done === 1) first = performance.now();
    };
    const reports = await compareMany(pairs, { workers: task.workers, onProgress });
    const end = performance.now();
    const seconds = (end - t0) / 1000;
    const sentencesPerPair =
      reports.reduce((sum, r) => sum + r.a.sentences.length + r.b.sentences.length, 0) / reports.length;
    return {
      seconds,
      peakMB: mb(process.resourceUsage().maxRSS),
      baseMB: mb(base),
      detail: {
        pairsPerSecond: pairs.length / seconds,
        toFirst: (first - t0) / 1000,
        afterFirst: (pairs.length - 1) / ((end - first) / 1000),
        sentencesPerPair,
      },
    };
  }
  if (task.kind !== 'recall') throw new Error(`unknown task ${JSON.stringify(task)}`);
  return recall(sentences, task.n, task.perSentence);
}

/**
 * Recall of the aligner's candidate pruning on final links (bench/_recall.ts): the accounts of n sentences aligned
 * with every key-sharing pair judged and with pruning forced on. Pairs of a sentence of a and its copy in b (negated
 * or not, found by text) are counted apart as counterparts: the links the accounts were built to have.
 */
async function recall(sentences: string[], n: number, perSentence?: number): Promise<Measured> {
  const { addPrunedVsExhaustive, newTally } = await import('./_recall');
  const { a, b } = buildAccounts(sentences, n, SEED);
  const tally = newTally();
  const t0 = performance.now();
  addPrunedVsExhaustive(tally, a, b, { perSentence, counterpart: (x, y) => unnegated(x) === unnegated(y) });
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, peakMB: mb(process.resourceUsage().maxRSS), baseMB: 0, detail: {}, recall: tally };
}

/** Runs one task in a fresh node process (with the same loader flags, i.e. tsx) and reads its JSON answer. */
function measure(
  task: Task,
  timeoutSeconds: number,
  heapMB: number,
): (Measured & { wall: number }) | { error: string; wall: number } {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      `--max-old-space-size=${String(heapMB)}`,
      fileURLToPath(import.meta.url),
      '--child',
      JSON.stringify(task),
    ],
    {
      encoding: 'utf8',
      timeout: timeoutSeconds * 1000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const wall = (performance.now() - t0) / 1000;
  if (r.error || r.status !== 0) {
    const why =
      r.signal === 'SIGTERM'
        ? `timed out after ${String(timeoutSeconds)} s`
        : (r.stderr || String(r.error)).trim().split('\n').slice(-3).join(' | ');
    return { error: why, wall };
  }
  const last = r.stdout.trim().split('\n').pop()!;
  return { ...(JSON.parse(last) as Measured), wall };
}

/**
 * `measure` run `runs` times, each in its own process: the fastest run's time (the least disturbed by the other
 * work on a shared machine, as timeit and hyperfine advise), the median beside it, and the highest peak of all.
 */
function measureRuns(
  task: Task,
  runs: number,
  timeoutSeconds: number,
  heapMB: number,
): (Measured & { wall: number; median: number; runs: number }) | { error: string; wall: number } {
  const done: (Measured & { wall: number })[] = [];
  let wall = 0;
  for (let k = 0; k < runs; k++) {
    const m = measure(task, timeoutSeconds, heapMB);
    wall += m.wall;
    if ('error' in m) return { ...m, wall };
    done.push(m);
  }
  const seconds = done.map((m) => m.seconds).sort((x, y) => x - y);
  const best = done.find((m) => m.seconds === seconds[0])!;
  const mid = seconds.length >> 1;
  const median = seconds.length % 2 === 1 ? seconds[mid]! : (seconds[mid - 1]! + seconds[mid]!) / 2;
  return { ...best, peakMB: Math.max(...done.map((m) => m.peakMB)), wall, median, runs };
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const fmt = (x: number, digits = 2) => x.toFixed(digits);
/** Two significant digits, for ratios that run from 0.001 to 1000. */
const times = (x: number) => `${x >= 100 ? x.toFixed(0) : x.toPrecision(2)}x`;
const pad = (s: string | number, n: number) => String(s).padStart(n);
const slope = (x1: number, y1: number, x2: number, y2: number) => Math.log(y2 / y1) / Math.log(x2 / x1);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      sizes: { type: 'string', default: '1000,5000,20000' },
      'max-jsdiff': { type: 'string', default: '20000' },
      'max-compare': { type: 'string', default: '20000' },
      pairs: { type: 'string', default: '200' },
      recall: { type: 'string', default: '1000' },
      'no-recall': { type: 'boolean', default: false },
      'per-sentence': { type: 'string' },
      timeout: { type: 'string', default: '1200' },
      runs: { type: 'string', default: '3' },
      'max-jsdiff-runs': { type: 'string', default: '5000' },
      'heap-mb': { type: 'string', default: '8192' },
    },
  });
  if (values.child !== undefined) {
    console.log(JSON.stringify(await child(JSON.parse(values.child) as Task)));
    return;
  }
  const sizes = values.sizes
    .split(',')
    .map(Number)
    .filter((n) => n > 0); // --sizes none: skip the long accounts
  const maxJsdiff = Number(values['max-jsdiff']);
  const runs = Math.max(1, Number(values.runs));
  const maxJsdiffRuns = Number(values['max-jsdiff-runs']);
  const maxCompare = Number(values['max-compare']);
  const timeout = Number(values.timeout);
  const heap = Number(values['heap-mb']);
  const { sentences, source } = await newsSentences();
  console.log(`Accounts from ${String(sentences.length)} unique ${source}, seed ${String(SEED)}.`);
  console.log(
    `a = n sentences; b keeps ~${String(KEEP * 100)}% of them shuffled within blocks of ${String(BLOCK)}, negates ~${String(NEGATE * 100)}% of the kept, adds ${String(ADD)}n from elsewhere.`,
  );
  for (const n of sizes) {
    const acc = buildAccounts(sentences, n, SEED);
    const reuse = acc.reused > 0 ? `; ${String(acc.reused)} sentences repeat (pool too small)` : '';
    console.log(
      `  n=${String(n)}: a ${fmt(acc.a.length / 1e6)} MB; b ${fmt(acc.b.length / 1e6)} MB = ${String(acc.kept)} kept (${String(acc.negated)} negated) + ${String(acc.added)} added${reuse}`,
    );
  }
  if (sizes.length > 0) {
    console.log(
      `\nEach run in a fresh process; time = the fastest of ${String(runs)} runs (jsdiff: of 1 above ${String(maxJsdiffRuns)} sentences), median beside it; peak = the highest maxRSS of those processes, base = RSS just before the timed call.\n`,
    );
  }
  if (sizes.length > 0)
    console.log(
      `${pad('n', 6)} | ${pad('compare() s', 11)} ${pad('peak MB', 8)} ${pad('base', 5)} | ${pad('jsdiff s', 9)} ${pad('peak MB', 8)} ${pad('base', 5)} | ${pad('time jsdiff/compare', 19)} ${pad('peak ratio', 10)} | run wall s (compare, jsdiff)`,
    );
  const rows: { n: number; compare?: number; jsdiff?: number }[] = [];
  for (const n of sizes) {
    const c = n <= maxCompare ? measureRuns({ kind: 'compare', n }, runs, timeout, heap) : undefined;
    const d =
      n <= maxJsdiff
        ? measureRuns({ kind: 'jsdiff', n }, n <= maxJsdiffRuns ? runs : 1, timeout, heap)
        : undefined;
    const cell = (m: typeof c | undefined) =>
      m === undefined
        ? `${pad('skipped', 11)} ${pad('', 8)} ${pad('', 5)}`
        : 'error' in m
          ? `${pad('failed', 11)} ${pad('', 8)} ${pad('', 5)}`
          : `${pad(fmt(m.seconds), 11)} ${pad(fmt(m.peakMB, 0), 8)} ${pad(fmt(m.baseMB, 0), 5)}`;
    const ok = (m: typeof c | undefined): m is Measured & { wall: number; median: number; runs: number } =>
      m !== undefined && !('error' in m);
    const spread = (m: typeof c | undefined) =>
      ok(m) ? (m.runs > 1 ? `median ${fmt(m.median)} of ${String(m.runs)}` : '1 run') : '-';
    const ratio =
      ok(c) && ok(d)
        ? `${pad(times(d.seconds / c.seconds), 19)} ${pad(times(d.peakMB / c.peakMB), 10)}`
        : `${pad('-', 19)} ${pad('-', 10)}`;
    console.log(
      `${pad(n, 6)} | ${cell(c)} | ${cell(d).replace(/^ {2}/, '')} | ${ratio} | ${c ? fmt(c.wall, 1) : '-'}, ${d ? fmt(d.wall, 1) : '-'}`,
    );
    console.log(`         runs: compare() ${spread(c)}; jsdiff ${spread(d)}`);
    for (const m of [c, d]) if (m && 'error' in m) console.log(`         ${m.error}`);
    if (ok(c))
      console.log(
        `         compare(): ${Object.entries(c.detail)
          .map(([k, v]) => `${k} ${String(v)}`)
          .join(', ')}`,
      );
    rows.push({ n, ...(ok(c) ? { compare: c.seconds } : {}), ...(ok(d) ? { jsdiff: d.seconds } : {}) });
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first && last && last.n > first.n) {
    const exp = (k: 'compare' | 'jsdiff') => {
      const x = first[k];
      const y = last[k];
      return x !== undefined && y !== undefined ? fmt(slope(first.n, x, last.n, y)) : 'n/a';
    };
    console.log(
      `\nScaling exponent (log-log slope of time, ${String(first.n)} -> ${String(last.n)} sentences): compare() ${exp('compare')}, jsdiff ${exp('jsdiff')} (1 = linear, 2 = quadratic)`,
    );
  }

  const pairs = Number(values.pairs);
  if (pairs > 0) {
    console.log(
      `\ncompareMany(): ${String(pairs)} pairs of 5-20 sentences a side, built like the accounts above; overall includes starting the workers`,
    );
    const base: number[] = [];
    for (const workers of [1, 2]) {
      const m = measure({ kind: 'many', pairs, workers }, timeout, heap);
      if ('error' in m) {
        console.log(`  workers ${String(workers)}: failed: ${m.error}`);
        continue;
      }
      const pps = Number(m.detail.pairsPerSecond);
      const steady = Number(m.detail.afterFirst);
      base.push(pps, steady);
      const vs = (k: number, x: number) => (workers > 1 ? ` (${fmt(x / base[k]!)}x)` : '');
      console.log(
        `  workers ${String(workers)}: ${pad(fmt(pps, 1), 6)} pairs/s overall${vs(0, pps)}, ${pad(fmt(steady, 1), 6)} pairs/s after the first report${vs(1, steady)}; ${fmt(m.seconds)} s, ${fmt(Number(m.detail.toFirst))} s to the first report, peak ${fmt(m.peakMB, 0)} MB`,
      );
    }
    const perPair = buildPairs(sentences, pairs).reduce((sum, p) => sum + p.a.length + p.b.length, 0) / pairs;
    console.log(
      `  (${fmt(perPair / 1000, 1)} kB of text per pair; the workers run src/worker.ts through tsx here)`,
    );
  }

  if (!values['no-recall']) {
    const n = Number(values.recall);
    const k = values['per-sentence'] === undefined ? undefined : Number(values['per-sentence']);
    console.log(
      `\nCandidate pruning at n=${String(n)}: final links of the aligner with every key-sharing pair judged and with pruning forced on (perSentence ${k === undefined ? 'default' : String(k)})`,
    );
    const m = measure(
      k === undefined ? { kind: 'recall', n } : { kind: 'recall', n, perSentence: k },
      timeout,
      heap,
    );
    if ('error' in m) console.log(`  failed: ${m.error}`);
    else {
      const { printTally } = await import('./_recall');
      printTally(`n=${String(n)}`, m.recall!, Number(process.env.SHOW_MISSES ?? 5));
      console.log(`  both runs with reading: ${fmt(m.seconds, 1)} s; peak ${fmt(m.peakMB, 0)} MB`);
    }
  }
}

await main();
