/**
 * features x features -> the pair feature vector the fitted model (src/classify/model.json) reads. Each feature is one
 * signal the STS and NLI literature found useful without a neural model:
 *
 * - word alignment coverage (Sultan et al. 2015, DLS@CU), with unit weights and with IDF-like weights from a
 *   general-English frequency prior (word ranks of the vectors file);
 * - exact lemma overlap, overlap including function words, word-bigram overlap, character trigram cosine
 *   (Bär et al. 2012, UKP, SemEval-2012 STS);
 * - SIF-weighted averaged word vectors (Arora et al. 2017) and a soft word alignment by vector cosine;
 * - length ratio and length, numbers, dates, negation parity and the conflict cue rules (Lai & Hockenmaier 2014,
 *   Illinois-LH, SemEval-2014 SICK: negation and antonym features carry contradiction).
 *
 * Every feature is symmetric in a and b except the two coverage features named `coverA`/`coverB`, which say which
 * side holds the words the other lacks (entailment is directional).
 */
import type { Cue } from '../schemas';
import type { SentenceFeatures, Term } from '../features/index';
import { RULES, type CueRule, type RuleContext } from './rules';
import { getVectors, type WordVectors } from '../lexicon/vectors';
import {
  alignTerms,
  baseWeight,
  entailmentGaps,
  termsAkin,
  type EntailmentGaps,
  type PairAlignment,
  type TermWeight,
} from '../similarity/index';
import { sequenceOverlap } from './sequence';

/** Feature names, in vector order. The model file lists them too, so a stale model is caught on load. */
export const PAIR_FEATURES = [
  'align',
  'alignIdf',
  'coverMin',
  'coverMax',
  'coverA',
  'coverB',
  'exactIdf',
  'tokenDice',
  'bigramDice',
  'char3',
  'sif',
  'softAlign',
  'lenRatio',
  'logLen',
  'unmatchedMin',
  'unmatchedMax',
  'entityUnmatched',
  'numberMatch',
  'numberMismatch',
  'numberOneSide',
  'negParity',
  'negAny',
  'rule.negation',
  'rule.antonym',
  'rule.number',
  'rule.date',
  'rule.quantity',
  'rule.refutation',
  'negParity*align',
  'antonym*align',
  'negation*align',
  'negExistential',
  'negVerb',
  'conflict*coverMin',
  'lemma.ngram1',
  'lemma.ngram2',
  'lemma.ngram3',
  'lemma.ngram4',
  'lemma.ngramMin1',
  'lemma.ngramMin2',
  'lemma.ngramMin3',
  'lemma.ngramMin4',
  'lemma.bleu',
  'lemma.lcsMin',
  'lemma.lcsMax',
  'lemma.editDistance',
  'contentLeftMin',
  'contentLeftMax',
  'lenDiff',
  'entailGapA',
  'entailGapB',
  'entailMissA',
  'entailMissB',
  'entailedA',
  'entailedB',
  'negatedEntailed',
  'agentSame',
  'agentSwap',
  'termBigramDice',
] as const;

export type PairFeatureName = (typeof PAIR_FEATURES)[number];

/** Per-sentence data the pair features reuse; computed once per SentenceFeatures object. */
interface SentenceView {
  /** Lowercase word and number tokens. */
  words: string[];
  lemmas: string[];
  /** Content-word positions in `words`. */
  content: number[];
  /** Vector rows of the content words (-1 when unknown). */
  contentRows: number[];
  /** -log p(w) of the content words: their weight in the soft alignment. */
  contentWeights: number[];
  /** SIF-weighted vector average, unit length (or all zero). */
  sif: Float32Array;
  /** Distinct lemmas, for the token Dice. */
  lemmaList: string[];
  /** Distinct lemmas of the content words. */
  contentLemmas: string[];
  /** Distinct word bigrams as flat pairs (w1, w2, w1', w2', ...), or null when `bigramKeys` is needed instead. */
  bigramPairs: string[] | null;
  /** Distinct word bigrams as "w1 w2" strings; computed on first need. */
  bigramKeys?: Set<string>;
  /** Ids of the character trigrams of " w1 w2 ... wn ". */
  char3: GramLists;
  char3Norm: number;
  /** The trigram id generation of `char3`. */
  char3Generation: number;
  existential: boolean;
  verbNegated: boolean;
  /** Distinct pairs of consecutive terms (framing words left out), as "lemma lemma" (a name's key for its lemma). */
  termBigrams: string[];
  /** The agent's and the patient's term (indices into `terms`, -1 when unknown): see `roles`. */
  agent: number;
  patient: number;
  /** IDF weight of each term (in `terms` order): the frequency prior times the base weight. */
  termWeights: number[];
  /** Term -> index, built on first need for a long list (a short one is searched). */
  termIndex?: Map<Term, number>;
  /** Content lemma -> the weight of its last term. */
  lemmaWeights: LemmaWeights;
  /** Summed weight of the distinct term keys. */
  termWeightSum: number;
}

const views = new WeakMap<SentenceFeatures, SentenceView>();

/** Arora et al.'s SIF constant: weight a / (a + p(w)). */
const SIF_A = 1e-3;

/** p(w) from a Zipf law over the ranked list: 1 / ((rank + 1) · ln(total)). */
function zipf(v: WordVectors | null, row: number): number {
  if (!v) return 1e-6;
  const total = v.totalRanked;
  const rank = row >= 0 ? v.rank(row) : total;
  return 1 / ((rank + 1) * Math.log(total));
}

/**
 * What the pair features take from a word form and its lemma: its vector row (the lemma's when the form has none),
 * the weights derived from that row's rank, and the character trigrams of " form ". Cached per form, for the vectors
 * they were read from and the trigram ids of the current generation.
 */
interface WordStats {
  lemma: string;
  row: number;
  /** SIF weight a / (a + p(w)). */
  sif: number;
  /** -log p(w). */
  logWeight: number;
  /** Ids of the trigrams of " form ", with repeats. */
  grams: Int32Array;
  /** priorIdf(form). */
  idf: number;
}

