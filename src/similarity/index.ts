/**
 * features x features -> similarity. The core is a monolingual word alignment in the manner of Sultan et al.'s
 * DLS@CU (SemEval 2014/2015 STS): each content term of one sentence is matched to its best counterpart in the other
 * through identity, stem, lemma, WordNet (synonym, derivation, hypernym) or character trigrams, and the similarity is
 * the harmonic mean of the weighted shares of each side's terms that found a counterpart.
 */
import { getLexicon, wordSimilarity, type Lexicon, type MatchSynsets } from '../lexicon/wordnet';
import { isName, type SentenceFeatures, type Term } from '../features/index';
import { MAX_POSTING_TERMS, PackBuffer, takeAll, type Postings } from './postings';

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
  /** Distinct names of a (runs of adjacent name words) that both sentences mention. */
  sharedNames: number;
  /** Distinct non-entity term keys matched across the two at ANCHOR or closer (the event, predicate, date words). */
  sharedContent: number;
  /** Best match for each term of a (score ≥ MIN_MATCH), as pairs. */
  matches: TermMatch[];
  /**
   * Distinct names (entities that are not titles, nor framing or `source`: who holds the claim) of a, and of b,
   * that the other sentence does not match.
   */
  unmatchedNames: [number, number];
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

/**
 * Forgets the trigram ids, and with them the term tables that hold them: they are numbered afresh from here on.
 */
function forgetGrams(): void {
  gramCache.clear();
  gramIds.clear();
  gramsById = [];
  generation++;
}

/** `grams` and the lexicon's `matchSynsets` by interned string id: an array read where a sentence's table is built. */
let gramsById: (Int32Array | undefined)[] = [];
let synsetsById: (MatchSynsets | null | undefined)[] = [];

function gramsOfId(id: number, w: string): Int32Array {
  let g = gramsById[id];
  if (g === undefined) {
    g = grams(w);
    // grams() may have forgotten every trigram id (and with them this table's): keep nothing then.
    if (gramCache.has(w)) gramsById[id] = g;
  }
  return g;
}

