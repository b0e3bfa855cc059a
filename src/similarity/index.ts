/**
 * features x features -> similarity. The core is a monolingual word alignment in the manner of Sultan et al.'s
 * DLS@CU (SemEval 2014/2015 STS): each content term of one sentence is matched to its best counterpart in the other
 * through identity, stem, lemma, WordNet (synonym, derivation, hypernym) or character trigrams, and the similarity is
 * the harmonic mean of the weighted shares of each side's terms that found a counterpart.
 */
import { getLexicon, wordSimilarity, type Lexicon, type MatchSynsets } from '../lexicon/wordnet';
import type { SentenceFeatures, Term } from '../features/index';

/** How a term was matched. */
export type MatchKind = 'exact' | 'lexical' | 'spelling';

/** One aligned term pair. */
export interface TermMatch {
  /** Index into `a.terms`. */
  a: number;
  /** Index into `b.terms`. */
  b: number;
  score: number;
  kind: MatchKind;
}

/** The word alignment of two sentences and the scores derived from it. */
export interface PairAlignment {
  /** Weighted share of a's terms matched in b, in [0, 1]. */
  coverA: number;
  /** Weighted share of b's terms matched in a, in [0, 1]. */
  coverB: number;
  /** Harmonic mean of the two shares. */
  score: number;
  /** Distinct entity keys that both sentences mention. */
  sharedEntities: string[];
  /** Distinct non-entity term keys matched across the two at ANCHOR or closer (the event, predicate, date words). */
  sharedContent: number;
  /** Best match for each term of a (score ≥ MIN_MATCH), as pairs. */
  matches: TermMatch[];
}

/** Weight of a term in the coverage sums: by default 1, or the caller's IDF-style weight. */
export type TermWeight = (term: Term, side: 'a' | 'b') => number;

/**
 * Matches below this score are noise: past a synonym, a derivation or a close hypernym, WordNet path scores relate
 * words from different events ('attempt'/'leave' scores 0.54).
 */
const MIN_MATCH = 0.7;
/** A match at least this close names the same thing: it can anchor an event or a conflict. */
export const ANCHOR = 0.85;
/** Names matched by spelling must be this close in character trigrams (catches "Netanyahu"/"Netanyahou"). */
const MIN_SPELLING = 0.6;

/** Caches are dropped wholesale past this many entries; a long document pair stays well under it. */
const MAX_CACHE = 200_000;
const gramCache = new Map<string, Int32Array>();
const gramIds = new Map<string, number>();