/** Caches are dropped wholesale past this many entries, as the feature caches are. */
const MAX_CACHE = 200_000;
const statsCache = new Map<string, WordStats>();
const idfCache = new Map<string, number>();
let cachedFor: WordVectors | null | undefined;

/** Empties the per-word caches when the vectors were reloaded. */
function vectorsNow(): WordVectors | null {
  const v = getVectors();
  if (v !== cachedFor) {
    statsCache.clear();
    idfCache.clear();
    cachedFor = v;
  }
  return v;
}

function wordStats(v: WordVectors | null, word: string, lemma: string): WordStats {
  const cached = statsCache.get(word);
  // A form's lemma is a function of the form, but the lexicon can be swapped: the lemma is checked.
  if (cached !== undefined && cached.lemma === lemma) return cached;
  const r = v ? v.row(word) : -1;
  const row = r >= 0 || !v ? r : v.row(lemma);
  const p = zipf(v, row);
  const grams = new Int32Array(word.length);
  const padded = ` ${word} `;
  for (let i = 0; i < word.length; i++) grams[i] = gramId(gramCode(padded, i));
  const idf = idfOfRow(v, r);
  const stats = { lemma, row, sif: SIF_A / (SIF_A + p), logWeight: -Math.log(p), grams, idf };
  if (statsCache.size >= MAX_CACHE) statsCache.clear();
  statsCache.set(word, stats);
  return stats;
}

// ---------------------------------------------------------------------------------------------------------------
// Character trigrams. A trigram is three UTF-16 code units packed into one number (48 bits, exact in a double),
// interned to a small id, so that a sentence's trigrams are counted in typed arrays rather than a map of strings.
// The trigrams of " w1 w2 ... wn " are those of each " wi " plus one "x y" across each space between words (the last
// unit of a word, the space, the first of the next), and no trigram is of both kinds: a word's trigrams come from its
// cached stats.

/** Interned trigrams past this many are forgotten wholesale, with the word stats that hold their ids. */
const MAX_GRAMS = 1 << 20;
let gramIds = new Map<number, number>();
/** Bumped whenever the ids are forgotten, so that a kept view recounts its trigrams. */
let gramGeneration = 0;

function gramCode(text: string, i: number): number {
  return (text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)) * 65536 + text.charCodeAt(i + 2);
}

function gramId(code: number): number {
  let id = gramIds.get(code);
  if (id === undefined) {
    id = gramIds.size;
    gramIds.set(code, id);
  }
  return id;
}

/** Per trigram id: its count in the sentence being counted, valid where `gramStamp` holds the current stamp. */
let gramCount = new Int32Array(1024);
let gramStamp = new Int32Array(1024);
let stamp = 0;

/** Starts a count: a fresh stamp, with room for every id interned so far. */
function newCount(): number {
  if (gramStamp.length < gramIds.size) {
    gramCount = new Int32Array(2 * gramIds.size);
    gramStamp = new Int32Array(2 * gramIds.size);
    stamp = 0;
  }
  if (stamp === 0x7fffffff) {
    gramStamp.fill(0);
    stamp = 0;
  }
  return ++stamp;
}

/** Ids of "x y" trigrams of two ASCII letters around a space (x * 128 + y), plus 1; 0 when not looked up yet. */
let asciiSpaceGrams = new Int32Array(128 * 128);
let asciiGeneration = 0;

/** The trigram across the space between two words: the last unit of one, the space, the first of the other. */
function spaceGram(before: string, after: string): number {
  const x = before.charCodeAt(before.length - 1);
  const y = after.charCodeAt(0);
  if (!(x < 128 && y < 128)) return gramId((x * 65536 + 32) * 65536 + y);
  if (asciiGeneration !== gramGeneration) {
    asciiSpaceGrams = new Int32Array(128 * 128);
    asciiGeneration = gramGeneration;
  }
  const k = x * 128 + y;
  let id = asciiSpaceGrams[k]! - 1;
  if (id < 0) {
    id = gramId((x * 65536 + 32) * 65536 + y);
    asciiSpaceGrams[k] = id + 1;
  }
  return id;
}

/** A sentence's trigram ids, with repeats, as lists: each word's own (shared with its stats) and the spaces'. */
type GramLists = readonly Int32Array[];

/**
 * The trigram ids of a sentence's words and the norm of their count vector. An empty word would make trigrams with
 * two spaces, which neither kind covers: then the text itself is read.
 */
function char3Of(
  words: readonly string[],
  lemmas: readonly string[],
  v: WordVectors | null,
): [GramLists, number] {
  if (words.some((w) => w.length === 0)) return char3OfText(words);
  const lists: Int32Array[] = [];
  const spaces = new Int32Array(Math.max(0, words.length - 1));
  for (let i = 0; i < words.length; i++) {
    lists.push(wordStats(v, words[i]!, lemmas[i]!).grams);
    if (i > 0) spaces[i - 1] = spaceGram(words[i - 1]!, words[i]!);
  }
  lists.push(spaces);
  return [lists, Math.sqrt(countGrams(lists))];
}

/** The trigram ids of " w1 w2 ... wn ", read from the text. */
function char3OfText(words: readonly string[]): [GramLists, number] {
  const text = ` ${words.join(' ')} `;
  const ids: number[] = [];
  for (let i = 0; i + 3 <= text.length; i++) ids.push(gramId(gramCode(text, i)));
  const lists = [Int32Array.from(ids)];
  return [lists, Math.sqrt(countGrams(lists))];
}

/** The lists whose ids `gramCount` holds under the current stamp. */
let counted: GramLists | undefined;

