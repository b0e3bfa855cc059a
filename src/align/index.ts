/**
 * scores -> links and omissions.
 *
 * 1. Near-duplicate sentences within one account are grouped (a statement quoted and then repeated as an embedded
 *    post counts once); only each group's first sentence takes part in the alignment.
 * 2. Each sentence's numbers and years join its terms (_numbers.ts): a count or a date two sentences share is
 *    content they share. Candidate pairs come from an inverted index over term keys (two sentences that share no
 *    term cannot be linked); each candidate is judged once.
 * 3. Unordered (default): a maximum-weight one-to-one matching (assignment.ts), then 2-1 and 1-2 links where one
 *    sentence covers two clearly better than one, then, for the shorter account's sentences (a claim against its
 *    source), the further sentences that each cover a part of them (support.ts), then contradictions the matching
 *    left out that are nearly as strong as a sentence's best. Ordered: the heaviest monotone chain of 1-1, 2-1 and
 *    1-2 links (ordered.ts).
 * 4. Every sentence left unlinked is an omission, ranked by salience.
 */
import { diffWords } from 'diff';
import type { DiffPart, Duplicate, Link, Omission, Sentence } from '../schemas';
import type { SentenceFeatures, Term } from '../features/index';
import { explained, judge, type Judgment, type RelationModel, DEFAULT_MODEL } from '../classify/index';
import { baseWeight, TermsScope, unitWeight, type TermMatch, type TermWeight } from '../similarity/index';
import { candidatePairs, type CandidateOptions, type TermKeys, type Twins } from '../similarity/candidates';
import { jaccardPairs } from '../similarity/join';
import { maxWeightMatching, type Edge } from './assignment';
import { orderedChain, type Span2 } from './ordered';
import { mergeFeatures } from './_merge';
import { withNumberTerms } from './_numbers';
import { claimSupport } from './support';

export { maxWeightMatching, EXACT_LIMIT, type Edge } from './assignment';
export { orderedChain, type Span2 } from './ordered';
export { candidatePairs, type CandidateOptions } from '../similarity/candidates';

export interface AlignOptions {
  /** Minimum similarity for a link. */
  threshold: number;
  /** Monotone alignment, for two versions of one text. */
  ordered?: boolean;
  model?: RelationModel;
  /** Called every PROGRESS_EVERY candidate pairs with the pairs judged and the pairs in all. */
  onProgress?: (done: number, total: number) => void;
  /** Called as often as onProgress; throws to stop the alignment (an aborted signal). */
  checkpoint?: () => void;
  /** How many candidate pairs to judge (benchmarks compare pruned with exhaustive). */
  candidates?: CandidateOptions;
}

export interface AlignResult {
  links: Link[];
  omissions: Omission[];
  duplicates: Duplicate[];
}

const PROGRESS_EVERY = 2048;

/** Share of its best contradiction's strength that another contradiction of the same sentence needs to be linked too. */
const EXTRA_CONTRADICTION = 0.75;
/** The term matches of an unrelated fragment, let go once it is judged (nothing reads them after). */
const NO_MATCHES: TermMatch[] = [];
/** How much a further sentence must raise the covered share of the sentence it joins for a many-to-one link. */
const MERGE_GAIN = 0.1;
/** The most sentences one side of a link can hold (before repeats are added). */
const MAX_MEMBERS = 4;
/** Similarity from which two sentences of one account are the same sentence repeated. */
const DUPLICATE = 0.9;
/** Share of term keys two sentences must have in common before they are judged as possible repeats. */
const SAME_WORDS = 0.6;
/** Similarity from which a mutual best pair is linked before the matching (the level of a repeat, DUPLICATE). */
const SAME_CLAIM = DUPLICATE;
/**
 * A rare word's list in the repeat search keeps the last this many sentences that hold it: a bound on the pairs
 * judged when a text repeats itself with small changes thousands of times, not a quality setting (no news text holds
 * 256 distinct sentences sharing most of their words).
 */
const MAX_REPEAT_POSTINGS = 256;

/** A chosen link before it is written out: sentence indices on each side and the judgment it rests on. */
interface Group {
  a: number[];
  b: number[];
  judgment: Judgment;
}