/** The distinct character trigrams of ` w `, as ascending ids (for a merge count of the shared ones). */
function grams(w: string): Int32Array {
  let s = gramCache.get(w);
  if (s === undefined) {
    if (gramCache.size >= MAX_CACHE) forgetGrams();
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

/** A term's flags, as `TermTable.flags` holds them. */
function termFlags(t: Term): number {
  return (t.entity ? ENTITY : 0) | (t.key.length >= 4 ? LONG_KEY : 0) | (t.lemma.length > 0 ? HAS_LEMMA : 0);
}

/** Sentence pairs with more term pairs than this are scored term pair by term pair (no mark matrix). */
const MAX_CELLS = 1 << 22;

/** A sentence's table gets its postings on this many-th alignment (see indexTable), or its first if asked. */
const INDEX_AFTER = 4;

const wordBuffer = new PackBuffer();
const gramBuffer = new PackBuffer();
const reachBuffer = new PackBuffer();

/**
 * What the aligner needs of one terms array, computed once. Besides ids and flags per term, postings of its keys,
 * lemmas, trigrams (of keys with 4 characters or more) and, for the terms that are not names, synsets (see
 * `matchSynsets` in lexicon/wordnet.ts): every term pair that can score MIN_MATCH shares an entry of one of them, so
 * one look-up per sentence pair finds the few pairs worth scoring instead of a lookup for every term pair. `reach`
 * is null when the lexicon offers no such pre-test, and all postings past MAX_POSTING_TERMS / 2 terms.
 */
interface TermTable {
  generation: number;
  lexicon: Lexicon;
  /** Alignments this table has taken part in, up to INDEX_AFTER. */
  uses: number;
  /** [key id, lemma id] per term. */
  ids: Int32Array;
  flags: Uint8Array;
  /** Distinct character trigrams of each key with 4 characters or more; -1 until `gramCount` asks. */
  gramCounts: Int32Array;
  /** 1 for the first term of each key: a repeated word counts once in the coverage. */
  firstOfKey: Uint8Array;
  /** Whether some term is a name (only then are spellings compared). */
  hasEntity: boolean;
  /** Each term's run of adjacent name words (see findNameRuns), when some term is a name. */
  runs: Int32Array | null;
  /** Key and lemma ids together: a pair that shares either (or one's key is the other's lemma) is scored. */
  words: Postings | null;
  grams: Postings | null;
  /**
   * The synsets each term reaches (`MatchSynsets.reach`), the term packed as 2 * term + 1 for its own senses and
   * 2 * term for the rest: two terms can match when one's sense is in the other's reach.
   */
  reach: Postings | null;
  /**
   * The term weights of the last coverage computed over this table on each side, for that weight function: a table
   * shared by two sentences (TermsScope) serves both sides.
   */
  weightFnA?: TermWeight;
  weightsA?: Float64Array | undefined;
  weightSumA?: number;
  weightFnB?: TermWeight;
  weightsB?: Float64Array | undefined;
  weightSumB?: number;
}
const tableCache = new WeakMap<readonly Term[], TermTable>();

/**
 * Per-sentence indexes shared by sentences that read the same: one account repeating the other's sentences word for
 * word, or itself. Two sentences read the same when their texts are equal and so are their terms' keys, lemmas,
 * kinds (name, title, framing, source) and polarity, in order (the context of an account can make the same words read
 * differently: a name in one, a common word in the other). The indexes hold nothing else of a sentence, such as its
 * offsets. One scope serves one comparison (compare() over two accounts) and goes with it.
 */
export class TermsScope {
  private readonly byText = new Map<string, SentenceFeatures[]>();
  private readonly first = new Map<SentenceFeatures, SentenceFeatures>();
  /**
   * The first sentences' term tables. In a Map that goes with the scope, not the module's WeakMap: tens of
   * thousands of WeakMap entries slow every full garbage collection down while they live.
   */
  readonly tables = new Map<readonly Term[], TermTable>();
  /** The table each sentence asked with uses, once indexed: one look-up per sentence and pair. */
  readonly tableOf = new Map<SentenceFeatures, TermTable>();
  /** The last sentence looked up in `tableOf`, and its table. */
  lastFeatures: SentenceFeatures | undefined;
  lastTable: TermTable | undefined;

  /** The first sentence given that reads the same as `f` (`f` itself if none did). */
  canonical(f: SentenceFeatures): SentenceFeatures {
    let c = this.first.get(f);
    if (c !== undefined) return c;
    const text = f.sentence.text;
    const seen = this.byText.get(text);
    c = seen?.find((g) => sameReading(g.terms, f.terms));
    if (c === undefined) {
      c = f;
      if (seen === undefined) this.byText.set(text, [f]);
      else seen.push(f);
    }
    this.first.set(f, c);
    return c;
  }
}

function sameReading(x: readonly Term[], y: readonly Term[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const s = x[i]!;
    const t = y[i]!;
    if (
      s.key !== t.key ||
      s.lemma !== t.lemma ||
      s.entity !== t.entity ||
      s.title !== t.title ||
      s.framing !== t.framing ||
      s.source !== t.source ||
      s.negated !== t.negated
    )
      return false;
  }
  return true;
}

/**
 * Tables of sentences aligned in one pair only (`once`), by terms array, newest at `recentNext - 1`. Not per
 * sentence object like `tableCache`: a WeakMap entry whose table leads back to its key (a weight function that holds
 * the sentence) survives every young-generation collection until a full one, and takes the pair's features with it.
 * A few slots cover the alignments of one pair; older ones are overwritten.
 */
const RECENT_TABLES = 4;
const recentTerms: (readonly Term[] | undefined)[] = new Array<undefined>(RECENT_TABLES).fill(undefined);
const recentTables: (TermTable | undefined)[] = new Array<undefined>(RECENT_TABLES).fill(undefined);
let recentNext = 0;

function cachedTable(terms: readonly Term[], once: boolean, scope?: TermsScope): TermTable | undefined {
  if (scope !== undefined) return scope.tables.get(terms);
  if (!once) return tableCache.get(terms);
  for (let k = 0; k < RECENT_TABLES; k++) if (recentTerms[k] === terms) return recentTables[k];
  return undefined;
}

function keepTable(terms: readonly Term[], table: TermTable, once: boolean, scope?: TermsScope): void {
  if (scope !== undefined) {
    scope.tables.set(terms, table);
    return;
  }
  if (!once) {
    tableCache.set(terms, table);
    return;
  }
  for (let k = 0; k < RECENT_TABLES; k++) {
    if (recentTerms[k] === terms) {
      recentTables[k] = table;
      return;
    }
  }
  recentTerms[recentNext] = terms;
  recentTables[recentNext] = table;
  recentNext = (recentNext + 1) % RECENT_TABLES;
}

/** The built-in WordNet lexicon's extras, which a lexicon of the caller's need not have. */
interface FastLexicon extends Lexicon {
  /** wordSimilarity without its own pair cache, which the memo here makes redundant. */
  uncachedSimilarity?: (a: string, b: string) => number;
  matchSynsets?: (word: string, minScore: number) => MatchSynsets | undefined;
}

function termTable(terms: readonly Term[], eager: boolean, once: boolean, scope?: TermsScope): TermTable {
  const lexicon: FastLexicon = getLexicon();
  const cached = cachedTable(terms, once, scope);
  if (cached !== undefined && cached.generation === generation && cached.lexicon === lexicon) {
    if (++cached.uses === INDEX_AFTER || (eager && cached.words === null && cached.uses < INDEX_AFTER)) {
      cached.uses = INDEX_AFTER;
      indexTable(cached, terms);
    }
    return cached;
  }
  if (strings.length + 2 * terms.length > MAX_INTERNED) forget();
  const n = terms.length;
  const ids = new Int32Array(2 * n);
  const flags = new Uint8Array(n);
  const gramCounts = new Int32Array(n).fill(-1);
  const firstOfKey = new Uint8Array(n);
  let hasEntity = false;
  for (let i = 0; i < n; i++) {
    const t = terms[i]!;
    const key = intern(t.key);
    ids[2 * i] = key;
    // A name's lemma is its key, and so is many a word's stem: one look-up then.
    ids[2 * i + 1] = t.lemma === t.key ? key : intern(t.lemma);
    flags[i] = termFlags(t);
    let first = 1;
    for (let k = 0; k < i && first; k++) if (ids[2 * k] === key) first = 0;
    firstOfKey[i] = first;
    if (t.entity) hasEntity = true;
  }
  const table: TermTable = {
    generation,
    lexicon,
    uses: 1,
    ids,
    flags,
    gramCounts,
    firstOfKey,
    hasEntity,
    runs: hasEntity ? findNameRuns(terms) : null,
    words: null,
    grams: null,
    reach: null,
  };
  keepTable(terms, table, once, scope);
  if (eager) {
    table.uses = INDEX_AFTER;
    indexTable(table, terms);
  }
  return table;
}

/**
 * The postings of a table. They cost more to build than one full scan of the term pairs, so a sentence gets them
 * on its INDEX_AFTER-th alignment: two sentences compared once (relate()) never need them, a sentence of a long
 * account compared with its candidates does.
 */
function indexTable(table: TermTable, terms: readonly Term[]): void {
  const n = terms.length;
  // Reach postings hold 2 * term + 1.
  if (2 * n > MAX_POSTING_TERMS) return;
  // The trigram ids must not be renumbered halfway through a table (see `grams`).
  if (gramCache.size + n >= MAX_CACHE) {
    forgetGrams();
    return; // the table is stale now; it is rebuilt on its next use
  }
  const lexicon = table.lexicon as FastLexicon;
  // Emptied first: a lexicon that threw halfway through the table before may have left pairs behind.
  for (const buffer of [wordBuffer, gramBuffer, reachBuffer]) buffer.length = 0;
  let synsets = lexicon.matchSynsets !== undefined;
  for (let i = 0; i < n; i++) {
    const t = terms[i]!;
    const key = table.ids[2 * i]!;
    const lemma = table.ids[2 * i + 1]!;
    if (t.key.length >= 4) {
      const g = gramsOfId(key, t.key);
      for (let q = 0; q < g.length; q++) gramBuffer.push(g[q]!, i);
    }
    wordBuffer.push(key, i);
    if (lemma !== key) wordBuffer.push(lemma, i);
    if (!synsets || t.entity) continue;
    let m = synsetsById[lemma];
    if (m === undefined) synsetsById[lemma] = m = lexicon.matchSynsets!(t.lemma, MIN_MATCH) ?? null;
    if (m === null) {
      synsets = false;
      continue;
    }
    // Both sorted, the senses among the reach: a merge tells which reached synsets are the term's own senses.
    const senses = m.senses;
    let k = 0;
    const reach = m.reach;
    for (let q = 0; q < reach.length; q++) {
      const x = reach[q]!;
      while (k < senses.length && senses[k]! < x) k++;
      reachBuffer.push(x, 2 * i + (k < senses.length && senses[k] === x ? 1 : 0));
    }
  }
  // Unsorted: the aligner looks them up by id (Stamp).
  const [words, gramPostings, reach] = takeAll([wordBuffer, gramBuffer, reachBuffer], false);
  table.words = words!;
  table.grams = gramPostings!;
  table.reach = synsets ? reach! : null;
}

/** Cells (a-term * width + b-term) marked for scoring, listed once each; reset by `unmarkAll`. */
let mark = new Uint8Array(1024);
let marked = new Int32Array(1024);
let markedCount = 0;
/** Shared trigrams per cell, for the cells markMeets counted. */
let shared = new Uint16Array(1024);

function prepareMarks(cells: number): void {
  unmarkAll(); // nothing to do unless a call before threw midway
  if (mark.length < cells) {
    mark = new Uint8Array(2 * cells);
    marked = new Int32Array(2 * cells);
    shared = new Uint16Array(2 * cells);
  }
  markedCount = 0;
}

function unmarkAll(): void {
  for (let k = 0; k < markedCount; k++) {
    mark[marked[k]!] = 0;
    shared[marked[k]!] = 0;
  }
  markedCount = 0;
}

/**
 * One sentence's postings by id, for looking the other sentence's ids up in them: the entries of each id chained
 * through `next` from `head[id]`, valid where `stamp[id]` is the current stamp. Stamping costs one pass over the
 * postings and a look-up one array read per id of the other sentence, and the postings need no sorting; a sentence
 * aligned with several others in a row (compare() judges its pairs in order) is stamped once. Nothing is cleared
 * between sentences: a new stamp number voids the old entries.
 */
class Stamp {
  private stamp = new Int32Array(1024);
  private head = new Int32Array(1024);
  private next = new Int32Array(256);
  private source: Postings | undefined;
  private current = 0;

  /** Indexes `p` by id, unless it is the postings indexed last. */
  set(p: Postings): void {
    if (this.source === p) return;
    this.source = undefined; // until done: a throw midway leaves no half-stamped postings behind
    const { data, at, n } = p;
    let span = 0;
    for (let k = 0; k < n; k++) if (data[at + k]! >= span) span = data[at + k]! + 1;
    if (span > this.stamp.length) {
      const size = Math.max(span, 2 * this.stamp.length);
      this.stamp = new Int32Array(size);
      this.head = new Int32Array(size);
      this.current = 0;
    }
    if (n > this.next.length) this.next = new Int32Array(Math.max(n, 2 * this.next.length));
    const stamp = this.stamp;
    const head = this.head;
    const next = this.next;
    const now = ++this.current;
    for (let k = 0; k < n; k++) {
      const id = data[at + k]!;
      next[k] = stamp[id] === now ? head[id]! : -1;
      head[id] = k;
      stamp[id] = now;
    }
    this.source = p;
  }

  /**
   * Marks every cell (stamped term * width + term of `q`) whose terms share an id. With `how`: COUNT also adds to
   * `shared` the number of ids each cell's terms share (trigrams, for Dice); SENSES reads reach postings
   * (TermTable.reach: each term packed as 2 * term + 1 for its own senses) and marks only where the shared synset
   * is a sense of at least one of the two terms (one's sense in the other's reach).
   */
  markMeets(q: Postings, width: number, how: Meets): void {
    const p = this.source!;
    const pd = p.data;
    const terms = p.at + p.n;
    const stamp = this.stamp;
    const head = this.head;
    const next = this.next;
    const now = this.current;
    const span = stamp.length;
    const { data, at, n } = q;
    for (let k = 0; k < n; k++) {
      const id = data[at + k]!;
      if (id >= span || stamp[id] !== now) continue;
      let y = data[at + n + k]!;
      const ySense = y & 1;
      if (how === SENSES) y >>= 1;
      for (let e = head[id]!; e >= 0; e = next[e]!) {
        let x = pd[terms + e]!;
        if (how === SENSES) {
          if (((x & 1) | ySense) === 0) continue;
          x >>= 1;
        }
        const c = x * width + y;
        if (mark[c] === 0) {
          mark[c] = 1;
          marked[markedCount++] = c;
        }
        if (how === COUNT) shared[c]!++;
      }
    }
  }
}

/** How Stamp.markMeets reads the other postings: plain ids, trigrams counted per cell, or reached synsets. */
type Meets = 0 | 1 | 2;
const PLAIN: Meets = 0;
const COUNT: Meets = 1;
const SENSES: Meets = 2;

/** a's postings of the pair being aligned: its words, reach and trigrams. */
const stampWords = new Stamp();
const stampReach = new Stamp();
const stampGrams = new Stamp();

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

/** Whether two sorted arrays share a value. */
function meet(x: Int32Array, y: Int32Array): boolean {
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) return true;
    if (x[i]! < y[j]!) i++;
    else j++;
  }
  return false;
}