/** Counts the ids of `lists` under a fresh stamp; returns the sum of the squared counts. */
function countGrams(lists: GramLists): number {
  counted = undefined;
  const s = newCount();
  let n2 = 0;
  for (const ids of lists) {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (gramStamp[id] !== s) {
        gramStamp[id] = s;
        gramCount[id] = 0;
      }
      // (c + 1)² - c² = 2c + 1: the squared counts summed as the counts grow.
      n2 += 2 * gramCount[id]!++ + 1;
    }
  }
  counted = lists;
  return n2;
}

/** Recounts a kept view's trigrams when their ids were forgotten since. */
function freshGrams(view: SentenceView, v: WordVectors | null): void {
  if (view.char3Generation === gramGeneration) return;
  [view.char3, view.char3Norm] = char3Of(view.words, view.lemmas, v);
  view.char3Generation = gramGeneration;
}

/** Cosine of two trigram count vectors. Counts are small integers, so the sums are exact in any order. */
function char3Cosine(x: SentenceView, y: SentenceView): number {
  if (!(x.char3Norm > 0 && y.char3Norm > 0)) return 0;
  // Σ count_x · count_y over the ids: the counts of either side will do, and y's are often still there (its view
  // was built last).
  let scan = y;
  if (counted === y.char3) scan = x;
  else if (counted !== x.char3) countGrams(x.char3);
  const s = stamp;
  let c3 = 0;
  for (const ids of scan.char3) {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (gramStamp[id] === s) c3 += gramCount[id]!;
    }
  }
  return c3 / (x.char3Norm * y.char3Norm);
}

function idfOfRow(v: WordVectors | null, row: number): number {
  return Math.max(0.5, -Math.log(zipf(v, row)) - 2);
}

/**
 * IDF-like weight of a word from its frequency rank: -log p(w), so 'the' weighs 2.5, a word of rank 1000 9.4 and
 * a word outside the list 15. Offset so that the most frequent words count for almost nothing.
 */
export function priorIdf(word: string): number {
  const v = vectorsNow();
  let idf = idfCache.get(word);
  if (idf === undefined) {
    idf = idfOfRow(v, v ? v.row(word) : -1);
    if (idfCache.size >= MAX_CACHE) idfCache.clear();
    idfCache.set(word, idf);
  }
  return idf;
}

const BE = new Set(['is', 'are', 'was', 'were']);

/** Lists up to this long are compared by scanning arrays; longer ones through sets. */
const SMALL = 48;

/**
 * Scratch SIF vectors for the two sentences of a pair whose views are not kept (similarity() and relate() get fresh
 * features each call): a view then only lives until its pair's features are computed.
 */
const scratchSif: [Float32Array, Float32Array] = [new Float32Array(0), new Float32Array(0)];

/** The view of a sentence: kept per SentenceFeatures object, or (`slot` given) built afresh on scratch space. */
function view(f: SentenceFeatures, slot?: 0 | 1): SentenceView {
  if (slot === undefined) {
    const cached = views.get(f);
    if (cached) return cached;
  }
  const v = vectorsNow();
  if (gramIds.size >= MAX_GRAMS) {
    gramIds = new Map();
    gramGeneration++;
    statsCache.clear();
  }
  const words: string[] = [];
  const lemmas: string[] = [];
  const content: number[] = [];
  /** The stats of each word token's form (undefined for punctuation). */
  const tokenStats = new Array<WordStats | undefined>(f.tokens.length);
  /** The token of each word. */
  const wordTokens: number[] = [];
  let verbNegated = false;
  for (let k = 0; k < f.tokens.length; k++) {
    const t = f.tokens[k]!;
    if (t.lower === 'not' || t.lower === 'never') verbNegated = true;
    if (t.kind === 'punct') continue;
    if (!t.stop && t.kind === 'word') content.push(words.length);
    words.push(t.lower);
    lemmas.push(t.lemma);
    wordTokens.push(k);
  }
  const dims = v?.dims ?? 0;
  let sif: Float32Array;
  if (slot === undefined) sif = new Float32Array(dims);
  else {
    if (scratchSif[slot].length !== dims) scratchSif[slot] = new Float32Array(dims);
    sif = scratchSif[slot].fill(0);
  }
  const contentRows: number[] = [];
  const contentWeights: number[] = [];
  const data = v?.data;
  const grams: Int32Array[] = [];
  // Int32Arrays only, like the words' own lists: the counting loops then see one kind of array.
  const spaces = new Int32Array(Math.max(0, words.length - 1));
  let empty = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const stats = wordStats(v, word, lemmas[i]!);
    tokenStats[wordTokens[i]!] = stats;
    const r = stats.row;
    if (content[contentRows.length] === i) {
      contentRows.push(r);
      contentWeights.push(stats.logWeight);
    }
    grams.push(stats.grams);
    if (i > 0) spaces[i - 1] = spaceGram(words[i - 1]!, word);
    if (word.length === 0) empty = true;
    if (r < 0 || data === undefined) continue;
    const w = stats.sif;
    // Accumulated in single precision, word by word, as the vector is stored.
    addScaled(sif, w, data, r * dims, dims);
  }
  if (v) normalize(sif);
  grams.push(spaces);
  const [char3, char3Norm] = empty ? char3OfText(words) : [grams, Math.sqrt(countGrams(grams))];
  const out: SentenceView = {
    words,
    lemmas,
    content,
    contentRows,
    contentWeights,
    sif,
    lemmaList: distinct(lemmas),
    contentLemmas: distinct(content.map((i) => lemmas[i]!)),
    bigramPairs: bigramPairs(words),
    char3,
    char3Norm,
    char3Generation: gramGeneration,
    existential: existential(words),
    verbNegated,
    termBigrams: termBigrams(f),
    ...roles(f),
    ...termWeightsOf(f, tokenStats),
  };
  if (slot === undefined) views.set(f, out);
  return out;
}

/** The distinct strings of a list, in order. */
function distinct(list: readonly string[]): string[] {
  if (list.length > SMALL) return [...new Set(list)];
  const out: string[] = [];
  for (const s of list) if (!out.includes(s)) out.push(s);
  return out;
}