/**
 * Inverse document frequency within each account, so that a name every sentence of an account repeats weighs little
 * and a rare word weighs much (Sparck Jones 1972): a key's frequency is the larger of its shares of the two
 * accounts' sentences. Counted over both accounts as one collection, every word the two share would count against
 * itself: in a comparison of two single sentences a shared word (in 2 of 2 sentences) weighed a quarter of a word
 * only one of them has, so "He was born in 1950" and "... in 1951" scored 0.2 and were never compared. Entities
 * weigh a little more than common words: a shared name is stronger evidence that two sentences speak of the same
 * thing.
 */
export function idfWeights(
  a: readonly SentenceFeatures[],
  b: readonly SentenceFeatures[],
  counted: KeyCounts = keyCounts(a.concat(b)),
): TermWeight {
  const keysA = keysOfAccount(counted, a, 0);
  return idfTable(counted, keysA, keysOfAccount(counted, b, keysA.start[a.length]!)).weight;
}

/** IDF weights (see idfWeights) as a TermWeight, and for a term whose key's id in `counted` is known already. */
function idfTable(
  counted: KeyCounts,
  keysA: TermKeys,
  keysB: TermKeys,
): { weight: TermWeight; weightOf: (t: Term, id: number) => number } {
  const { ids } = counted;
  const dfA = sentencesHolding(keysA);
  const dfB = sentencesHolding(keysB);
  const n = Math.max(keysA.start.length, keysB.start.length) - 1;
  const idf = Float64Array.from(dfA, (countA, k) =>
    Math.max(0.1, Math.log((n + 1) / (Math.max(countA, dfB[k]!) + 0.5))),
  );
  const unseen = Math.max(0.1, Math.log((n + 1) / 0.5));
  const scaled = (t: Term, w: number) => w * (t.entity && !t.title ? 1.2 : 1) * baseWeight(t);
  return {
    weight: (t: Term) => {
      const id = ids.get(t.key);
      return scaled(t, id === undefined ? unseen : idf[id]!);
    },
    weightOf: (t: Term, id: number) => scaled(t, idf[id]!),
  };
}

/** Each term's key as an id (`keyIds`: every sentence's terms in order, one after another). */
interface KeyCounts {
  ids: Map<string, number>;
  keyIds: Int32Array;
}

function keyCounts(features: readonly SentenceFeatures[]): KeyCounts {
  const ids = new Map<string, number>();
  let terms = 0;
  for (const f of features) terms += f.terms.length;
  const keyIds = new Int32Array(terms);
  let at = 0;
  for (const f of features)
    for (const t of f.terms) {
      let id = ids.get(t.key);
      if (id === undefined) ids.set(t.key, (id = ids.size));
      keyIds[at++] = id;
    }
  return { ids, keyIds };
}

/** For each key id, the number of sentences of `keys` that hold it (a sentence counts a key once). */
function sentencesHolding(keys: TermKeys): Int32Array {
  const { ids, keyIds, start } = keys;
  const count = new Int32Array(ids.size);
  // The last sentence that counted each key.
  const last = new Int32Array(ids.size).fill(-1);
  for (let i = 0; i + 1 < start.length; i++) {
    for (let q = start[i]!; q < start[i + 1]!; q++) {
      const id = keyIds[q]!;
      if (last[id] === i) continue;
      last[id] = i;
      count[id]!++;
    }
  }
  return count;
}

/** One account's part of key counts read over both: its sentences' term key ids (see TermKeys). */
function keysOfAccount(
  counted: Pick<KeyCounts, 'ids' | 'keyIds'>,
  features: readonly SentenceFeatures[],
  at: number,
): TermKeys {
  const start = new Int32Array(features.length + 1);
  start[0] = at;
  for (let s = 0; s < features.length; s++) start[s + 1] = start[s]! + features[s]!.terms.length;
  return { ids: counted.ids, keyIds: counted.keyIds, start };
}

/**
 * A sentence that names people, places or bodies and states nothing about them: a byline, a caption, a heading
 * ("Thomas K. Arnold, Publisher and Editorial Director, Media Play News"). Sharing names is no support in general,
 * because the same participants take part in many events; such a sentence names no event, so it cannot be about
 * another one (support.ts).
 */
function namesOnly(f: SentenceFeatures): boolean {
  if (f.terms.length === 0) return false;
  for (const t of f.terms) if (!t.entity && !t.framing) return false;
  return true;
}

function linkWeight(j: Judgment): number {
  // A contradiction found at modest similarity still ranks with good matches, its cues being the evidence; the
  // bonus closes part of the gap to 1, so it never outranks an identical sentence.
  return j.relation === 'contradiction'
    ? j.similarity + Math.min(1, 0.25 * j.conflict) * (1 - j.similarity)
    : j.similarity;
}