/** The distinct character trigrams of ` w `, as ascending ids (for a merge count of the shared ones). */
function grams(w: string): Int32Array {
  let s = gramCache.get(w);
  if (s === undefined) {
    if (gramCache.size >= MAX_CACHE) {
      gramCache.clear();
      gramIds.clear();
    }
    const ids = new Set<number>();
    const p = ` ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) {
      const g = p.slice(i, i + 3);
      let id = gramIds.get(g);
      if (id === undefined) gramIds.set(g, (id = gramIds.size));
      ids.add(id);
    }
    s = Int32Array.from(ids).sort();
    gramCache.set(w, s);
  }
  return s;
}

function trigramDice(x: string, y: string): number {
  if (x.length < 4 || y.length < 4) return 0;
  const gx = grams(x);
  const gy = grams(y);
  let shared = 0;
  for (let i = 0, j = 0; i < gx.length && j < gy.length;) {
    const u = gx[i]!;
    const v = gy[j]!;
    if (u === v) {
      shared++;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return (2 * shared) / (gx.length + gy.length);
}

// ---------------------------------------------------------------------------------------------------------------
// Interned term strings. The aligner compares every term of one sentence with every term of the other, for every
// candidate pair: keys and lemmas are interned to integer ids once per sentence, so that the inner loop compares
// integers and looks scores up in typed arrays instead of string-keyed maps.

/**
 * Scored pairs past this many are forgotten wholesale. Two 5,000-sentence accounts of news score about a million
 * distinct lemma pairs; each costs 16 bytes (twice that with the table's free slots).
 */
const MAX_PAIRS = 8_000_000;
/** Interned strings past this many are forgotten wholesale (with everything keyed by their ids). */
const MAX_INTERNED = 2_000_000;
/** Ids stay below this, so that a pair of them packs into one double exactly. */
const ID_SPAN = 2 ** 21;
let interned = new Map<string, number>();
let strings: string[] = [];
/** Bumped whenever the interned ids are forgotten, so that ids cached per sentence are recomputed. */
let generation = 0;

function intern(s: string): number {
  let id = interned.get(s);
  if (id === undefined) {
    id = strings.length;
    interned.set(s, id);
    strings.push(s);
  }
  return id;
}

/** Term flags in `TermTable.flags`. */
const ENTITY = 1;
/** The key has 4 characters or more (trigramDice is 0 below that). */
const LONG_KEY = 2;
const HAS_LEMMA = 4;

/** Terms past this many in one sentence get no synset table (a packed entry keeps the term index in 10 bits). */
const MAX_TABLE_TERMS = 1024;

/**
 * What the aligner needs of one terms array, computed once: [key id, lemma id] per term, flags, and for the
 * non-entity terms their synsets as `synset << 10 | term`, sorted (see `matchSynsets` in lexicon/wordnet.ts), so
 * that the term pairs WordNet could relate are found by one merge per sentence pair instead of one score lookup per
 * term pair. `senses` and `reach` are null when the lexicon offers no such pre-test.
 */
interface TermTable {
  generation: number;
  lexicon: Lexicon;
  ids: Int32Array;
  flags: Uint8Array;
  /** Distinct character trigrams of each key with 4 characters or more (0 for shorter ones). */
  gramCounts: Int32Array;
  senses: Int32Array | null;
  reach: Int32Array | null;
}
const tableCache = new WeakMap<readonly Term[], TermTable>();

/** The built-in WordNet lexicon's extras, which a lexicon of the caller's need not have. */
interface FastLexicon extends Lexicon {
  /** wordSimilarity without its own pair cache, which the memo here makes redundant. */
  uncachedSimilarity?: (a: string, b: string) => number;
  matchSynsets?: (word: string, minScore: number) => MatchSynsets | undefined;
}

function termTable(terms: readonly Term[]): TermTable {
  const lexicon: FastLexicon = getLexicon();
  const cached = tableCache.get(terms);
  if (cached !== undefined && cached.generation === generation && cached.lexicon === lexicon) return cached;
  if (strings.length + 2 * terms.length > MAX_INTERNED) forget();
  const ids = new Int32Array(2 * terms.length);
  const flags = new Uint8Array(terms.length);
  const gramCounts = new Int32Array(terms.length);
  let senses: number[] | null = lexicon.matchSynsets && terms.length <= MAX_TABLE_TERMS ? [] : null;
  let reach: number[] | null = senses && [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    ids[2 * i] = intern(t.key);
    ids[2 * i + 1] = intern(t.lemma);
    flags[i] =
      (t.entity ? ENTITY : 0) | (t.key.length >= 4 ? LONG_KEY : 0) | (t.lemma.length > 0 ? HAS_LEMMA : 0);
    if (t.key.length >= 4) gramCounts[i] = grams(t.key).length;
    if (senses === null || reach === null || t.entity) continue;
    const m = lexicon.matchSynsets!(t.lemma, MIN_MATCH);
    if (m === undefined) {
      senses = reach = null;
      continue;
    }
    for (const s of m.senses) senses.push((s << 10) | i);
    for (const s of m.reach) reach.push((s << 10) | i);
  }
  const table: TermTable = {
    generation,
    lexicon,
    ids,
    flags,
    gramCounts,
    senses: senses && Int32Array.from(senses).sort(),
    reach: reach && Int32Array.from(reach).sort(),
  };
  tableCache.set(terms, table);
  return table;
}

/**
 * Marks `mark[i * width + j]` for every a-term i and b-term j whose packed synsets in `x` (a's) and `y` (b's) meet.
 */
function markMeets(x: Int32Array, y: Int32Array, mark: Uint8Array, width: number): void {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const sx = x[i]! >> 10;
    const sy = y[j]! >> 10;
    if (sx < sy) i++;
    else if (sx > sy) j++;
    else {
      let i1 = i;
      while (i1 < x.length && x[i1]! >> 10 === sx) i1++;
      let j1 = j;
      while (j1 < y.length && y[j1]! >> 10 === sy) j1++;
      for (let p = i; p < i1; p++) {
        const row = (x[p]! & 1023) * width;
        for (let q = j; q < j1; q++) mark[row + (y[q]! & 1023)] = 1;
      }
      i = i1;
      j = j1;
    }
  }
}

/**
 * A symmetric function of two interned strings, memoized by their id pair in an open-addressing hash table of
 * typed arrays: no key string and no map entry is built per call. The function is called with the two strings in
 * string order, as before ids.
 */
class PairMemo {
  /** Key (lo * ID_SPAN + hi, or -1 for a free slot) and value side by side: one cache line per probe. */
  private slots = PairMemo.empty(1024);
  private size = 0;

  constructor(private readonly f: (x: string, y: string) => number) {}

  private static empty(capacity: number): Float64Array {
    const slots = new Float64Array(2 * capacity);
    for (let h = 0; h < slots.length; h += 2) slots[h] = -1;
    return slots;
  }

  get(x: number, y: number): number {
    const lo = x < y ? x : y;
    const hi = x < y ? y : x;
    const key = lo * ID_SPAN + hi;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let h = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca77)) & mask;
    for (;;) {
      const k = slots[2 * h]!;
      if (k === key) return slots[2 * h + 1]!;
      if (k === -1) break;
      h = (h + 1) & mask;
    }
    const sx = strings[x]!;
    const sy = strings[y]!;
    const value = sx > sy ? this.f(sy, sx) : this.f(sx, sy);
    if (this.size >= MAX_PAIRS) this.clear();
    if (4 * (this.size + 1) > slots.length) this.grow();
    this.insert(lo, hi, value);
    return value;
  }

  clear(): void {
    this.slots = PairMemo.empty(1024);
    this.size = 0;
  }

  private insert(lo: number, hi: number, value: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let h = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca77)) & mask;
    while (slots[2 * h] !== -1) h = (h + 1) & mask;
    slots[2 * h] = lo * ID_SPAN + hi;
    slots[2 * h + 1] = value;
    this.size++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = PairMemo.empty(old.length);
    this.size = 0;
    for (let h = 0; h < old.length; h += 2) {
      const key = old[h]!;
      if (key === -1) continue;
      const lo = Math.floor(key / ID_SPAN);
      this.insert(lo, key - lo * ID_SPAN, old[h + 1]!);
    }
  }
}

function lexicalSimilarity(x: string, y: string): number {
  const lexicon: FastLexicon = getLexicon();
  return lexicon.uncachedSimilarity ? lexicon.uncachedSimilarity(x, y) : wordSimilarity(x, y);
}

const lexicalMemo = new PairMemo(lexicalSimilarity);
const spellingMemo = new PairMemo(trigramDice);

/** The lexicon the memos were filled from: another one installed (setLexicon) makes them stale. */
let memoLexicon: Lexicon | undefined;

function syncLexicon(): void {
  const lexicon = getLexicon();
  if (lexicon !== memoLexicon) {
    if (memoLexicon !== undefined) forget();
    memoLexicon = lexicon;
  }
}

function forget(): void {
  interned = new Map();
  strings = [];
  generation++;
  lexicalMemo.clear();
  spellingMemo.clear();
}

/**
 * The similarity of two terms given their key ids (`kx`, `ky`) and lemma ids (`lx`, `ly`), without allocating: the
 * aligner's inner loop calls it for every term pair.
 */
function scoreIds(x: Term, y: Term, kx: number, lx: number, ky: number, ly: number): number {
  if (kx === ky || (lx === ly && x.lemma.length > 0)) return 1;
  if (!x.entity && !y.entity) {
    const s = lexicalMemo.get(lx, ly);
    if (s > 0) return s;
    return 0;
  }
  // trigramDice is 0 for a word shorter than 4 letters: no need to look the pair up.
  if (x.key.length < 4 || y.key.length < 4) return 0;
  const d = spellingMemo.get(kx, ky);
  return d >= MIN_SPELLING ? d : 0;
}

/** How scoreIds found its (non-zero) score. */
function kindIds(x: Term, y: Term, kx: number, lx: number, ky: number, ly: number): MatchKind {
  if (kx === ky || (lx === ly && x.lemma.length > 0)) return 'exact';
  if (!x.entity && !y.entity) return lexicalMemo.get(lx, ly) > 0 ? 'lexical' : 'exact';
  return spellingMemo.get(kx, ky) >= MIN_SPELLING ? 'spelling' : 'exact';
}

/** Similarity of two terms in [0, 1], and how it was found. */
export function termSimilarity(x: Term, y: Term): { score: number; kind: MatchKind } {
  syncLexicon();
  if (strings.length + 4 > MAX_INTERNED) forget();
  const kx = intern(x.key);
  const lx = intern(x.lemma);
  const ky = intern(y.key);
  const ly = intern(y.lemma);
  const score = scoreIds(x, y, kx, lx, ky, ly);
  return { score, kind: score > 0 ? kindIds(x, y, kx, lx, ky, ly) : 'exact' };
}

/**
 * The weight every term starts from. Titles describe who is meant rather than say what happened, so they count for
 * less; framing and evaluative words and forms of address carry no checkable content, so they count for almost
 * nothing: "We congratulate Mr. Waltz on his important appointment" is about the appointment.
 */
export function baseWeight(t: Term): number {
  if (t.framing || HONORIFICS.has(t.key)) return 0.1;
  return t.title ? 0.3 : 1;
}

/** Forms of address: they say nothing about who is meant beyond the name they precede. */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'madam']);

const unitWeight: TermWeight = (t) => baseWeight(t);

/**
 * Aligns the terms of two sentences and scores the alignment.
 *
 * @example
 * const s = alignTerms(extractFeatures(x), extractFeatures(y)).score;
 */
export function alignTerms(
  a: SentenceFeatures,
  b: SentenceFeatures,
  weight: TermWeight = unitWeight,
): PairAlignment {
  syncLexicon();
  const ta = a.terms;
  const tb = b.terms;
  const before = generation;
  let la = termTable(ta);
  const lb = termTable(tb);
  if (generation !== before) la = termTable(ta);
  const ida = la.ids;
  const idb = lb.ids;
  // Scratch arrays shared by all calls (the aligner runs synchronously and reads them only until it returns).
  if (scratchA.length < ta.length) {
    scratchA = new Float64Array(2 * ta.length);
    scratchBy = new Int32Array(2 * ta.length);
  }
  if (scratchB.length < tb.length) scratchB = new Float64Array(2 * tb.length);
  const bestA = scratchA;
  const bestB = scratchB;
  const byA = scratchBy;
  bestA.fill(0, 0, ta.length);
  bestB.fill(0, 0, tb.length);
  byA.fill(-1, 0, ta.length);
  // The non-entity term pairs WordNet could relate at MIN_MATCH or closer; any other pair scores less.
  const pre = la.senses !== null && la.reach !== null && lb.senses !== null && lb.reach !== null;
  if (pre) {
    const cells = ta.length * tb.length;
    if (scratchMark.length < cells) scratchMark = new Uint8Array(2 * cells);
    scratchMark.fill(0, 0, cells);
    markMeets(la.reach!, lb.senses!, scratchMark, tb.length);
    markMeets(la.senses!, lb.reach!, scratchMark, tb.length);
  }
  const mark = scratchMark;
  const fa = la.flags;
  const fb = lb.flags;
  const ga = la.gramCounts;
  const gb = lb.gramCounts;
  const matches: TermMatch[] = [];
  for (let i = 0; i < ta.length; i++) {
    const kx = ida[2 * i]!;
    const lx = ida[2 * i + 1]!;
    const gx = fa[i]!;
    for (let j = 0; j < tb.length; j++) {
      // scoreIds, inlined over the tables.
      const ky = idb[2 * j]!;
      const ly = idb[2 * j + 1]!;
      const gy = fb[j]!;
      let score: number;
      if (kx === ky || (lx === ly && (gx & HAS_LEMMA) !== 0)) score = 1;
      else if (((gx | gy) & ENTITY) === 0) {
        if (pre && lx !== ly && mark[i * tb.length + j] === 0) continue;
        score = lexicalMemo.get(lx, ly);
      } else {
        if ((gx & gy & LONG_KEY) === 0) continue;
        // Dice is at most 2 min / (nx + ny): too far apart in length, the names cannot match.
        const nx = ga[i]!;
        const ny = gb[j]!;
        if (2 * Math.min(nx, ny) < MIN_MATCH * (nx + ny) - 1e-9) continue;
        score = spellingMemo.get(kx, ky);
        if (score < MIN_SPELLING) continue;
      }
      if (!(score >= MIN_MATCH)) continue;
      const x = ta[i]!;
      const y = tb[j]!;
      // On a tie, prefer the counterpart with the same polarity, so that a word both asserted and denied in one
      // sentence is not matched against itself as a conflict.
      const prev = byA[i]!;
      const better =
        score > bestA[i]! ||
        (score === bestA[i]! && prev >= 0 && tb[prev]!.negated !== x.negated && y.negated === x.negated);
      if (better) {
        bestA[i] = score;
        byA[i] = j;
      }
      if (score > bestB[j]!) bestB[j] = score;
    }
  }
  // Distinct keys, as small arrays: a sentence has a few dozen terms at most.
  const sharedEntities: string[] = [];
  const sharedContent: number[] = [];
  for (let i = 0; i < ta.length; i++) {
    const j = byA[i]!;
    if (j < 0) continue;
    const x = ta[i]!;
    const y = tb[j]!;
    const kx = ida[2 * i]!;
    const kind = kindIds(x, y, kx, ida[2 * i + 1]!, idb[2 * j]!, idb[2 * j + 1]!);
    matches.push({ a: i, b: j, score: bestA[i]!, kind });
    if (x.title || y.title || x.framing || y.framing) continue;
    // A name on either side makes it an entity match: "Waltz" starting a sentence is still Waltz.
    if (x.entity || y.entity) {
      if (!sharedEntities.includes(x.key)) sharedEntities.push(x.key);
    } else if (bestA[i]! >= ANCHOR && !sharedContent.includes(kx)) sharedContent.push(kx);
  }
  const coverA = cover(ta, ida, bestA, weight, 'a');
  const coverB = cover(tb, idb, bestB, weight, 'b');
  const score = coverA + coverB > 0 ? (2 * coverA * coverB) / (coverA + coverB) : 0;
  return {
    coverA,
    coverB,
    score,
    sharedEntities: sharedEntities.sort(),
    sharedContent: sharedContent.length,
    matches,
  };
}

let scratchA = new Float64Array(64);
let scratchB = new Float64Array(64);
let scratchBy = new Int32Array(64);
let scratchMark = new Uint8Array(1024);

/** Stamp per key id: the key was counted in the cover call with this stamp. */
let seenKeys = new Int32Array(1024);
let seenStamp = 0;

/** Weighted share of `terms` matched (`best` per term), each distinct key counted once. */
function cover(
  terms: readonly Term[],
  ids: Int32Array,
  best: Float64Array,
  weight: TermWeight,
  side: 'a' | 'b',
): number {
  if (seenKeys.length < strings.length) seenKeys = new Int32Array(2 * strings.length);
  if (seenStamp === 0x7fffffff) {
    seenKeys.fill(0);
    seenStamp = 0;
  }
  const stamp = ++seenStamp;
  let num = 0;
  let den = 0;
  for (let i = 0; i < terms.length; i++) {
    // A repeated word counts once: "Waltz ... Waltz's" should not double Waltz's weight.
    const k = ids[2 * i]!;
    if (seenKeys[k] === stamp) continue;
    seenKeys[k] = stamp;
    const w = weight(terms[i]!, side);
    num += w * best[i]!;
    den += w;
  }
  return den > 0 ? num / den : 0;
}
