/**
 * The candidate index for long texts: which sentence pairs are worth judging. An inverted index over content
 * terms (stems and lemmas) and the character trigrams of names, in typed arrays. For each sentence the pairs are
 * ranked by the summed IDF of the keys they share and only the best few are kept, from both sides, so the number
 * of pairs judged grows linearly with the texts instead of with their product. Keys found in very many sentences
 * ("said", "year") are left out of the accumulation: they cannot tell counterparts apart, and they are what would
 * make the index quadratic.
 */
import type { SentenceFeatures } from '../features/index';

export interface CandidateOptions {
  /** Pairs kept per sentence, on each side (default: 6). */
  perSentence?: number;
  /** Keep every pair that shares a key when the texts have at most this many pairs in all (default: 40,000). */
  exhaustiveUpTo?: number;
}

/**
 * Six, not eight: at 20,000 sentences a side (bench/scale) it judged about a quarter fewer pairs; at 5,000, with
 * pruning forced on, it kept 2,834 of 2,837 counterparts (eight kept 2,835) and 61.1% of all exhaustive links (61.5%).
 * What it drops are the weakest side links between different stories (see the README's pruning recall).
 */
const DEFAULT_PER_SENTENCE = 6;
const DEFAULT_EXHAUSTIVE = 40_000;

/**
 * Each sentence's verbatim counterpart in the other text (-1 for none): its leader that reads the same (same text,
 * same terms). See `candidatePairs`.
 */
export interface Twins {
  a: Int32Array;
  b: Int32Array;
  /** Leave out the pairs of two sentences with counterparts other than each other (default: true). */
  skipPairs?: boolean;
}

/**
 * Term keys already read as ids (compare() reads them once for several uses): sentence s's terms have the ids
 * keyIds[start[s] .. start[s + 1]), from `ids`.
 */
export interface TermKeys {
  ids: ReadonlyMap<string, number>;
  keyIds: Int32Array;
  start: Int32Array;
}

/** Interned key ids of each sentence (none for a sentence left out), their document frequencies, and IDF. */
interface KeyTable {
  keysA: Int32Array[];
  keysB: Int32Array[];
  dfA: Int32Array;
  dfB: Int32Array;
  idf: Float64Array;
  /** 1 for a key that is a name's character trigram. */
  gram: Uint8Array;
}

/** Marks a name's character trigram among the keys: no stem or lemma starts with it. */
const GRAM = '#';

const NONE = new Int32Array(0);
/** IDF in units of 2^-20: a sentence's summed key weights stay far below 2^53. */
const IDF_SCALE = 2 ** 20;

/** Ids interned per key string, and per id the last sentence that listed it (each sentence lists a key once). */
interface KeyIds {
  /** Ids given before (TermKeys): these come first, and `ids` numbers the other strings from `shared.size` on. */
  shared: ReadonlyMap<string, number> | undefined;
  ids: Map<string, number>;
  /** The ids of each name's trigram keys. */
  grams: Map<string, Int32Array>;
  last: Int32Array;
  /** Sentences read so far: the stamp of the next one. */
  sentences: number;
}

function keysOf(f: SentenceFeatures, k: KeyIds, given?: TermKeys, s = 0): Int32Array {
  const out: number[] = [];
  const stamp = ++k.sentences;
  const base = k.shared?.size ?? 0;
  const idOf = (key: string): number => {
    let id = k.shared?.get(key) ?? k.ids.get(key);
    if (id === undefined) {
      k.ids.set(key, (id = base + k.ids.size));
      if (id >= k.last.length) {
        const grown = new Int32Array(2 * k.last.length);
        grown.set(k.last);
        k.last = grown;
      }
    }
    return id;
  };
  const addId = (id: number) => {
    if (k.last[id] === stamp) return;
    k.last[id] = stamp;
    out.push(id);
  };
  const add = (key: string) => addId(idOf(key));
  const terms = f.terms;
  for (let q = 0; q < terms.length; q++) {
    const t = terms[q]!;
    if (t.framing) continue;
    if (given === undefined) add(t.key);
    else addId(given.keyIds[given.start[s]! + q]!);
    if (t.lemma !== t.key) add(t.lemma);
    // Names also by their trigrams, so that a misspelt name still finds its sentence.
    if (t.entity && !t.title && t.key.length >= 5) {
      let grams = k.grams.get(t.key);
      if (grams === undefined) {
        const w = ` ${t.key} `;
        grams = new Int32Array(w.length - 2);
        for (let q = 0; q + 3 <= w.length; q++) grams[q] = idOf(`${GRAM}${w.slice(q, q + 3)}`);
        k.grams.set(t.key, grams);
      }
      for (let q = 0; q < grams.length; q++) addId(grams[q]!);
    }
  }
  return Int32Array.from(out);
}