/**
 * lexicalSimilarity as the aligner needs it: a pair that cannot reach MIN_MATCH (its synsets do not meet, see
 * `matchSynsets`) scores 0 without its is-a paths being walked, since the aligner drops such pairs anyway.
 */
function alignmentSimilarity(x: string, y: string): number {
  const lexicon: FastLexicon = getLexicon();
  if (x !== y && lexicon.matchSynsets) {
    const mx = lexicon.matchSynsets(x, MIN_MATCH);
    const my = mx && lexicon.matchSynsets(y, MIN_MATCH);
    if (mx && my && !meet(mx.reach, my.senses) && !meet(my.reach, mx.senses)) return 0;
  }
  return lexicalSimilarity(x, y);
}
const alignmentMemo = new PairMemo(alignmentSimilarity);
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
  gramsById = [];
  synsetsById = [];
  generation++;
  lexicalMemo.clear();
  relationMemo.clear();
  alignmentMemo.clear();
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
  // No form of address is longer than MAX_HONORIFIC: most keys need no look-up.
  if (t.framing || (t.key.length <= MAX_HONORIFIC && HONORIFICS.has(t.key))) return 0.1;
  return t.title ? 0.3 : 1;
}

/** Forms of address: they say nothing about who is meant beyond the name they precede. */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'madam']);
const MAX_HONORIFIC = Math.max(...[...HONORIFICS].map((h) => h.length));