/**
 * Groups near-duplicate sentences of one account: agreement at similarity DUPLICATE or more. Returns, for each sentence, the index of its group's first sentence (itself when it leads a group).
 */
export function duplicateGroups(
  features: readonly SentenceFeatures[],
  model: RelationModel,
  scope: TermsScope = new TermsScope(),
  keys: TermKeys = keysOfAccount(keyCounts(features), features, 0),
): number[] {
  // Plain term weights, not IDF: a repeat shares exactly the words IDF would discount.
  const weight = unitWeight;
  const leader = features.map((_, i) => i);
  const find = (i: number): number => {
    while (leader[i] !== i) i = leader[i] = leader[leader[i]!]!;
    return i;
  };
  const union = (i: number, k: number) => {
    const ri = find(i);
    const rk = find(k);
    if (ri !== rk) leader[Math.max(ri, rk)] = Math.min(ri, rk);
  };
  // The same text again is a repeat without judging (when it has any term to judge by). Only the first of each
  // text takes part in the join below.
  const firstOf = new Map<string, number>();
  const distinct: number[] = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    const first = f.terms.length > 0 ? firstOf.get(f.sentence.text) : undefined;
    if (first !== undefined) union(first, i);
    else {
      if (f.terms.length > 0) firstOf.set(f.sentence.text, i);
      distinct.push(i);
    }
  }
  // Candidates: every pair sharing SAME_WORDS of their term keys, found by a set-similarity join.
  const { keyIds, start } = keys;
  const last = new Int32Array(keys.ids.size).fill(-1);
  const sets = distinct.map((i) => {
    const set: number[] = [];
    for (let q = start[i]!; q < start[i + 1]!; q++) {
      const id = keyIds[q]!;
      if (last[id] === i) continue;
      last[id] = i;
      set.push(id);
    }
    return Int32Array.from(set);
  });
  for (const [p, q] of jaccardPairs(sets, SAME_WORDS, MAX_REPEAT_POSTINGS)) {
    const i = distinct[p]!;
    const k = distinct[q]!;
    const j = judge(features[i]!, features[k]!, weight, model, { explain: false, scope, matches: false });
    if (j.relation !== 'agreement' || j.similarity < DUPLICATE) continue;
    union(i, k);
  }
  return leader.map((_, i) => find(i));
}

/**
 * Chooses the links between two accounts.
 *
 * @example
 * const { links, omissions } = alignAccounts(sa, sb, fa, fb, { threshold: 0.15 });
 */