function keyTable(
  a: readonly SentenceFeatures[],
  b: readonly SentenceFeatures[],
  keepA: (i: number) => boolean,
  keepB: (j: number) => boolean,
  self: boolean,
  given: { a: TermKeys; b: TermKeys } | undefined,
): KeyTable {
  const shared = given?.a.ids;
  const k: KeyIds = {
    shared,
    ids: new Map<string, number>(),
    grams: new Map<string, Int32Array>(),
    last: new Int32Array(Math.max(1024, shared?.size ?? 0)),
    sentences: 0,
  };
  const keysA = a.map((f, i) => (keepA(i) ? keysOf(f, k, given?.a, i) : NONE));
  // The same sentences read again give the same ids in the same order.
  const keysB = self ? keysA : b.map((f, j) => (keepB(j) ? keysOf(f, k, given?.b, j) : NONE));
  const ids = k.ids;
  const size = (shared?.size ?? 0) + ids.size;
  const dfA = new Int32Array(size);
  const count = (keys: readonly Int32Array[], df: Int32Array) => {
    for (let s = 0; s < keys.length; s++) {
      const ks = keys[s]!;
      for (let q = 0; q < ks.length; q++) df[ks[q]!]!++;
    }
  };
  count(keysA, dfA);
  const dfB = self ? dfA : new Int32Array(size);
  if (!self) count(keysB, dfB);
  const n = a.length + b.length;
  const idf = new Float64Array(size);
  // In fixed point (integers, exact in a double whatever the order of a sum): see topK.
  for (let k = 0; k < size; k++)
    idf[k] = Math.round(IDF_SCALE * Math.log((n + 1) / (dfA[k]! + dfB[k]! + 0.5)));
  const gram = new Uint8Array(size);
  for (const [key, id] of ids) if (key.startsWith(GRAM)) gram[id] = 1;
  return { keysA, keysB, dfA, dfB, idf, gram };
}

/** Postings of one side in compressed-row form: sentences holding key k are list[start[k] .. start[k+1]). */
function postings(keys: readonly Int32Array[], df: Int32Array): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(df.length + 1);
  for (let k = 0; k < df.length; k++) start[k + 1] = start[k]! + df[k]!;
  const fill = start.slice(0, df.length);
  const list = new Int32Array(start[df.length]!);
  keys.forEach((ks, s) => {
    for (let q = 0; q < ks.length; q++) list[fill[ks[q]!]!++] = s;
  });
  return { start, list };
}

/**
 * For each sentence of `from`, the `k` sentences of `to` with the largest summed IDF of shared keys. Keys held by
 * more than `cap` sentences of `to` are skipped, and name trigrams (`gram`) held by more than `gramCap`. Ties at the k-th score go to the sentences of `to` with the least
 * summed IDF of all their keys (`mass`): of the sentences that share the same keys, the ones those keys make up
 * most of, so that a copy comes before the longer sentences that merely contain its words ("Tuesday, preliminary
 * quarterly results will be announced." has one key that is not framing, shared with dozens of sentences).
 * Calls `emit(i, j)` for each kept pair.
 * IDF is in fixed point (`idf`, integers): a score, and so the ranking, does not depend on the order of its keys.
 */