/** baseWeight as a TermWeight; one function object, so that the weights cached per sentence are reused. */
export const unitWeight: TermWeight = (t) => baseWeight(t);

/** The number of distinct trigrams of term i's key (4 characters or more), counted on first need. */
function gramCount(table: TermTable, i: number): number {
  let n = table.gramCounts[i]!;
  if (n < 0) n = table.gramCounts[i] = gramsOfId(table.ids[2 * i]!, strings[table.ids[2 * i]!]!).length;
  return n;
}

/**
 * scoreIds over two term tables: term i of `la` against term j of `lb`. `sharedGrams` is the number of trigrams
 * their keys share when the caller counted them, else -1 (then the spelling memo answers).
 */
function cellScore(la: TermTable, lb: TermTable, i: number, j: number, sharedGrams: number): number {
  const kx = la.ids[2 * i]!;
  const lx = la.ids[2 * i + 1]!;
  const ky = lb.ids[2 * j]!;
  const ly = lb.ids[2 * j + 1]!;
  const gx = la.flags[i]!;
  const gy = lb.flags[j]!;
  if (kx === ky || (lx === ly && (gx & HAS_LEMMA) !== 0)) return 1;
  if (((gx | gy) & ENTITY) === 0) return alignmentMemo.get(lx, ly);
  if ((gx & gy & LONG_KEY) === 0) return 0;
  // Dice is at most 2 min / (nx + ny): too far apart in length, the names cannot match.
  const nx = gramCount(la, i);
  const ny = gramCount(lb, j);
  if (2 * Math.min(nx, ny) < MIN_MATCH * (nx + ny) - 1e-9) return 0;
  const d = sharedGrams >= 0 ? (2 * sharedGrams) / (nx + ny) : spellingMemo.get(kx, ky);
  return d >= MIN_SPELLING ? d : 0;
}

export interface AlignTermsOptions {
  /**
   * Build each sentence's postings on its first alignment rather than its INDEX_AFTER-th: for callers that align
   * every sentence with several others (compare() over long accounts).
   */
  index?: boolean;
  /**
   * The two sentences are aligned in this pair only, perhaps a few times over (relate(), similarity(): fresh
   * features per call): their tables are kept for the next few alignments rather than per sentence. Never changes
   * the result.
   */
  once?: boolean;
  /** Share the per-sentence tables of sentences whose terms read the same (see TermsScope). */
  scope?: TermsScope | undefined;
  /**
   * List the term matches (default). Without them (`false`), `matches` is empty until `addMatches` fills it: a caller
   * that judges many pairs and reads the matches of few (compare()) saves building them for the rest.
   */
  matches?: boolean;
}

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
  options: AlignTermsOptions = {},
): PairAlignment {
  const ta = a.terms;
  const tb = b.terms;
  scorePair(a, b, options);
  const la = pairA!;
  const lb = pairB!;
  const flipped = pairFlipped;
  const ida = la.ids;
  // The best score of each term of a in b (and of b in a), and which term of b each of a's found.
  const bestA = flipped ? coreBestB : coreBestA;
  const bestB = flipped ? coreBestA : coreBestB;
  const byA = flipped ? coreByB : coreByA;
  // Distinct keys, as small arrays: a sentence has a few dozen terms at most.
  const sharedEntities: string[] = [];
  let sharedNames = 0;
  let lastRun = -1;
  if (contentSeen.length < ta.length) contentSeen = new Int32Array(2 * ta.length);
  let sharedContent = 0;
  const byB = flipped ? coreByA : coreByB;
  for (let i = 0; i < ta.length; i++) {
    const j = byA[i]!;
    if (j < 0) continue;
    const x = ta[i]!;
    const y = tb[j]!;
    if (x.title || y.title || x.framing || y.framing) continue;
    // A name on either side makes it an entity match: "Waltz" starting a sentence is still Waltz. Not a word two
    // different names share ("United States" and "United Nations").
    if (x.entity || y.entity) {
      if (!sharedEntities.includes(x.key) && sameNameIn(a, b, la.runs, lb.runs, i, j, byA, byB)) {
        sharedEntities.push(x.key);
        const run = la.runs === null ? i : la.runs[2 * i]!;
        if (run !== lastRun) sharedNames++;
        lastRun = run;
      }
    } else if (bestA[i]! >= ANCHOR) {
      const key = ida[2 * i]!;
      let seen = false;
      for (let k = 0; k < sharedContent && !seen; k++) seen = contentSeen[k] === key;
      if (!seen) contentSeen[sharedContent++] = key;
    }
  }
  const matches = options.matches === false ? [] : matchList(la, lb, ta, tb, bestA, byA);
  const unmatchedNames: [number, number] = [unmatched(la, ta, bestA), unmatched(lb, tb, bestB)];
  const coverA = cover(la, ta, bestA, weight, 'a');
  const coverB = cover(lb, tb, bestB, weight, 'b');
  const score = coverA + coverB > 0 ? (2 * coverA * coverB) / (coverA + coverB) : 0;
  return {
    coverA,
    coverB,
    score,
    sharedEntities: sharedEntities.length > 1 ? sharedEntities.sort() : sharedEntities,
    sharedNames,
    sharedContent,
    matches,
    unmatchedNames,
  };
}

