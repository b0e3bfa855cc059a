/**
 * features x features -> similarity. The core is a monolingual word alignment in the manner of Sultan et al.'s
 * DLS@CU (SemEval 2014/2015 STS): each content term of one sentence is matched to its best counterpart in the other
 * through identity, stem, lemma, WordNet (synonym, derivation, hypernym) or character trigrams, and the similarity is
 * the harmonic mean of the weighted shares of each side's terms that found a counterpart.
 */
import { wordSimilarity } from '../lexicon/wordnet';
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
const gramCache = new Map<string, Set<string>>();
const lexicalCache = new Map<string, Map<string, number>>();
const spellingCache = new Map<string, Map<string, number>>();

function grams(w: string): Set<string> {
  let s = gramCache.get(w);
  if (s === undefined) {
    s = new Set<string>();
    const p = ` ${w} `;
    for (let i = 0; i + 3 <= p.length; i++) s.add(p.slice(i, i + 3));
    if (gramCache.size >= MAX_CACHE) gramCache.clear();
    gramCache.set(w, s);
  }
  return s;
}

function trigramDice(x: string, y: string): number {
  if (x.length < 4 || y.length < 4) return 0;
  const gx = grams(x);
  const gy = grams(y);
  let shared = 0;
  for (const g of gx) if (gy.has(g)) shared++;
  return (2 * shared) / (gx.size + gy.size);
}

/** A symmetric function of two strings, memoized in two levels so that no key string is built per call. */
function memo(
  cache: Map<string, Map<string, number>>,
  x: string,
  y: string,
  f: (x: string, y: string) => number,
): number {
  const swap = x > y;
  const p = swap ? y : x;
  const q = swap ? x : y;
  let inner = cache.get(p);
  if (inner === undefined) {
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(p, (inner = new Map()));
  }
  let v = inner.get(q);
  if (v === undefined) inner.set(q, (v = f(p, q)));
  return v;
}

/** termSimilarity's score alone, without allocating: the aligner's inner loop calls it for every term pair. */
function termScore(x: Term, y: Term): number {
  if (x.key === y.key || (x.lemma === y.lemma && x.lemma.length > 0)) return 1;
  if (!x.entity && !y.entity) {
    const s = memo(lexicalCache, x.lemma, y.lemma, wordSimilarity);
    if (s > 0) return s;
  }
  if (x.entity || y.entity) {
    const d = memo(spellingCache, x.key, y.key, trigramDice);
    if (d >= MIN_SPELLING) return d;
  }
  return 0;
}

/** Similarity of two terms in [0, 1], and how it was found. */
export function termSimilarity(x: Term, y: Term): { score: number; kind: MatchKind } {
  if (x.key === y.key || (x.lemma === y.lemma && x.lemma.length > 0)) return { score: 1, kind: 'exact' };
  if (!x.entity && !y.entity) {
    const s = memo(lexicalCache, x.lemma, y.lemma, wordSimilarity);
    if (s > 0) return { score: s, kind: 'lexical' };
  }
  if (x.entity || y.entity) {
    const d = memo(spellingCache, x.key, y.key, trigramDice);
    if (d >= MIN_SPELLING) return { score: d, kind: 'spelling' };
  }
  return { score: 0, kind: 'exact' };
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
  const ta = a.terms;
  const tb = b.terms;
  const bestA = new Float64Array(ta.length);
  const bestB = new Float64Array(tb.length);
  const matches: TermMatch[] = [];
  const byA = new Int32Array(ta.length).fill(-1);
  for (let i = 0; i < ta.length; i++) {
    const x = ta[i]!;
    for (let j = 0; j < tb.length; j++) {
      const y = tb[j]!;
      const score = termScore(x, y);
      if (score < MIN_MATCH) continue;
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
  const sharedEntities = new Set<string>();
  const sharedContent = new Set<string>();
  for (let i = 0; i < ta.length; i++) {
    const j = byA[i]!;
    if (j < 0) continue;
    const x = ta[i]!;
    const y = tb[j]!;
    matches.push({ a: i, b: j, score: bestA[i]!, kind: termSimilarity(x, y).kind });
    if (x.title || y.title || x.framing || y.framing) continue;
    // A name on either side makes it an entity match: "Waltz" starting a sentence is still Waltz.
    if (x.entity || y.entity) sharedEntities.add(x.key);
    else if (bestA[i]! >= ANCHOR) sharedContent.add(x.key);
  }
  const cover = (terms: readonly Term[], best: Float64Array, side: 'a' | 'b') => {
    let num = 0;
    let den = 0;
    const seen = new Set<string>();
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      // A repeated word counts once: "Waltz ... Waltz's" should not double Waltz's weight.
      if (seen.has(t.key)) continue;
      seen.add(t.key);
      const w = weight(t, side);
      num += w * best[i]!;
      den += w;
    }
    return den > 0 ? num / den : 0;
  };
  const coverA = cover(ta, bestA, 'a');
  const coverB = cover(tb, bestB, 'b');
  const score = coverA + coverB > 0 ? (2 * coverA * coverB) / (coverA + coverB) : 0;
  return {
    coverA,
    coverB,
    score,
    sharedEntities: [...sharedEntities].sort(),
    sharedContent: sharedContent.size,
    matches,
  };
}