function topK(
  from: readonly Int32Array[],
  index: { start: Int32Array; list: Int32Array },
  sizeTo: number,
  idf: Float64Array,
  cap: number,
  gram: Uint8Array,
  gramCap: number,
  k: number,
  mass: Float64Array,
  emit: (i: number, j: number) => void,
): void {
  const acc = new Float64Array(sizeTo);
  const touched = new Int32Array(sizeTo);
  // The heap of the k best (unused when every touched sentence is kept: exhaustive texts, k unbounded).
  const room = Math.min(k, sizeTo);
  const heapScore = new Float64Array(room);
  const heapMass = new Float64Array(room);
  const heapIndex = new Int32Array(room);
  const { start, list } = index;
  for (let i = 0; i < from.length; i++) {
    let n = 0;
    const keys = from[i]!;
    for (let q = 0; q < keys.length; q++) {
      const key = keys[q]!;
      const s = start[key]!;
      const e = start[key + 1]!;
      if (e - s > (gram[key] === 1 ? gramCap : cap)) continue;
      const w = idf[key]!;
      for (let p = s; p < e; p++) {
        const j = list[p]!;
        const v = acc[j]!;
        if (v === 0) touched[n++] = j;
        acc[j] = v + w;
      }
    }
    if (n <= k) {
      for (let t = 0; t < n; t++) {
        emit(i, touched[t]!);
        acc[touched[t]!] = 0;
      }
      continue;
    }
    // The k best in one pass, in a bounded heap whose root is the worst kept: by score, then least mass, then
    // earliest sentence (a total order, so the set kept does not depend on the order of `touched`).
    let size = 0;
    for (let t = 0; t < n; t++) {
      const j = touched[t]!;
      const v = acc[j]!;
      acc[j] = 0;
      const m = mass[j]!;
      let h: number;
      if (size < k) {
        h = size++;
        while (h > 0) {
          const up = (h - 1) >> 1;
          if (!worse(v, m, j, heapScore[up]!, heapMass[up]!, heapIndex[up]!)) break;
          heapScore[h] = heapScore[up]!;
          heapMass[h] = heapMass[up]!;
          heapIndex[h] = heapIndex[up]!;
          h = up;
        }
      } else {
        if (!worse(heapScore[0]!, heapMass[0]!, heapIndex[0]!, v, m, j)) continue;
        h = 0;
        for (;;) {
          let c = 2 * h + 1;
          if (c >= size) break;
          if (
            c + 1 < size &&
            worse(
              heapScore[c + 1]!,
              heapMass[c + 1]!,
              heapIndex[c + 1]!,
              heapScore[c]!,
              heapMass[c]!,
              heapIndex[c]!,
            )
          )
            c++;
          if (!worse(heapScore[c]!, heapMass[c]!, heapIndex[c]!, v, m, j)) break;
          heapScore[h] = heapScore[c]!;
          heapMass[h] = heapMass[c]!;
          heapIndex[h] = heapIndex[c]!;
          h = c;
        }
      }
      heapScore[h] = v;
      heapMass[h] = m;
      heapIndex[h] = j;
    }
    for (let t = 0; t < size; t++) emit(i, heapIndex[t]!);
  }
}

/** Whether (score s, mass m, sentence x) ranks below (t, n, y): a lower score, then more mass, then a later sentence. */
function worse(s: number, m: number, x: number, t: number, n: number, y: number): boolean {
  return s < t || (s === t && (m > n || (m === n && x > y)));
}

/**
 * The sentence pairs (i in a, j in b) worth judging, sorted. Small texts get every pair that shares a key; long
 * ones the best `perSentence` pairs of each sentence, from both sides. `keepA`/`keepB` leave sentences out
 * (repeats, which their group's first sentence stands for).
 *
 * Given `twins`, the pairs of two sentences that each have a verbatim counterpart other than the other are left out
 * (unless `twins.skipPairs` is false): both accounts state both sentences word for word, so such a pair can show no
 * difference between the accounts (two sentences of one text that contradict each other are no contradiction
 * between the text and itself), and each sentence is linked to its counterpart anyway. A version of a long document
 * repeats most of its sentences, and these pairs were half of those judged at 20,000 sentences (bench/scale). Each
 * sentence's pair with its own counterpart is always kept, whatever the ranking: a copy can lose its place to shorter
 * sentences that share the same rare words ("Drone strike kills 3 in Pakistan" before "U.S. Drone Strike Kills 3 in
 * Pakistan", where "U.S." is too common to count), and a sentence of framing words alone has no key to be found by.
 *
 * @example
 * candidatePairs(featuresA, featuresB); // [[0, 2], [1, 0], ...]
 */