export function alignAccounts(
  sentencesA: readonly Sentence[],
  sentencesB: readonly Sentence[],
  wordsA: readonly SentenceFeatures[],
  wordsB: readonly SentenceFeatures[],
  options: AlignOptions,
): AlignResult {
  const model = options.model ?? DEFAULT_MODEL;
  // A byline's date states no event: names-only is read from the words.
  const namesOnlyA = wordsA.map(namesOnly);
  const namesOnlyB = wordsB.map(namesOnly);
  const a = wordsA.map(withNumberTerms);
  const b = wordsB.map(withNumberTerms);
  // Term keys as ids, read once for the weights, the repeats, the candidate index and salience.
  const counted = keyCounts(a.concat(b));
  const keysA = keysOfAccount(counted, a, 0);
  const keysB = keysOfAccount(counted, b, keysA.start[a.length]!);
  const { weight, weightOf } = idfTable(counted, keysA, keysB);
  // Sentences one account repeats from the other (or from itself) word for word share their per-sentence indexes.
  const scope = new TermsScope();
  const leadA = duplicateGroups(a, model, scope, keysA);
  const leadB = duplicateGroups(b, model, scope, keysB);

  const candidates: Group[] = [];
  const fragments: Group[] = [];
  const pairs = candidatePairs(
    a,
    b,
    (i) => leadA[i] === i,
    (j) => leadB[j] === j,
    options.candidates,
    // A monotone chain may pass a sentence's counterpart by: it judges every pair, and the counterparts too.
    { ...twinsOf(a, b, leadA, leadB, scope), skipPairs: options.ordered !== true },
    { a: keysA, b: keysB },
  );
  for (let k = 0; k < pairs.length; k++) {
    if (k % PROGRESS_EVERY === 0) {
      options.checkpoint?.();
      options.onProgress?.(k, pairs.length);
    }
    const [i, j] = pairs[k]!;
    // Most pairs judged are not linked: their explanatory cues wait until they are (explained(), below).
    const judgment = judge(a[i]!, b[j]!, weight, model, { explain: false, scope, matches: false });
    if (judgment.relation !== 'unrelated' && judgment.similarity >= options.threshold) {
      candidates.push({ a: [i], b: [j], judgment });
    } else if (
      judgment.alignment.sharedContent > 0 ||
      (judgment.alignment.sharedEntities.length >= 2 && (namesOnlyA[i]! || namesOnlyB[j]!))
    ) {
      // Too weak to link alone, but it may cover part of a sentence that another one covers too (support.ts). Of
      // an unrelated pair only the covers and shared names are read from here on (it has no cue to explain): its
      // term matches are let go.
      const kept =
        judgment.relation === 'unrelated' && judgment.alignment.matches.length > 0
          ? { ...judgment, alignment: { ...judgment.alignment, matches: NO_MATCHES } }
          : judgment;
      fragments.push({ a: [i], b: [j], judgment: kept });
    }
  }
  options.onProgress?.(pairs.length, pairs.length);

  const merged = (as: number[], bs: number[]): Judgment | undefined => {
    const fx = combine(a, as);
    const fy = combine(b, bs);
    // Sentences read together are judged once: no postings for them.
    return fx && fy ? judge(fx, fy, weight, model, { index: false, once: true }) : undefined;
  };
  // The account with less weighted content is the claim side: its sentences may be supported by several of the
  // other's (support.ts). Accounts of equal weight (a text against itself) have none.
  const content = (fs: readonly SentenceFeatures[], keys: TermKeys) => {
    let s = 0;
    let at = keys.start[0]!;
    for (const f of fs) for (const t of f.terms) s += weightOf(t, keys.keyIds[at++]!);
    return s;
  };
  const weightA = content(a, keysA);
  const weightB = content(b, keysB);
  const claimSide = weightA < weightB ? 'a' : weightB < weightA ? 'b' : undefined;
  const chosen = options.ordered
    ? chooseOrdered(candidates, merged, b.length, options.threshold)
    : chooseUnordered(candidates, fragments, merged, {
        claimSide,
        minCover: model.partial,
        namesOnlyA,
        namesOnlyB,
      });

  const groups = mergeContradictions(chosen.map((g) => ({ ...g, judgment: explained(g.judgment) })));
  const membersA = membersOf(leadA);
  const membersB = membersOf(leadB);
  const links = groups.map((g) => toLink(g, sentencesA, sentencesB, membersA, membersB));
  links.sort((x, y) => x.a[0]! - y.a[0]! || x.b[0]! - y.b[0]!);

  const linkedA = new Set(links.flatMap((l) => l.a));
  const linkedB = new Set(links.flatMap((l) => l.b));
  const salA = salience(a, weight, keysA, weightOf);
  const salB = salience(b, weight, keysB, weightOf);
  const omissions: Omission[] = [];
  const duplicates: Duplicate[] = [];
  const sides = [
    ['a', sentencesA, leadA, linkedA, salA],
    ['b', sentencesB, leadB, linkedB, salB],
  ] as const;
  for (const [side, sentences, lead, linked, sal] of sides) {
    for (const s of sentences) {
      const leader = lead[s.index]!;
      if (leader !== s.index) duplicates.push({ side, sentence: s.index, of: leader });
      else if (!linked.has(s.index)) omissions.push({ side, sentence: s.index, salience: sal[s.index] ?? 0 });
    }
  }
  omissions.sort(
    (x, y) =>
      y.salience - x.salience || (x.side < y.side ? -1 : x.side > y.side ? 1 : x.sentence - y.sentence),
  );
  return { links, omissions, duplicates };
}

/**
 * Each group leader's verbatim counterpart among the other account's leaders (same text, same terms: see
 * TermsScope), or -1. A leader has at most one: the other account's repeats of it are grouped behind one leader.
 */
export function twinsOf(
  a: readonly SentenceFeatures[],
  b: readonly SentenceFeatures[],
  leadA: readonly number[],
  leadB: readonly number[],
  scope: TermsScope,
): Twins {
  const twinA = new Int32Array(a.length).fill(-1);
  const twinB = new Int32Array(b.length).fill(-1);
  const byText = new Map<string, number>();
  for (let i = 0; i < a.length; i++) if (leadA[i] === i) byText.set(a[i]!.sentence.text, i);
  for (let j = 0; j < b.length; j++) {
    if (leadB[j] !== j) continue;
    const i = byText.get(b[j]!.sentence.text);
    if (i === undefined || twinA[i]! >= 0 || scope.canonical(a[i]!) !== scope.canonical(b[j]!)) continue;
    twinA[i] = j;
    twinB[j] = i;
  }
  return { a: twinA, b: twinB };
}