/** The distinct values `pick` gives for a list's items (skipping undefined), in order. */
function distinctOf<T, V extends string | number>(list: readonly T[], pick: (item: T) => V | undefined): V[] {
  const out: V[] = [];
  const seen = list.length > SMALL ? new Set<V>() : undefined;
  for (const item of list) {
    const v = pick(item);
    if (v === undefined || (seen ? seen.has(v) : out.includes(v))) continue;
    seen?.add(v);
    out.push(v);
  }
  return out;
}

/** How many values two lists of distinct values share (compared as a Set compares them). */
function sharedCount<V extends string | number>(x: readonly V[], y: readonly V[]): number {
  let shared = 0;
  if (x.length > SMALL && y.length > SMALL) {
    const sy = new Set<V>(y);
    for (const s of x) if (sy.has(s)) shared++;
  } else {
    const [small, large] = x.length <= y.length ? [x, y] : [y, x];
    for (const s of large) if (small.includes(s)) shared++;
  }
  return shared;
}

/**
 * Distinct word bigrams as flat pairs, or null for a long text or one with a word holding a space, whose bigrams
 * are compared as "w1 w2" strings instead (for words without spaces, the same pairs make the same strings).
 */
function bigramPairs(words: readonly string[]): string[] | null {
  if (words.length > SMALL || words.some((w) => w.includes(' '))) return null;
  const out: string[] = [];
  next: for (let i = 0; i + 1 < words.length; i++) {
    const x = words[i]!;
    const y = words[i + 1]!;
    for (let k = 0; k < out.length; k += 2) if (out[k] === x && out[k + 1] === y) continue next;
    out.push(x, y);
  }
  return out;
}

function bigramKeys(view: SentenceView): Set<string> {
  if (view.bigramKeys === undefined) {
    const keys = new Set<string>();
    const w = view.words;
    for (let i = 0; i + 1 < w.length; i++) keys.add(`${w[i]} ${w[i + 1]}`);
    view.bigramKeys = keys;
  }
  return view.bigramKeys;
}

/** Dice of the distinct bigrams of two sentences. */
function bigramDice(x: SentenceView, y: SentenceView): number {
  const px = x.bigramPairs;
  const py = y.bigramPairs;
  if (px === null || py === null) return dice(bigramKeys(x), bigramKeys(y));
  if (px.length === 0 && py.length === 0) return 1;
  let shared = 0;
  for (let i = 0; i < px.length; i += 2) {
    for (let k = 0; k < py.length; k += 2) {
      if (px[i] === py[k] && px[i + 1] === py[k + 1]) {
        shared++;
        break;
      }
    }
  }
  return (2 * shared) / (px.length / 2 + py.length / 2);
}

function normalize(x: Float32Array): void {
  let n = 0;
  for (let d = 0; d < x.length; d++) n += x[d]! * x[d]!;
  if (n === 0) return;
  const inv = 1 / Math.sqrt(n);
  for (let d = 0; d < x.length; d++) x[d]! *= inv;
}

function dot(x: Float32Array, xo: number, y: Float32Array, yo: number, dims: number): number {
  let s = 0;
  const end = xo + dims;
  for (let i = xo, j = yo; i < end; i++, j++) s += x[i]! * y[j]!;
  return s;
}

/** sif += w · data[o, o + dims), element by element in single precision; unrolled, which V8 runs faster. */
function addScaled(sif: Float32Array, w: number, data: Float32Array, o: number, dims: number): void {
  let d = 0;
  for (; d + 4 <= dims; d += 4, o += 4) {
    sif[d]! += w * data[o]!;
    sif[d + 1]! += w * data[o + 1]!;
    sif[d + 2]! += w * data[o + 2]!;
    sif[d + 3]! += w * data[o + 3]!;
  }
  for (; d < dims; d++, o++) sif[d]! += w * data[o]!;
}

/** Dice coefficient of two sets (1 for two empty ones): a count, so symmetric exactly. */
function dice<T>(sx: ReadonlySet<T>, sy: ReadonlySet<T>): number {
  if (sx.size === 0 && sy.size === 0) return 1;
  const [small, large] = sx.size <= sy.size ? [sx, sy] : [sy, sx];
  let shared = 0;
  for (const v of small) if (large.has(v)) shared++;
  return (2 * shared) / (sx.size + sy.size);
}

function termWord(f: SentenceFeatures, t: Term): string {
  return t.entity ? t.key : (f.tokens[t.token]?.lower ?? t.key);
}

/** IDF-weighted term weight: the frequency prior times the base weight (titles and framing count less). */
function idfTermWeight(f: SentenceFeatures, t: Term): number {
  return priorIdf(termWord(f, t)) * baseWeight(t);
}

/**
 * A sentence's term weights, computed once for the many times the alignment and the rules ask for them. A word
 * term's prior comes from its token's stats when there are some (they hold priorIdf of the same form).
 */
function termWeightsOf(
  f: SentenceFeatures,
  tokenStats: readonly (WordStats | undefined)[],
): Pick<SentenceView, 'termWeights' | 'lemmaWeights' | 'termWeightSum'> {
  const terms = f.terms;
  const termWeights: number[] = [];
  const lemmaWeights: LemmaWeights = { lemmas: [], weights: [] };
  for (const t of terms) {
    const stats = t.entity ? undefined : tokenStats[t.token];
    const w = stats ? stats.idf * baseWeight(t) : idfTermWeight(f, t);
    termWeights.push(w);
    const k = lemmaIndex(lemmaWeights, t.lemma);
    if (k >= 0) lemmaWeights.weights[k] = w;
    else {
      lemmaWeights.lemmas.push(t.lemma);
      lemmaWeights.weights.push(w);
      lemmaWeights.index?.set(t.lemma, lemmaWeights.lemmas.length - 1);
    }
  }
  let termWeightSum = 0;
  const keys = terms.length > SMALL ? new Set<string>() : undefined;
  for (let i = 0; i < terms.length; i++) {
    // Each distinct key once, at its first term.
    const key = terms[i]!.key;
    if (keys) {
      if (keys.has(key)) continue;
      keys.add(key);
    } else if (!firstKey(terms, i)) continue;
    termWeightSum += termWeights[i]!;
  }
  return { termWeights, lemmaWeights, termWeightSum };
}