/** Per terms array, each term's run of adjacent name words as [first, end) term indices; [i, i + 1] for others. */
const runCache = new WeakMap<readonly Term[], Int32Array>();

function nameRuns(terms: readonly Term[]): Int32Array {
  let runs = runCache.get(terms);
  if (runs === undefined) runCache.set(terms, (runs = findNameRuns(terms)));
  return runs;
}

function findNameRuns(terms: readonly Term[]): Int32Array {
  const runs = new Int32Array(2 * terms.length);
  for (let i = 0; i < terms.length;) {
    let end = i + 1;
    // The words of an acronym read out ("US": united, states) share a token.
    if (isName(terms[i]!)) {
      while (end < terms.length && isName(terms[end]!) && terms[end]!.token <= terms[end - 1]!.token + 1)
        end++;
    }
    for (let k = i; k < end; k++) {
      runs[2 * k] = i;
      runs[2 * k + 1] = end;
    }
    i = end;
  }
  return runs;
}

/**
 * Tells whether term i of `ta` and term j of `tb`, matched, belong to the same name: not when their names each have
 * a word the other lacks, two names that share a word ("United States" and "United Nations", "North Korea" and
 * "North Carolina", "Benjamin Netanyahu" and "Sara Netanyahu"). A word counts as the other's when it has the same key
 * or is matched to one of its words (`matches`: "Netanyahou" for "Netanyahu"). One name within the other ("Waltz",
 * "Mike Waltz") is the same; a word of a name of several words matched to a common word is not.
 */
export function sameNameOf(
  a: SentenceFeatures,
  b: SentenceFeatures,
  matches: readonly TermMatch[],
): (i: number, j: number) => boolean {
  const ta = a.terms;
  const tb = b.terms;
  const byA = new Int32Array(ta.length).fill(-1);
  const byB = new Int32Array(tb.length).fill(-1);
  for (const m of matches) {
    byA[m.a] = m.b;
    byB[m.b] = m.a;
  }
  const ra = nameRuns(ta);
  const rb = nameRuns(tb);
  return (i, j) => sameNameIn(a, b, ra, rb, i, j, byA, byB);
}

/**
 * sameNameOf over the name runs of both sentences (null: no name there) and their matches each way (`byA[i]`: the
 * term of b that term i of a matched, or -1; `byB` the reverse).
 */
function sameNameIn(
  a: SentenceFeatures,
  b: SentenceFeatures,
  ra: Int32Array | null,
  rb: Int32Array | null,
  i: number,
  j: number,
  byA: Int32Array,
  byB: Int32Array,
): boolean {
  const ta = a.terms;
  const tb = b.terms;
  // A word of a name of several words is not that name where the other sentence writes it in lower case, as a common
  // word: "air" in "air traffic control" is not "Nusantara Air", "flight" in "the missing flight" not "Flight NA417".
  // Capitalized, it still is ("Waltz met ..." for "Mike Waltz").
  const x = ta[i]!;
  const y = tb[j]!;
  if (x.entity !== y.entity) {
    const [runs, k, common, f] = x.entity ? [ra, i, y, b] : [rb, j, x, a];
    const first = f.sentence.text.charAt(common.span[0] - f.sentence.start);
    const lower = first !== first.toUpperCase();
    if (lower && runs !== null && runs[2 * k + 1]! - runs[2 * k]! >= 2) return false;
  }
  if (ra === null || rb === null) return true;
  const matched = (p: number, q: number) => byA[p] === q || byB[q] === p;
  const a0 = ra[2 * i]!;
  const a1 = ra[2 * i + 1]!;
  const b0 = rb[2 * j]!;
  const b1 = rb[2 * j + 1]!;
  if (a1 - a0 < 2 || b1 - b0 < 2) return true;
  const lacks = (p: number, side: 'a' | 'b') => {
    const key = (side === 'a' ? ta : tb)[p]!.key;
    const [from, to] = side === 'a' ? [b0, b1] : [a0, a1];
    for (let q = from; q < to; q++) {
      if ((side === 'a' ? tb : ta)[q]!.key === key) return false;
      if (side === 'a' ? matched(p, q) : matched(q, p)) return false;
    }
    return true;
  };
  let aLacks = false;
  for (let p = a0; p < a1 && !aLacks; p++) aLacks = lacks(p, 'a');
  if (!aLacks) return true;
  for (let q = b0; q < b1; q++) if (lacks(q, 'b')) return false;
  return true;
}