/** Features of one sentence, or of two read as one (in text order). */
function combine(features: readonly SentenceFeatures[], idx: number[]): SentenceFeatures | undefined {
  const sorted = [...idx].sort((p, q) => p - q);
  let f: SentenceFeatures | undefined = features[sorted[0]!];
  for (const i of sorted.slice(1)) f = f && mergeFeatures(f, features[i]!);
  return f;
}

type Merged = (as: number[], bs: number[]) => Judgment | undefined;

interface Support {
  /** The account whose sentences other sentences may support together (the shorter one), if either. */
  claimSide: 'a' | 'b' | undefined;
  /**
   * Share of a claim sentence a sentence must cover to link to it alone; further supporters of a linked claim need
   * MERGE_GAIN (see addSupport).
   */
  minCover: number;
  /** Per sentence of a and of b: it names people or places and nothing else (see namesOnly). */
  namesOnlyA: readonly boolean[];
  namesOnlyB: readonly boolean[];
}

/**
 * Maximum-weight matching, except that two sentences that are each other's best counterpart and make the same claim
 * (SAME_CLAIM or closer) are linked first. A sum of weights can prefer two middling links to one near-identical
 * pair (0.79 + 0.35 over 1.0); a reader expects the repeated sentence to be linked to its repeat.
 */
export function matchKeepingSameClaims(edges: readonly Edge[]): number[] {
  const bestA = new Map<number, number>();
  const bestB = new Map<number, number>();
  edges.forEach((e, k) => {
    const x = bestA.get(e.a);
    if (x === undefined || e.weight > edges[x]!.weight) bestA.set(e.a, k);
    const y = bestB.get(e.b);
    if (y === undefined || e.weight > edges[y]!.weight) bestB.set(e.b, k);
  });
  const fixed: number[] = [];
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  edges.forEach((e, k) => {
    if (e.weight < SAME_CLAIM || bestA.get(e.a) !== k || bestB.get(e.b) !== k) return;
    fixed.push(k);
    takenA.add(e.a);
    takenB.add(e.b);
  });
  const rest = edges.flatMap((e, k) => (takenA.has(e.a) || takenB.has(e.b) ? [] : [k]));
  const chosen = maxWeightMatching(rest.map((k) => edges[k]!)).map((r) => rest[r]!);
  return [...fixed, ...chosen].sort((x, y) => x - y);
}

/** One number for a sentence of either side: i for a's sentence i, -1 - j for b's sentence j. */
function hubKey(side: 'a' | 'b', index: number): number {
  return side === 'a' ? index : -1 - index;
}