/**
 * Distinct lemmas in the order of their first term, each with the weight of its last term: what a Map set term by
 * term holds, in arrays (a Map per sentence costs more than the few lemmas it would hold).
 */
interface LemmaWeights {
  lemmas: string[];
  weights: number[];
  /** Lemma -> position, built once the list grows past SMALL (a long text). */
  index?: Map<string, number>;
}

/** The position of `lemma` in `lw.lemmas`, or -1. */
function lemmaIndex(lw: LemmaWeights, lemma: string): number {
  if (lw.index === undefined) {
    if (lw.lemmas.length <= SMALL) return lw.lemmas.indexOf(lemma);
    lw.index = new Map(lw.lemmas.map((l, k) => [l, k]));
  }
  return lw.index.get(lemma) ?? -1;
}

/** Whether no term before `i` has term i's key. */
function firstKey(terms: readonly Term[], i: number): boolean {
  const key = terms[i]!.key;
  for (let k = 0; k < i; k++) if (terms[k]!.key === key) return false;
  return true;
}

function termIndex(f: SentenceFeatures, view: SentenceView, t: Term): number {
  if (f.terms.length <= SMALL) return f.terms.indexOf(t);
  view.termIndex ??= new Map(f.terms.map((u, i) => [u, i]));
  return view.termIndex.get(t) ?? -1;
}

/** idfTermWeight with a and b as sides 'a' and 'b', read from their views for their own terms. */
function idfWeight(a: SentenceFeatures, b: SentenceFeatures, va: SentenceView, vb: SentenceView): TermWeight {
  return (t, side) => {
    const [f, view] = side === 'a' ? [a, va] : [b, vb];
    const i = termIndex(f, view, t);
    return i >= 0 ? view.termWeights[i]! : idfTermWeight(f, t);
  };
}

/** Cosines between content words already computed for a pair: both directions of softAlign read the same ones. */
let cosines = new Float64Array(256);

/**
 * Soft alignment by vector cosine: each content word's best cosine in the other sentence, IDF-weighted. Symmetric
 * exactly (a dot product sums the same products in the same order either way round).
 */
function softAlign(x: SentenceView, y: SentenceView, v: WordVectors | null): number {
  if (!v) return 0;
  const nx = x.content.length;
  const ny = y.content.length;
  if (cosines.length < nx * ny) cosines = new Float64Array(2 * nx * ny);
  cosines.fill(NaN, 0, nx * ny);
  const cos = (i: number, j: number): number => {
    let c = cosines[i * ny + j]!;
    if (Number.isNaN(c)) {
      c = dot(v.data, x.contentRows[i]! * v.dims, v.data, y.contentRows[j]! * v.dims, v.dims);
      cosines[i * ny + j] = c;
    }
    return c;
  };
  const cover = (p: SentenceView, q: SentenceView, flip: boolean) => {
    let num = 0;
    let den = 0;
    for (let k = 0; k < p.content.length; k++) {
      const i = p.content[k]!;
      const w = p.contentWeights[k]!;
      den += w;
      if (q.words.includes(p.words[i]!) || q.lemmas.includes(p.lemmas[i]!)) {
        num += w;
        continue;
      }
      if (p.contentRows[k]! < 0) continue;
      let best = 0;
      for (let l = 0; l < q.content.length; l++) {
        if (q.contentRows[l]! < 0) continue;
        const c = flip ? cos(l, k) : cos(k, l);
        if (c > best) best = c;
      }
      num += w * best;
    }
    return den > 0 ? num / den : 0;
  };
  const ca = cover(x, y, false);
  const cb = cover(y, x, true);
  return ca + cb > 0 ? (2 * ca * cb) / (ca + cb) : 0;
}

/** Everything computed for a pair: the feature vector, the alignment, and the cues of the rules that fired. */
export interface PairAnalysis {
  x: Float64Array;
  alignment: PairAlignment;
  /** The IDF weights the alignment and the rules used. */
  weight: TermWeight;
  cues: Cue[];
  /** Ids of the conflict rules that fired. */
  fired: Set<string>;
  /** Summed conflict weight of the rules that fired (as judge() sums it). */
  conflict: number;
}

const EXISTENTIAL = new Set(['nobody', 'none', 'nothing', 'noone']);

/** Whether the sentence denies that its subject exists: "There is no man ...", "No dog is ...", "Nobody ...". */
function existential(w: readonly string[]): boolean {
  if (w[0] === 'no' || EXISTENTIAL.has(w[0] ?? '')) return true;
  for (let i = 0; i + 2 < w.length; i++) {
    if (w[i] === 'there' && BE.has(w[i + 1]!) && (w[i + 2] === 'no' || EXISTENTIAL.has(w[i + 2]!)))
      return true;
  }
  return (
    w.some((x) => EXISTENTIAL.has(x)) ||
    (w.includes('no') && w.includes('one') && w.indexOf('one') === w.indexOf('no') + 1)
  );
}

/** See SentenceView.termBigrams. */
function termBigrams(f: SentenceFeatures): string[] {
  const out: string[] = [];
  let last: string | undefined;
  for (const t of f.terms) {
    if (t.framing) continue;
    const word = t.lemma.length > 0 ? t.lemma : t.key;
    if (last !== undefined) out.push(`${last} ${word}`);
    last = word;
  }
  return distinct(out);
}