/** A sentence's table within a scope: the table of the first sentence that reads the same. */
function scopedTable(f: SentenceFeatures, eager: boolean, scope: TermsScope): TermTable {
  // compare() judges a sentence's pairs one after another: the last sentence asked about is at hand.
  const known = scope.lastFeatures === f ? scope.lastTable : scope.tableOf.get(f);
  if (
    known !== undefined &&
    known.words !== null &&
    known.generation === generation &&
    known.lexicon === getLexicon()
  ) {
    scope.lastFeatures = f;
    scope.lastTable = known;
    return known;
  }
  const table = termTable(scope.canonical(f).terms, eager, false, scope);
  if (table.words !== null) {
    scope.tableOf.set(f, table);
    scope.lastFeatures = f;
    scope.lastTable = table;
  }
  return table;
}

/** Scratch for alignTerms: the distinct content keys matched so far. */
let contentSeen = new Int32Array(64);

/** The tables of the pair scorePair() last readied, and whether the core holds it the other way round. */
let pairA: TermTable | undefined;
let pairB: TermTable | undefined;
let pairFlipped = false;
/** The terms arrays of that pair, and the generation its tables were readied in. */
let pairTermsA: readonly Term[] | undefined;
let pairTermsB: readonly Term[] | undefined;
let pairGeneration = -1;

/**
 * Readies a pair for reading its matches: both sentences' tables (`pairA`, `pairB`), and the core scored for them
 * unless it holds this pair already, perhaps the other way round (`pairFlipped`).
 */
function scorePair(a: SentenceFeatures, b: SentenceFeatures, options: AlignTermsOptions): void {
  syncLexicon();
  const ta = a.terms;
  const tb = b.terms;
  const before = generation;
  const eager = options.index === true;
  const once = options.once === true && !eager;
  // Tables by the terms of the first sentence that reads the same (see TermsScope); they hold no offsets.
  const scope = once ? undefined : options.scope;
  let la = scope === undefined ? termTable(ta, eager, once) : scopedTable(a, eager, scope);
  const lb = scope === undefined ? termTable(tb, eager, once) : scopedTable(b, eager, scope);
  if (generation !== before)
    la = scope === undefined ? termTable(ta, eager, once) : scopedTable(a, eager, scope);
  const sameCore = coreGeneration === generation && coreA === ta && coreB === tb;
  const flipped = !sameCore && coreGeneration === generation && coreA === tb && coreB === ta;
  if (!sameCore && !flipped) matchTerms(la, lb, ta, tb);
  pairA = la;
  pairB = lb;
  pairFlipped = flipped;
  pairTermsA = ta;
  pairTermsB = tb;
  pairGeneration = generation;
}

/** The best match of each term of a, as pairs, in a's term order. */
function matchList(
  la: TermTable,
  lb: TermTable,
  ta: readonly Term[],
  tb: readonly Term[],
  bestA: Float64Array,
  byA: Int32Array,
): TermMatch[] {
  const ida = la.ids;
  const idb = lb.ids;
  const matches: TermMatch[] = [];
  for (let i = 0; i < ta.length; i++) {
    const j = byA[i]!;
    if (j < 0) continue;
    const kind = kindIds(ta[i]!, tb[j]!, ida[2 * i]!, ida[2 * i + 1]!, idb[2 * j]!, idb[2 * j + 1]!);
    matches.push({ a: i, b: j, score: bestA[i]!, kind });
  }
  return matches;
}

/**
 * Fills in the term matches of an alignment made with `matches: false`, as alignTerms would have listed them; the
 * same sentences and options as that call.
 */