function chooseUnordered(candidates: Group[], fragments: Group[], merged: Merged, support: Support): Group[] {
  // Agreements and partials are matched one to one. Contradictions are not: a sentence can confirm one claim of
  // the other account and deny another, so they are added after, without taking a sentence's match.
  const matchable = candidates.filter((c) => c.judgment.relation !== 'contradiction');
  const edges = matchable.map((c) => ({ a: c.a[0]!, b: c.b[0]!, weight: linkWeight(c.judgment) }));
  const matched = matchKeepingSameClaims(edges).map((k) => matchable[k]!);
  const usedA = new Set(matched.map((g) => g.a[0]!));
  const usedB = new Set(matched.map((g) => g.b[0]!));

  // Pairs by the sentence they hold on each side (hubKey).
  const byHub = new Map<number, Group[]>();
  const addTo = (key: number, c: Group) => {
    const list = byHub.get(key);
    if (list) list.push(c);
    else byHub.set(key, [c]);
  };
  for (const list of [candidates, fragments]) {
    for (const c of list) {
      addTo(hubKey('a', c.a[0]!), c);
      addTo(hubKey('b', c.b[0]!), c);
    }
  }
  // One sentence that covers several: b's sentence j, linked to a's i, also holds a's unlinked i2 (or the
  // reverse), when reading i and i2 together covers clearly more of j than i alone. Up to MAX_MEMBERS sentences.
  const out: Group[] = [];
  for (const g of matched) {
    let best = g;
    for (const side of ['a', 'b'] as const) {
      const hub = side === 'a' ? 'b' : 'a';
      const used = side === 'a' ? usedA : usedB;
      const hubCover = (j: Judgment) => (hub === 'a' ? j.alignment.coverA : j.alignment.coverB);
      // Each hub term keeps its best match over the sentences read together, so adding c raises the hub's cover by
      // at most what c covers alone: below MERGE_GAIN it cannot pass (the margin absorbs rounding).
      const others = (byHub.get(hubKey(hub, g[hub][0]!)) ?? [])
        .filter(
          (c) =>
            !used.has(c[side][0]!) &&
            c.judgment.relation !== 'contradiction' &&
            hubCover(c.judgment) >= MERGE_GAIN - 1e-9,
        )
        .sort((x, y) => y.judgment.similarity - x.judgment.similarity || x[side][0]! - y[side][0]!);
      for (const c of others) {
        if (best[side].length >= MAX_MEMBERS) break;
        const members = [...best[side], c[side][0]!].sort((x, y) => x - y);
        const as = side === 'a' ? members : best.a;
        const bs = side === 'b' ? members : best.b;
        const j = merged(as, bs);
        if (!j || j.relation === 'unrelated' || j.relation === 'contradiction') continue;
        if (hubCover(j) >= hubCover(best.judgment) + MERGE_GAIN) {
          best = { a: as, b: bs, judgment: j };
          used.add(c[side][0]!);
        }
      }
      if (best !== g) break;
    }
    out.push(best);
  }
  if (support.claimSide) addSupport(out, candidates.concat(fragments), support);

  // Each sentence's strongest contradiction, and those nearly as strong (one sentence may contradict several).
  const bestContra = new Map<number, number>();
  for (const c of candidates) {
    if (c.judgment.relation !== 'contradiction') continue;
    const w = linkWeight(c.judgment);
    for (const key of [hubKey('a', c.a[0]!), hubKey('b', c.b[0]!)])
      bestContra.set(key, Math.max(bestContra.get(key) ?? 0, w));
  }
  for (const c of candidates) {
    if (c.judgment.relation !== 'contradiction') continue;
    const w = linkWeight(c.judgment);
    if (
      w >= EXTRA_CONTRADICTION * (bestContra.get(hubKey('a', c.a[0]!)) ?? 0) ||
      w >= EXTRA_CONTRADICTION * (bestContra.get(hubKey('b', c.b[0]!)) ?? 0)
    ) {
      out.push(c);
    }
  }
  return out;
}

/**
 * A sentence of the shorter account that several of the other's each cover a part of (a claim against its source:
 * support.ts) is linked to all of them: they join its link, or form one when the matching left it out. A supporter
 * already linked elsewhere stays there. The link keeps the judgment of its strongest pair, as a partial match:
 * judging the merged sentences again would cost a pass over all their terms for every hub.
 *
 * A claim that no sentence has been linked to needs a supporter that covers `minCover` of it, as a link would. Once
 * it has one, each further supporter needs to cover only MERGE_GAIN of it, the share a further sentence must add to
 * join a many-to-one link: a claim of several facts ("X, born in Z, a Y, did W") is stated a fact per sentence by
 * its source, and each such sentence covers a small share of the whole claim. Cover, not gain, is asked here: a
 * source that states one fact twice supports it twice. Such a small supporter must name one of the claim's
 * participants (or stand for one by a pronoun: features/index.ts): two event words in common ("born", "1944")
 * without one may be another person's.
 */