/**
 * Who does what to whom, as far as word order tells in a clause "X is V-ing Y" or "Y is being V-ed by X": the first
 * term before the first "be" is the agent of an active clause and the patient of a passive one ("be" followed by
 * "being" or "been"), whose agent is the first term after "by"; an active clause's patient is its second term after
 * "be" (the first is the verb). Framing words are skipped; -1 where there is no such term. "Recruits are talking to
 * an officer" and "An officer is talking to the recruits" read alike word by word; their agents tell them apart.
 */
function roles(f: SentenceFeatures): { agent: number; patient: number } {
  const tokens = f.tokens;
  let be = 0;
  while (be < tokens.length && !BE.has(tokens[be]!.lower)) be++;
  if (be === tokens.length) return { agent: -1, patient: -1 };
  const next = tokens[be + 1]?.lower;
  const passive = next === 'being' || next === 'been';
  let by = -1;
  if (passive) for (let k = be + 2; k < tokens.length && by < 0; k++) if (tokens[k]!.lower === 'by') by = k;
  let subject = -1;
  let agent = -1;
  let afterBe = 0;
  let patient = -1;
  for (let i = 0; i < f.terms.length; i++) {
    const t = f.terms[i]!;
    if (t.framing) continue;
    if (t.token < be) {
      if (subject < 0) subject = i;
    } else if (passive) {
      if (by >= 0 && t.token > by && agent < 0) agent = i;
    } else if (++afterBe === 2) patient = i;
  }
  return passive ? { agent, patient: subject } : { agent: subject, patient };
}

const RULE_FEATURES: Record<string, PairFeatureName> = {
  'negation.mismatch': 'rule.negation',
  'antonym.wordnet': 'rule.antonym',
  'number.mismatch': 'rule.number',
  'date.mismatch': 'rule.date',
  'quantity.scale': 'rule.quantity',
  'quantity.severity': 'rule.quantity',
  'refutation.explicit': 'rule.refutation',
};

const INDEX = Object.fromEntries(PAIR_FEATURES.map((n, i) => [n, i])) as Record<PairFeatureName, number>;

/**
 * The part of a pair's analysis that does not depend on which sentence comes first: every feature except those of
 * the IDF-weighted alignment (`alignIdf`, the coverages and what is multiplied by them), `exactIdf` (its sums run in
 * the first sentence's order) and the conflict rules. similarity() scores both orders of a pair and computes this
 * once for both.
 */
interface PairBase {
  a: SentenceFeatures;
  b: SentenceFeatures;
  /** The symmetric features, in PAIR_FEATURES order; the directional ones are still 0. */
  x: number[];
  /** IDF-weighted term weights with `a` as side 'a', and with `b` as side 'a'. */
  weightAB: TermWeight;
  weightBA: TermWeight;
  /** Content lemma -> its weight, per side. */
  lemmasA: LemmaWeights;
  lemmasB: LemmaWeights;
  /** Summed weight of each side's distinct term keys. */
  termWeightA: number;
  termWeightB: number;
  parity: number;
  /** How much of each sentence the other entails word by word. */
  gaps: EntailmentGaps;
  /** The two sentences meet in this pair only (their views are not kept): see AlignTermsOptions.once. */
  once: boolean;
}

/** Writes a feature; a feature that is not a finite number is 0. */
function put(x: number[], index: number, value: number): void {
  x[index] = Number.isFinite(value) ? value : 0;
}

/** `keep`: keep the sentences' views for later pairs (analyzePair's callers pair one sentence with many). */
function pairBase(a: SentenceFeatures, b: SentenceFeatures, keep: boolean): PairBase {
  const v = vectorsNow();
  const va = keep ? view(a) : view(a, 0);
  const vb = keep ? view(b) : view(b, 1);
  // Reading b may have made the trigram ids start afresh.
  freshGrams(va, v);
  freshGrams(vb, v);
  const x = new Array<number>(PAIR_FEATURES.length).fill(0);
  // The unit-weight alignment score is symmetric: the same best score per term either way round, summed in each
  // side's own order, and a harmonic mean.
  put(x, INDEX.align, alignTerms(a, b, undefined, { once: !keep }).score);
  const weightAB = idfWeight(a, b, va, vb);
  const weightBA = idfWeight(b, a, vb, va);
  const lx = va.lemmaList;
  const ly = vb.lemmaList;
  put(
    x,
    INDEX.tokenDice,
    lx.length + ly.length === 0 ? 1 : (2 * sharedCount(lx, ly)) / (lx.length + ly.length),
  );
  put(x, INDEX.bigramDice, bigramDice(va, vb));
  put(x, INDEX.char3, char3Cosine(va, vb));
  put(x, INDEX.sif, v ? dot(va.sif, 0, vb.sif, 0, v.dims) : 0);
  put(x, INDEX.softAlign, softAlign(va, vb, v));

  const na = Math.max(1, va.words.length);
  const nb = Math.max(1, vb.words.length);
  put(x, INDEX.lenRatio, Math.min(na, nb) / Math.max(na, nb));
  put(x, INDEX.logLen, Math.log(na + nb) / 4);
  // Distinct entity names (not titles) and numbers, as lists: includes() compares as a Set does (SameValueZero).
  const ea = distinctOf(a.terms, (t) => (t.entity && !t.title ? t.key : undefined));
  const eb = distinctOf(b.terms, (t) => (t.entity && !t.title ? t.key : undefined));
  const eu = ea.length + eb.length - 2 * sharedCount(ea, eb);
  put(x, INDEX.entityUnmatched, Math.min(3, eu) / 3);

  const numsA = distinctOf(a.numbers, (n) => n.value);
  const numsB = distinctOf(b.numbers, (n) => n.value);
  if (numsA.length > 0 && numsB.length > 0) {
    const same = numsA.length === numsB.length && sharedCount(numsA, numsB) === numsA.length;
    put(x, same ? INDEX.numberMatch : INDEX.numberMismatch, 1);
  } else if (numsA.length + numsB.length > 0) put(x, INDEX.numberOneSide, 1);
  const parity = (a.negations.length + b.negations.length) % 2;
  put(x, INDEX.negParity, parity);
  put(x, INDEX.negAny, a.negations.length + b.negations.length > 0 ? 1 : 0);
  // SICK's contradictions deny the subject ("There is no man", "Nobody is") or the verb ("is not playing"); the two
  // kinds behave differently against a partial match, so each has its own feature (set when the sides differ).
  put(x, INDEX.negExistential, Number(va.existential !== vb.existential));
  put(x, INDEX.negVerb, Number(va.verbNegated !== vb.verbNegated));
  sequenceFeatures(va, vb, x);
  const gaps = entailmentGaps(a, b, { once: !keep });
  // One side negated and the other entailing what it denies: "There is no man eating food", "A man is eating pizza".
  const negA = a.negations.length > 0;
  const negB = b.negations.length > 0;
  if (negA !== negB) {
    const [terms, miss] = negA ? [gaps.termsA, gaps.missA] : [gaps.termsB, gaps.missB];
    put(x, INDEX.negatedEntailed, terms > 0 ? 1 - miss / terms : 0);
  }
  roleFeatures(a, b, va, vb, keep, x);
  // Which content word follows which, function words skipped: "girl in blue ... cheering" against "girl cheering the
  // man in blue" share their words but not their attachments.
  const bx = va.termBigrams;
  const by = vb.termBigrams;
  put(
    x,
    INDEX.termBigramDice,
    bx.length + by.length === 0 ? 1 : (2 * sharedCount(bx, by)) / (bx.length + by.length),
  );
  return {
    a,
    b,
    x,
    weightAB,
    weightBA,
    lemmasA: va.lemmaWeights,
    lemmasB: vb.lemmaWeights,
    termWeightA: va.termWeightSum,
    termWeightB: vb.termWeightSum,
    parity,
    gaps,
    once: !keep,
  };
}