export function addMatches(
  alignment: PairAlignment,
  a: SentenceFeatures,
  b: SentenceFeatures,
  options: AlignTermsOptions = {},
): void {
  scorePair(a, b, options);
  const flipped = pairFlipped;
  alignment.matches = matchList(
    pairA!,
    pairB!,
    a.terms,
    b.terms,
    flipped ? coreBestB : coreBestA,
    flipped ? coreByB : coreByA,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Entailment between words: whether one term's word is the other's, or names a kind of it ("banana", "fruit").

/** How the lexicon relates two lemmas given in string order (lo, hi): see relationCode. */
const UNRELATED = 0;
const EQUIVALENT = 1;
const LO_IS_A_HI = 2;
const HI_IS_A_LO = 3;

/**
 * The lexicon's `related` as a code: the same lemma, a synonym or a derivation is EQUIVALENT; an is-a link says
 * which way it runs; antonyms, like unrelated words, are UNRELATED.
 */
function relationCode(lo: string, hi: string): number {
  switch (getLexicon().related(lo, hi)) {
    case 'same':
    case 'synonym':
    case 'derived':
      return EQUIVALENT;
    case 'hypernym':
      return LO_IS_A_HI;
    case 'hyponym':
      return HI_IS_A_LO;
    default:
      return UNRELATED;
  }
}
const relationMemo = new PairMemo(relationCode);

/**
 * Whether the term with key, lemma ids and flags (kx, lx, fx) entails the term (ky, ly, fy): the same key or lemma,
 * or, for two words that are not names, a synonym, a derivation or a kind of it ("banana" entails "fruit", not the
 * reverse).
 */
function entailsIds(kx: number, lx: number, fx: number, ky: number, ly: number, fy: number): boolean {
  if (kx === ky || (lx === ly && (fx & HAS_LEMMA) !== 0)) return true;
  if (((fx | fy) & ENTITY) !== 0 || (fx & fy & HAS_LEMMA) === 0) return false;
  const code = relationMemo.get(lx, ly);
  if (code === EQUIVALENT) return true;
  if (code === UNRELATED) return false;
  return strings[lx]! < strings[ly]! === (code === LO_IS_A_HI);
}

/** Whether either of two terms entails the other (see entailsIds): one look-up, whichever way an is-a link runs. */
function akinIds(kx: number, lx: number, fx: number, ky: number, ly: number, fy: number): boolean {
  if (kx === ky || (lx === ly && (fx & HAS_LEMMA) !== 0)) return true;
  if (((fx | fy) & ENTITY) !== 0 || (fx & fy & HAS_LEMMA) === 0) return false;
  return relationMemo.get(lx, ly) !== UNRELATED;
}

/**
 * Whether term x entails term y, as `entailmentGaps` counts it: the same word, a synonym or derivation, or x names a
 * kind of what y names.
 *
 * @example
 * entails(termOf('banana'), termOf('fruit')); // true
 * entails(termOf('fruit'), termOf('banana')); // false
 */
export function entails(x: Term, y: Term): boolean {
  syncLexicon();
  if (strings.length + 4 > MAX_INTERNED) forget();
  return entailsIds(
    intern(x.key),
    intern(x.lemma),
    termFlags(x),
    intern(y.key),
    intern(y.lemma),
    termFlags(y),
  );
}

/** Per side, its terms (framing words left out) and how many of them no term of the other side entails. */
export interface EntailmentGaps {
  termsA: number;
  missA: number;
  termsB: number;
  missB: number;
}

/**
 * How much of each sentence the other entails word by word (see `entails`), over their terms other than framing
 * words: a's terms that no term of b entails, and b's that no term of a entails. "A man is eating a banana" entails
 * every term of "A man is eating fruit", and leaves "banana" unentailed the other way round. Takes the same options
 * as alignTerms, and reuses the tables of an alignment of the same pair just made.
 *
 * @example
 * entailmentGaps(extractFeatures(s1), extractFeatures(s2)); // { termsA: 3, missA: 1, termsB: 3, missB: 0 }
 */
export function entailmentGaps(
  a: SentenceFeatures,
  b: SentenceFeatures,
  options: AlignTermsOptions = {},
): EntailmentGaps {
  readyPair(a, b, options);
  const flipped = pairFlipped;
  const bestA = flipped ? coreBestB : coreBestA;
  const bestB = flipped ? coreBestA : coreBestB;
  const byA = flipped ? coreByB : coreByA;
  const byB = flipped ? coreByA : coreByB;
  const [termsA, missA] = gapOf(pairB!, b.terms, pairA!, a.terms, bestA, byA);
  const [termsB, missB] = gapOf(pairA!, a.terms, pairB!, b.terms, bestB, byB);
  return { termsA, missA, termsB, missB };
}

/**
 * Whether term i of a and term j of b name the same thing or one a kind of the other: either entails the other
 * (see `entails`). Takes the same options as alignTerms; cheapest right after aligning a and b.
 *
 * @example
 * termsAkin(fa, 0, fb, 2); // true for "A man ..." against "... by a person"
 */
export function termsAkin(
  a: SentenceFeatures,
  i: number,
  b: SentenceFeatures,
  j: number,
  options: AlignTermsOptions = {},
): boolean {
  readyPair(a, b, options);
  const ia = pairA!.ids;
  const ib = pairB!.ids;
  return akinIds(ia[2 * i]!, ia[2 * i + 1]!, pairA!.flags[i]!, ib[2 * j]!, ib[2 * j + 1]!, pairB!.flags[j]!);
}

/**
 * scorePair, unless the pair is the one last readied and its tables and core still hold: scoring it again would
 * count as another use of its tables (see termTable).
 */
function readyPair(a: SentenceFeatures, b: SentenceFeatures, options: AlignTermsOptions): void {
  syncLexicon();
  const held =
    pairTermsA === a.terms &&
    pairTermsB === b.terms &&
    pairGeneration === generation &&
    coreGeneration === generation;
  if (!held) scorePair(a, b, options);
}

/**
 * The terms of h (framing words left out), and how many of them no term of p entails. A term whose best match
 * (`best`, from the aligner) scores 1 has the same key or lemma in p, and needs no search. Past MAX_CELLS term
 * pairs (two long texts), each term of h is checked against its best match only (`by`), so that the work stays
 * linear in the texts' length.
 */
function gapOf(
  lp: TermTable,
  tp: readonly Term[],
  lh: TermTable,
  th: readonly Term[],
  best: Float64Array,
  by: Int32Array,
): [number, number] {
  const ip = lp.ids;
  const ih = lh.ids;
  const full = tp.length * th.length <= MAX_CELLS;
  let terms = 0;
  let miss = 0;
  for (let j = 0; j < th.length; j++) {
    if (th[j]!.framing) continue;
    terms++;
    if (best[j]! >= 1) continue;
    const ky = ih[2 * j]!;
    const ly = ih[2 * j + 1]!;
    const fy = lh.flags[j]!;
    let found = false;
    const from = full ? 0 : by[j]!;
    const to = full ? tp.length : by[j]! + 1;
    for (let i = Math.max(0, from); i < to && !found; i++) {
      if (tp[i]!.framing) continue;
      found = entailsIds(ip[2 * i]!, ip[2 * i + 1]!, lp.flags[i]!, ky, ly, fy);
    }
    if (!found) miss++;
  }
  return [terms, miss];
}

/**
 * The best matches of the last pair of terms arrays scored, both ways round (`matchTerms`). They do not depend on the
 * term weights: relate() aligns a pair with unit and with IDF weights, similarity() both ways round as well, and
 * scores its term pairs once. Valid while `coreGeneration` is the current generation.
 */
let coreA: readonly Term[] | undefined;
let coreB: readonly Term[] | undefined;
let coreGeneration = -1;
let coreBestA = new Float64Array(64);
let coreBestB = new Float64Array(64);
let coreByA = new Int32Array(64);
let coreByB = new Int32Array(64);

/**
 * Scores the term pairs of `ta` x `tb` that can match and keeps, for each term of either side, its best score and
 * (ties going to the first counterpart with the same polarity) which term of the other side gives it: what
 * alignTerms(a, b) and alignTerms(b, a) read, since a term pair scores the same either way round.
 */
function matchTerms(la: TermTable, lb: TermTable, ta: readonly Term[], tb: readonly Term[]): void {
  coreGeneration = -1; // a lexicon that throws midway leaves no half-filled core behind
  const start = generation;
  if (coreBestA.length < ta.length) {
    coreBestA = new Float64Array(2 * ta.length);
    coreByA = new Int32Array(2 * ta.length);
  }
  if (coreBestB.length < tb.length) {
    coreBestB = new Float64Array(2 * tb.length);
    coreByB = new Int32Array(2 * tb.length);
  }
  const bestA = coreBestA;
  const bestB = coreBestB;
  const byA = coreByA;
  const byB = coreByB;
  bestA.fill(0, 0, ta.length);
  bestB.fill(0, 0, tb.length);
  byA.fill(-1, 0, ta.length);
  byB.fill(-1, 0, tb.length);
  const width = tb.length;
  const cells = ta.length * width;
  // The term pairs worth scoring, found by looking b's postings up in a's: the same key or lemma, a sense of one in
  // the other's reach (not names), shared trigrams (where a name takes part). Any other pair scores below
  // MIN_MATCH. Without synset postings (a lexicon of the caller's) or for giant sentences, every pair is scored.
  const indexed =
    cells <= MAX_CELLS && la.reach !== null && lb.reach !== null && la.words !== null && lb.words !== null;
  const spell = indexed && (la.hasEntity || lb.hasEntity);
  if (indexed) {
    prepareMarks(cells);
    stampWords.set(la.words!);
    stampWords.markMeets(lb.words!, width, PLAIN);
    stampReach.set(la.reach!);
    stampReach.markMeets(lb.reach!, width, SENSES);
    if (spell) {
      stampGrams.set(la.grams!);
      stampGrams.markMeets(lb.grams!, width, COUNT);
    }
  }
  // In term order (ties go to the first counterpart); with postings, only the marked cells, which sorted are in that
  // order (cell = i * width + j). For b's terms, i runs in a's term order too: the order alignTerms(b, a) would
  // visit them in.
  const count = indexed ? markedCount : cells;
  if (indexed) sortMarked(count);
  for (let k = 0; k < count; k++) {
    const c = indexed ? marked[k]! : k;
    const i = Math.floor(c / width);
    const j = c - i * width;
    const score = cellScore(la, lb, i, j, spell ? shared[c]! : -1);
    if (!(score >= MIN_MATCH)) continue;
    const x = ta[i]!;
    const y = tb[j]!;
    // On a tie, prefer the counterpart with the same polarity, so that a word both asserted and denied in one
    // sentence is not matched against itself as a conflict.
    const prev = byA[i]!;
    if (
      score > bestA[i]! ||
      (score === bestA[i]! && prev >= 0 && tb[prev]!.negated !== x.negated && y.negated === x.negated)
    ) {
      bestA[i] = score;
      byA[i] = j;
    }
    const prevB = byB[j]!;
    if (
      score > bestB[j]! ||
      (score === bestB[j]! && prevB >= 0 && ta[prevB]!.negated !== y.negated && x.negated === y.negated)
    ) {
      bestB[j] = score;
      byB[j] = i;
    }
  }
  if (indexed) unmarkAll();
  coreA = ta;
  coreB = tb;
  // Trigram ids forgotten halfway (see `grams`) leave the scores right but the tables stale: score afresh next time.
  coreGeneration = generation === start ? start : -1;
}

/** Sorts marked[0 .. n) ascending: by insertion, as there are a few dozen cells at most but in giant sentences. */
function sortMarked(n: number): void {
  if (n > 64) {
    marked.subarray(0, n).sort();
    return;
  }
  for (let k = 1; k < n; k++) {
    const c = marked[k]!;
    let h = k - 1;
    while (h >= 0 && marked[h]! > c) {
      marked[h + 1] = marked[h]!;
      h--;
    }
    marked[h + 1] = c;
  }
}

/**
 * Names among `terms` (each key once) with no counterpart: `best` 0. A name that says who holds the claim
 * ("..., a spokeswoman for the Westbury Police Department said", "Okafor said the driver ...": framing or source,
 * see markSources) need not take part in the event, so it does not count: a witness and the police tell one crash.
 */
function unmatched(table: TermTable, terms: readonly Term[], best: Float64Array): number {
  if (!table.hasEntity) return 0;
  let n = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.entity && !t.title && !t.framing && !t.source && table.firstOfKey[i] === 1 && best[i] === 0) n++;
  }
  return n;
}