function addSupport(out: Group[], pairs: readonly Group[], policy: Support): void {
  const side = policy.claimSide!;
  const { minCover, namesOnlyA, namesOnlyB } = policy;
  const other = side === 'a' ? 'b' : 'a';
  const linked = { a: new Set(out.flatMap((g) => g.a)), b: new Set(out.flatMap((g) => g.b)) };
  const groupOf = new Map<number, number>();
  out.forEach((g, k) => {
    for (const i of g[side]) groupOf.set(i, k);
  });
  const support = claimSupport(
    pairs.map((c) => ({ a: c.a[0]!, b: c.b[0]!, judgment: c.judgment })),
    side,
    Math.min(minCover, MERGE_GAIN),
    (s, i) => linked[s].has(i),
    (s, i) => (s === 'a' ? namesOnlyA : namesOnlyB)[i]!,
  );
  for (const [h, supporters] of support) {
    const at = groupOf.get(h);
    const group = at === undefined ? undefined : out[at]!;
    // A sentence merged into another's link as one of several is not a hub itself, and one that a single sentence
    // already states in full (agreement) needs no further support.
    if (group && (group[side].length > 1 || group.judgment.relation === 'agreement')) continue;
    const members = [...(group?.[other] ?? [])];
    let strongest: Judgment | undefined;
    for (const k of supporters) {
      if (members.length >= MAX_MEMBERS) break;
      const o = pairs[k]![other][0]!;
      if (linked[other].has(o)) continue;
      // The first supporter of a claim the matching left unlinked must cover as much as a link would; a further
      // one that covers less must name one of the claim's participants.
      const { coverA, coverB, sharedEntities } = pairs[k]!.judgment.alignment;
      const small = (side === 'a' ? coverA : coverB) < minCover;
      if (small && (members.length === 0 || sharedEntities.length === 0)) continue;
      members.push(o);
      linked[other].add(o);
      strongest ??= pairs[k]!.judgment;
    }
    if (!strongest) continue;
    members.sort((x, y) => x - y);
    const as = side === 'a' ? [h] : members;
    const bs = side === 'b' ? [h] : members;
    // The pair judgment of a supporter the matching left out may read 'unrelated' (its similarity is low by
    // design): the link is a partial match at the lowest confidence that still asserts one.
    const judgment: Judgment = group
      ? group.judgment
      : { ...strongest, relation: 'partial', confidence: 0.5 };
    if (group) out[at!] = { a: as, b: bs, judgment };
    else out.push({ a: as, b: bs, judgment });
  }
}

function chooseOrdered(candidates: Group[], merged: Merged, sizeB: number, threshold: number): Group[] {
  const spans: Span2[] = [];
  const groups: Group[] = [];
  const add = (g: Group) => {
    spans.push({
      a0: g.a[0]!,
      a1: g.a.at(-1)!,
      b0: g.b[0]!,
      b1: g.b.at(-1)!,
      weight: linkWeight(g.judgment),
    });
    groups.push(g);
  };
  const at = new Map(candidates.map((c) => [`${c.a[0]}|${c.b[0]}`, c]));
  for (const c of candidates) {
    add(c);
    const i = c.a[0]!;
    const j = c.b[0]!;
    // 2-1 and 1-2 merges with the next sentence, as Gale-Church allow; kept when they beat the single link.
    for (const [as, bs, other] of [
      [[i, i + 1], [j], at.get(`${i + 1}|${j}`)],
      [[i], [j, j + 1], at.get(`${i}|${j + 1}`)],
    ] as const) {
      if (!other) continue;
      const m = merged([...as], [...bs]);
      if (!m || m.relation === 'unrelated' || m.similarity < threshold) continue;
      if (m.similarity >= Math.max(c.judgment.similarity, other.judgment.similarity) + MERGE_GAIN) {
        add({ a: [...as], b: [...bs], judgment: m });
      }
    }
  }
  return orderedChain(spans, sizeB).map((k) => groups[k]!);
}

/** Contradictions of one sentence against several on the other side become one one-to-many link. */
function mergeContradictions(chosen: Group[]): Group[] {
  const single = (g: Group) =>
    g.judgment.relation === 'contradiction' && g.a.length === 1 && g.b.length === 1;
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  for (const g of chosen.filter(single)) {
    countA.set(g.a[0]!, (countA.get(g.a[0]!) ?? 0) + 1);
    countB.set(g.b[0]!, (countB.get(g.b[0]!) ?? 0) + 1);
  }
  const order: (Group | string)[] = [];
  const hubs = new Map<string, Group[]>();
  for (const g of chosen) {
    let key: string | undefined;
    if (single(g)) {
      if ((countB.get(g.b[0]!) ?? 0) > 1) key = `b${g.b[0]}`;
      else if ((countA.get(g.a[0]!) ?? 0) > 1) key = `a${g.a[0]}`;
    }
    if (key === undefined) {
      order.push(g);
      continue;
    }
    let hub = hubs.get(key);
    if (!hub) {
      hubs.set(key, (hub = []));
      order.push(key);
    }
    hub.push(g);
  }
  return order.map((x) => {
    if (typeof x !== 'string') return x;
    const hub = hubs.get(x)!;
    const best = hub.reduce((p, q) => (linkWeight(q.judgment) > linkWeight(p.judgment) ? q : p));
    return {
      a: [...new Set(hub.flatMap((h) => h.a))].sort((p, q) => p - q),
      b: [...new Set(hub.flatMap((h) => h.b))].sort((p, q) => p - q),
      judgment: {
        ...best.judgment,
        confidence: Math.max(...hub.map((h) => h.judgment.confidence)),
        cues: hub.flatMap((h) => h.judgment.cues),
      },
    };
  });
}