/**
 * agentSame: the two agents are akin (the same word, or one a kind of the other); agentSwap: one side's agent is
 * akin to the other's patient.
 */
function roleFeatures(
  a: SentenceFeatures,
  b: SentenceFeatures,
  va: SentenceView,
  vb: SentenceView,
  keep: boolean,
  x: number[],
): void {
  const options = { once: !keep };
  const akin = (i: number, j: number) => i >= 0 && j >= 0 && termsAkin(a, i, b, j, options);
  put(x, INDEX.agentSame, Number(akin(va.agent, vb.agent)));
  const swap = akin(va.agent, vb.patient) || akin(va.patient, vb.agent);
  put(x, INDEX.agentSwap, Number(swap));
}

/**
 * Sequence overlap of the two lemma lists (./sequence.ts). Lemmas rather than word forms: 5-fold CV on the training
 * splits scored both kinds together no better than lemmas alone (MRPC accuracy 0.752 and 0.755, SICK 3-way 0.827 and
 * 0.824), so the word forms' pass, which costs as much, was left out.
 */
function sequenceFeatures(va: SentenceView, vb: SentenceView, x: number[]): void {
  sequenceOverlap(va.lemmas, vb.lemmas, x, INDEX['lemma.ngram1']);
  // Content lemmas of each side that the other lacks, counted (log-scaled): what differs, however frequent the words,
  // where unmatchedMin/Max weigh it by IDF. And the difference in length, in words.
  const shared = sharedCount(va.contentLemmas, vb.contentLemmas);
  const leftA = va.contentLemmas.length - shared;
  const leftB = vb.contentLemmas.length - shared;
  put(x, INDEX.contentLeftMin, Math.log1p(Math.min(leftA, leftB)));
  put(x, INDEX.contentLeftMax, Math.log1p(Math.max(leftA, leftB)));
  put(x, INDEX.lenDiff, Math.log1p(Math.abs(va.words.length - vb.words.length)));
}

/** A rule that neither adds to the conflict nor sets a feature: it only explains, with cues. */
function explanatory(rule: CueRule): boolean {
  return rule.conflict === 0 && RULE_FEATURES[rule.id] === undefined;
}

/**
 * Conflict rules that fire for (a, b) exactly when they fire for (b, a), so that similarity() runs them for one order
 * only: an explicit refutation on either side; a date part both sides give with no value in common; quantity levels
 * that each side has and the other lacks (there are two levels, so the two differ); and antonyms, both ways round
 * under the same conditions, since the lexicon's antonymy is symmetric (the Lexicon contract; WordNet's antonym
 * links all go both ways). negation.mismatch starts from one side's matches and number.mismatch from one side's
 * numbers: they run for each order. tests/classify/both-ways.test.ts checks both orders against analyzePair.
 */
const SYMMETRIC_RULES: ReadonlySet<string> = new Set([
  'refutation.explicit',
  'date.mismatch',
  'quantity.scale',
  'quantity.severity',
  'antonym.wordnet',
]);

/**
 * analyzePairLazily's result: analyzePair's, with the features in a plain array, and without the explanatory cues
 * (`explainPair` adds them).
 */
export interface LazyPairAnalysis extends Omit<PairAnalysis, 'x'> {
  x: number[];
}

/** A pair analysis whose explanatory cues may still be missing: `found` holds each rule's cues, null if not run. */
interface DirectedAnalysis extends LazyPairAnalysis {
  ctx: RuleContext;
  found: (Cue[] | null)[];
}

/** The feature each conflict rule sets (by RULES index), or -1. */
const RULE_SLOTS = RULES.map((rule) => {
  const name = RULE_FEATURES[rule.id];
  return name === undefined ? -1 : INDEX[name];
});

/**
 * The features of `base`'s pair in one order (`reversed`: b first), with the cues of the conflict rules, and of the
 * explanatory rules too when `explain` is set. `other`, the analysis of the other order, lends the results of the
 * symmetric rules (whose cues then point the other way round: only for features, never to report).
 */