/**
 * Weighted share of `terms` matched (`best` per term), each distinct key counted once. The weights are computed
 * once per sentence and weight function: compare() uses one function for every pair.
 */
function cover(
  table: TermTable,
  terms: readonly Term[],
  best: Float64Array,
  weight: TermWeight,
  side: 'a' | 'b',
): number {
  const first = table.firstOfKey;
  const onA = side === 'a';
  const fn = onA ? table.weightFnA : table.weightFnB;
  const kept = onA ? table.weightsA : table.weightsB;
  if (kept !== undefined && fn === weight) {
    let num = 0;
    for (let i = 0; i < terms.length; i++) if (first[i] === 1) num += kept[i]! * best[i]!;
    const den = (onA ? table.weightSumA : table.weightSumB)!;
    return den > 0 ? num / den : 0;
  }
  // The weights are kept once the same function asks twice in a row, or at once for an indexed table (a sentence
  // aligned with many): a weight made for one pair (relate()) is not worth an array.
  const weights = fn === weight || table.words !== null ? new Float64Array(terms.length) : undefined;
  let num = 0;
  let den = 0;
  for (let i = 0; i < terms.length; i++) {
    // A repeated word counts once: "Waltz ... Waltz's" should not double Waltz's weight.
    if (first[i] === 0) continue;
    const w = weight(terms[i]!, side);
    if (weights) weights[i] = w;
    num += w * best[i]!;
    den += w;
  }
  if (onA) {
    table.weightFnA = weight;
    table.weightsA = weights;
    table.weightSumA = den;
  } else {
    table.weightFnB = weight;
    table.weightsB = weights;
    table.weightSumB = den;
  }
  return den > 0 ? num / den : 0;
}