function toLink(
  g: Group,
  sa: readonly Sentence[],
  sb: readonly Sentence[],
  membersA: ReadonlyMap<number, number[]>,
  membersB: ReadonlyMap<number, number[]>,
): Link {
  const relation = g.judgment.relation === 'unrelated' ? 'partial' : g.judgment.relation;
  const diff: DiffPart[] =
    relation === 'contradiction'
      ? []
      : wordDiff(g.a.map((i) => sa[i]!.text).join(' '), g.b.map((j) => sb[j]!.text).join(' '));
  // A link to a group's first sentence holds the group's repeats too: they say the same thing.
  const withRepeats = (idx: number[], members: ReadonlyMap<number, number[]>) =>
    [...new Set(idx.flatMap((i) => members.get(i) ?? [i]))].sort((x, y) => x - y);
  return {
    a: withRepeats(g.a, membersA),
    b: withRepeats(g.b, membersB),
    relation,
    similarity: g.judgment.similarity,
    confidence: g.judgment.confidence,
    cues: dedupeCues(g.judgment.cues),
    diff,
  };
}

/** Group leader -> its members (leader first), for groups of more than one sentence. */
function membersOf(lead: readonly number[]): Map<number, number[]> {
  const members = new Map<number, number[]>();
  lead.forEach((l, i) => {
    if (l === i) return;
    let list = members.get(l);
    if (!list) members.set(l, (list = [l]));
    list.push(i);
  });
  return members;
}

/** jsdiff's word diff, as DiffParts; the same text again is one unchanged part (or none), as jsdiff gives it. */
function wordDiff(x: string, y: string): DiffPart[] {
  if (x === y) return x === '' ? [] : [{ value: x, added: false, removed: false }];
  return diffWords(x, y).map((p) => ({ value: p.value, added: p.added, removed: p.removed }));
}

function dedupeCues(cues: Link['cues']): Link['cues'] {
  // A link has a few dozen cues at most: compared pairwise, without building a key per cue.
  return cues.filter((c, k) => {
    for (let e = 0; e < k; e++) {
      const d = cues[e]!;
      if (d.rule === c.rule && sameSpan(d.a, c.a) && sameSpan(d.b, c.b)) return false;
    }
    return true;
  });
}

function sameSpan(x: readonly number[] | undefined, y: readonly number[] | undefined): boolean {
  if (x === undefined || y === undefined) return x === y;
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

/**
 * How central each sentence is to its account, in [0, 1]: the weight of its terms that recur elsewhere in the
 * account (what the account is about), with a bonus for the lead sentences and quotes, normalized by the account's max.
 */
export function salience(
  features: readonly SentenceFeatures[],
  weight: TermWeight,
  keys: TermKeys = keysOfAccount(keyCounts(features), features, 0),
  /** `weight` for a term whose key's id in `keys` is known (the same value, without looking the key up). */
  weightOf: (t: Term, id: number) => number = (t) => weight(t, 'a'),
): number[] {
  const { ids, keyIds, start } = keys;
  // The number of this account's sentences that hold each key.
  const tf = sentencesHolding(keys);
  const last = new Int32Array(ids.size).fill(-1);
  let at = start[0]!;
  // Each distinct key of a sentence once, in the order of its first term, weighed as its last term.
  const order: Term[] = [];
  const orderIds: number[] = [];
  const slot = new Int32Array(ids.size);
  const raw = features.map((f, i) => {
    order.length = 0;
    orderIds.length = 0;
    for (const t of f.terms) {
      const id = keyIds[at++]!;
      if (last[id] !== i) {
        last[id] = i;
        slot[id] = order.length;
        order.push(t);
        orderIds.push(id);
      } else order[slot[id]!] = t;
    }
    let s = 0;
    for (let k = 0; k < order.length; k++)
      s += weightOf(order[k]!, orderIds[k]!) * Math.log(1 + tf[orderIds[k]!]!);
    const lead = 1 + 0.5 / (1 + i);
    const quoted = /["“”]/.test(f.sentence.text) ? 1.1 : 1;
    return s * lead * quoted;
  });
  let max = 0;
  for (const r of raw) if (r > max) max = r;
  return raw.map((r) => (max > 0 ? Math.round((r / max) * 1000) / 1000 : 0));
}