function directed(
  base: PairBase,
  reversed: boolean,
  explain: boolean,
  other?: DirectedAnalysis,
): DirectedAnalysis {
  const [a, b] = reversed ? [base.b, base.a] : [base.a, base.b];
  const [la, lb] = reversed ? [base.lemmasB, base.lemmasA] : [base.lemmasA, base.lemmasB];
  const [wa, wb] = reversed ? [base.termWeightB, base.termWeightA] : [base.termWeightA, base.termWeightB];
  const weight = reversed ? base.weightBA : base.weightAB;
  const x = base.x.slice();
  const al = alignTerms(a, b, weight, { once: base.once });
  put(x, INDEX.alignIdf, al.score);
  put(x, INDEX.coverMin, Math.min(al.coverA, al.coverB));
  put(x, INDEX.coverMax, Math.max(al.coverA, al.coverB));
  put(x, INDEX.coverA, al.coverA);
  put(x, INDEX.coverB, al.coverB);

  // Exact overlap of content lemmas, IDF-weighted (Dice).
  let shared = 0;
  let total = 0;
  for (let i = 0; i < la.lemmas.length; i++) {
    const w = la.weights[i]!;
    total += w;
    const j = lemmaIndex(lb, la.lemmas[i]!);
    if (j >= 0) shared += w + lb.weights[j]!;
  }
  for (const w of lb.weights) total += w;
  put(x, INDEX.exactIdf, total > 0 ? shared / total : 0);
  // Weighted content left unmatched, in IDF units (log-scaled): what one side says that the other does not.
  const ua = Math.log1p(wa * (1 - al.coverA));
  const ub = Math.log1p(wb * (1 - al.coverB));
  put(x, INDEX.unmatchedMin, Math.min(ua, ub) / 3);
  put(x, INDEX.unmatchedMax, Math.max(ua, ub) / 3);
  // Terms of each side that the other does not entail word by word: as a share, counted (up to 3), and none.
  const g = base.gaps;
  const [termsA, missA, termsB, missB] = reversed
    ? [g.termsB, g.missB, g.termsA, g.missA]
    : [g.termsA, g.missA, g.termsB, g.missB];
  put(x, INDEX.entailGapA, termsA > 0 ? missA / termsA : 0);
  put(x, INDEX.entailGapB, termsB > 0 ? missB / termsB : 0);
  put(x, INDEX.entailMissA, Math.min(3, missA) / 3);
  put(x, INDEX.entailMissB, Math.min(3, missB) / 3);
  put(x, INDEX.entailedA, Number(missA === 0));
  put(x, INDEX.entailedB, Number(missB === 0));

  const ctx: RuleContext = { a, b, alignment: al, weight, once: base.once };
  const found: (Cue[] | null)[] = [];
  const fired = new Set<string>();
  let conflict = 0;
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i]!;
    if (!explain && explanatory(rule)) {
      found.push(null);
      continue;
    }
    const lent = other && SYMMETRIC_RULES.has(rule.id) ? other.found[i] : undefined;
    const cues = lent ?? rule.test(ctx);
    found.push(cues);
    if (cues.length === 0) continue;
    conflict += rule.conflict;
    if (RULE_SLOTS[i]! >= 0) {
      fired.add(rule.id);
      put(x, RULE_SLOTS[i]!, 1);
    }
  }
  put(x, INDEX['negParity*align'], base.parity * al.score);
  put(x, INDEX['negation*align'], (fired.has('negation.mismatch') ? 1 : 0) * al.score);
  put(x, INDEX['conflict*coverMin'], Math.min(2, conflict) * Math.min(al.coverA, al.coverB));
  put(x, INDEX['antonym*align'], (fired.has('antonym.wordnet') ? 1 : 0) * al.score);
  const cues = explain ? found.flatMap((c) => c ?? []) : [];
  return { x, alignment: al, weight, cues, fired, conflict, ctx, found };
}

/**
 * Computes the pair feature vector (in PAIR_FEATURES order) and the cues behind it.
 *
 * @example
 * const { x, cues } = analyzePair(extractFeatures(s1), extractFeatures(s2));
 */
export function analyzePair(a: SentenceFeatures, b: SentenceFeatures): PairAnalysis {
  const { x, alignment, weight, cues, fired, conflict } = directed(pairBase(a, b, true), false, true);
  return { x: Float64Array.from(x), alignment, weight, cues, fired, conflict };
}

/**
 * analyzePair without the explanatory cues (hedges, attribution, shared words: the rules that neither conflict nor
 * set a feature), which a caller that may not report cues can add later with `explainPair`.
 *
 * @example
 * const pair = analyzePairLazily(fa, fb);
 * if (show) pair.cues = explainPair(pair);
 */
export function analyzePairLazily(a: SentenceFeatures, b: SentenceFeatures): LazyPairAnalysis {
  return directed(pairBase(a, b, false), false, false);
}

/** All the cues of a pair from analyzePairLazily, in rule order: the same as analyzePair's. */
export function explainPair(pair: PairAnalysis | LazyPairAnalysis): Cue[] {
  if (!('found' in pair)) return pair.cues;
  const { ctx, found } = pair as DirectedAnalysis;
  return RULES.flatMap((rule, i) => found[i] ?? rule.test(ctx));
}

/**
 * The feature vectors of both orders of a pair, `[x(a, b), x(b, a)]`, as analyzePair computes them, sharing the work
 * the two have in common. The second is computed only if asked for.
 *
 * @example
 * const [ab, ba] = pairFeaturesBothWays(fa, fb);
 * const score = (predictSimilarity(ab) + predictSimilarity(ba())) / 2;
 */
export function pairFeaturesBothWays(a: SentenceFeatures, b: SentenceFeatures): [number[], () => number[]] {
  const base = pairBase(a, b, false);
  const ab = directed(base, false, false);
  return [ab.x, () => directed(base, true, false, ab).x];
}