export function candidatePairs(
  a: readonly SentenceFeatures[],
  b: readonly SentenceFeatures[],
  keepA?: (i: number) => boolean,
  keepB?: (j: number) => boolean,
  options: CandidateOptions = {},
  twins?: Twins,
  keys?: { a: TermKeys; b: TermKeys },
): [number, number][] {
  // One account against itself (near-duplicates): both passes below would compute the same lists, transposed.
  const self = a === b && keepA === keepB;
  const { keysA, keysB, dfA, dfB, idf, gram } = keyTable(
    a,
    b,
    keepA ?? keepAll,
    keepB ?? keepAll,
    self,
    keys,
  );
  const exhaustive = a.length * b.length <= (options.exhaustiveUpTo ?? DEFAULT_EXHAUSTIVE);
  const k = exhaustive ? Number.MAX_SAFE_INTEGER : (options.perSentence ?? DEFAULT_PER_SENTENCE);
  // A key in more than this many sentences is too common to tell counterparts apart (never for short texts). At
  // 5,000 sentences a side (bench:scale --recall 5000), 2 sqrt(n) kept as many of the exhaustive links as 4 sqrt(n)
  // (3,256 and 3,255 of 5,074) and walks far fewer postings.
  const capOf = (size: number) =>
    exhaustive ? Number.MAX_SAFE_INTEGER : Math.max(64, Math.ceil(2 * Math.sqrt(size)));
  // A name's trigrams are its weakest keys: a misspelt name still shares its rare trigrams with the right spelling,
  // while a common one ("ing", "son") ties it to every name that has it. Capped lower: at 20,000 sentences they
  // were two thirds of the postings walked, for few pairs that the other keys did not propose.
  const gramCapOf = (size: number) =>
    exhaustive ? Number.MAX_SAFE_INTEGER : Math.max(16, Math.ceil(Math.sqrt(size)));
  // Pairs as i * |b| + j (exact in a double), sorted and deduplicated at the end: no set of pairs is kept.
  let ids = new Float64Array(1024);
  let count = 0;
  const push = (id: number) => {
    if (count === ids.length) {
      const grown = new Float64Array(2 * ids.length);
      grown.set(ids);
      ids = grown;
    }
    ids[count++] = id;
  };
  const sizeB = b.length;
  // Of two sentences that both have verbatim counterparts, only each with its own.
  const skip = twins !== undefined && twins.skipPairs !== false;
  const statedByBoth = (i: number, j: number): boolean => {
    if (!skip) return false;
    const ti = twins.a[i]!;
    return ti >= 0 && ti !== j && twins.b[j]! >= 0;
  };
  const massOf = (keys: readonly Int32Array[]) =>
    Float64Array.from(keys, (ks) => {
      let m = 0;
      for (let q = 0; q < ks.length; q++) m += idf[ks[q]!]!;
      return m;
    });
  const massA = massOf(keysA);
  const massB = self ? massA : massOf(keysB);
  if (self) {
    topK(keysA, postings(keysB, dfB), sizeB, idf, capOf(sizeB), gram, gramCapOf(sizeB), k, massB, (i, j) => {
      if (statedByBoth(i, j)) return;
      push(i * sizeB + j);
      push(j * sizeB + i);
    });
  } else {
    topK(keysA, postings(keysB, dfB), sizeB, idf, capOf(sizeB), gram, gramCapOf(sizeB), k, massB, (i, j) => {
      if (!statedByBoth(i, j)) push(i * sizeB + j);
    });
    topK(
      keysB,
      postings(keysA, dfA),
      a.length,
      idf,
      capOf(a.length),
      gram,
      gramCapOf(a.length),
      k,
      massA,
      (j, i) => {
        if (!statedByBoth(i, j)) push(i * sizeB + j);
      },
    );
  }
  // Each sentence with its own counterpart, whatever the ranking (and in exhaustive texts, even without a key).
  if (twins !== undefined) {
    const own = twins.a;
    for (let i = 0; i < own.length; i++) if (own[i]! >= 0) push(i * sizeB + own[i]!);
  }
  const sorted = ids.subarray(0, count).sort();
  const pairs: [number, number][] = [];
  for (let p = 0; p < count; p++) {
    const id = sorted[p]!;
    if (p > 0 && id === sorted[p - 1]) continue;
    const i = Math.floor(id / sizeB);
    pairs.push([i, id - i * sizeB]);
  }
  return pairs;
}

const keepAll = (): boolean => true;
