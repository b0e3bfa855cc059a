/**
 * scores -> links and omissions. Candidate pairs come from an inverted index over term keys (two sentences that
 * share no term cannot be linked); each candidate is judged once; links are chosen by a greedy maximum-weight
 * one-to-one matching, then contradictions that the matching left out are added as one-to-many links when they are
 * nearly as strong as the sentence's best.
 */
import { diffWords } from 'diff';
import type { DiffPart, Link, Omission, Sentence } from '../schemas';
import type { SentenceFeatures, Term } from '../features/index';
import { judge, type Judgment, type RelationModel, DEFAULT_MODEL } from '../classify/index';
import { baseWeight, type TermWeight } from '../similarity/index';

export interface AlignOptions {
  /** Minimum similarity for a link. */
  threshold: number;
  model?: RelationModel;
  /** Called every PROGRESS_EVERY candidate pairs with the pairs judged and the pairs in all. */
  onProgress?: (done: number, total: number) => void;
  /** Called as often as onProgress; throws to stop the alignment (an aborted signal). */
  checkpoint?: () => void;
}

const PROGRESS_EVERY = 2048;

export interface Candidate {
  a: number;
  b: number;
  judgment: Judgment;
}

/** Share of its best contradiction's strength that another contradiction of the same sentence needs to be linked too. */
const EXTRA_CONTRADICTION = 0.75;

/**
 * Inverse document frequency over the sentences of both accounts, so that a name every sentence repeats weighs
 * little and a rare word weighs much (Sparck Jones 1972). Entities weigh a little more than common words: a shared
 * name is stronger evidence that two sentences speak of the same thing.
 */
export function idfWeights(a: readonly SentenceFeatures[], b: readonly SentenceFeatures[]): TermWeight {
  const df = new Map<string, number>();
  for (const f of [...a, ...b]) {
    const seen = new Set<string>();
    for (const t of f.terms) {
      if (seen.has(t.key)) continue;
      seen.add(t.key);
      df.set(t.key, (df.get(t.key) ?? 0) + 1);
    }
  }
  const n = a.length + b.length;
  return (t: Term) => {
    const idf = Math.log((n + 1) / ((df.get(t.key) ?? 0) + 0.5));
    return Math.max(0.1, idf) * (t.entity && !t.title ? 1.2 : 1) * baseWeight(t);
  };
}

/** Pairs of sentences that share at least one term key: the only pairs that can be linked. */
export function candidatePairs(
  a: readonly SentenceFeatures[],
  b: readonly SentenceFeatures[],
): [number, number][] {
  const index = new Map<string, number[]>();
  b.forEach((f, j) => {
    const seen = new Set<string>();
    for (const t of f.terms) {
      for (const key of [t.key, t.lemma]) {
        if (seen.has(key)) continue;
        seen.add(key);
        let list = index.get(key);
        if (!list) index.set(key, (list = []));
        list.push(j);
      }
    }
  });
  const pairs: [number, number][] = [];
  a.forEach((f, i) => {
    const hits = new Set<number>();
    for (const t of f.terms) {
      for (const key of [t.key, t.lemma]) for (const j of index.get(key) ?? []) hits.add(j);
    }
    for (const j of [...hits].sort((x, y) => x - y)) pairs.push([i, j]);
  });
  return pairs;
}

function linkWeight(j: Judgment): number {
  // A contradiction found at modest similarity still ranks with good matches, its cues being the evidence; the
  // bonus closes part of the gap to 1, so it never outranks an identical sentence.
  return j.relation === 'contradiction'
    ? j.similarity + Math.min(1, 0.25 * j.conflict) * (1 - j.similarity)
    : j.similarity;
}

/**
 * Chooses the links between two accounts.
 *
 * @example
 * const { links, omissions } = alignAccounts(sa, sb, fa, fb, { threshold: 0.35 });
 */
export function alignAccounts(
  sentencesA: readonly Sentence[],
  sentencesB: readonly Sentence[],
  a: readonly SentenceFeatures[],
  b: readonly SentenceFeatures[],
  options: AlignOptions,
): { links: Link[]; omissions: Omission[] } {
  const model = options.model ?? DEFAULT_MODEL;
  const weight = idfWeights(a, b);
  const candidates: Candidate[] = [];
  const pairs = candidatePairs(a, b);
  for (let k = 0; k < pairs.length; k++) {
    if (k % PROGRESS_EVERY === 0) {
      options.checkpoint?.();
      options.onProgress?.(k, pairs.length);
    }
    const [i, j] = pairs[k]!;
    const judgment = judge(a[i]!, b[j]!, weight, model);
    if (judgment.relation === 'unrelated' || judgment.similarity < options.threshold) continue;
    candidates.push({ a: i, b: j, judgment });
  }
  candidates.sort((x, y) => linkWeight(y.judgment) - linkWeight(x.judgment) || x.a - y.a || x.b - y.b);

  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    chosen.push(c);
  }
  // One sentence may contradict several: add contradictions close to the best one each side has.
  const bestContra = (side: 'a' | 'b', idx: number) =>
    Math.max(
      0,
      ...candidates
        .filter((c) => c[side] === idx && c.judgment.relation === 'contradiction')
        .map((c) => linkWeight(c.judgment)),
    );
  for (const c of candidates) {
    if (c.judgment.relation !== 'contradiction' || chosen.includes(c)) continue;
    const w = linkWeight(c.judgment);
    if (w >= EXTRA_CONTRADICTION * bestContra('a', c.a) || w >= EXTRA_CONTRADICTION * bestContra('b', c.b)) {
      chosen.push(c);
      usedA.add(c.a);
      usedB.add(c.b);
    }
  }

  const links = mergeLinks(chosen, sentencesA, sentencesB);
  const omissions: Omission[] = [];
  const salA = salience(a, weight);
  const salB = salience(b, weight);
  sentencesA.forEach((s) => {
    if (!usedA.has(s.index)) omissions.push({ side: 'a', sentence: s.index, salience: salA[s.index] ?? 0 });
  });
  sentencesB.forEach((s) => {
    if (!usedB.has(s.index)) omissions.push({ side: 'b', sentence: s.index, salience: salB[s.index] ?? 0 });
  });
  omissions.sort(
    (x, y) =>
      y.salience - x.salience || (x.side < y.side ? -1 : x.side > y.side ? 1 : x.sentence - y.sentence),
  );
  return { links, omissions };
}

/** Contradictions of one sentence against several on the other side become one one-to-many link. */
function mergeLinks(chosen: Candidate[], sa: readonly Sentence[], sb: readonly Sentence[]): Link[] {
  const groups = new Map<string, Candidate[]>();
  const order: string[] = [];
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  for (const c of chosen) {
    if (c.judgment.relation !== 'contradiction') continue;
    countA.set(c.a, (countA.get(c.a) ?? 0) + 1);
    countB.set(c.b, (countB.get(c.b) ?? 0) + 1);
  }
  for (const c of chosen) {
    let key: string;
    if (c.judgment.relation === 'contradiction' && (countB.get(c.b) ?? 0) > 1) key = `b${c.b}`;
    else if (
      c.judgment.relation === 'contradiction' &&
      (countA.get(c.a) ?? 0) > 1 &&
      (countB.get(c.b) ?? 0) === 1
    )
      key = `a${c.a}`;
    else key = `p${c.a}:${c.b}`;
    let g = groups.get(key);
    if (!g) {
      groups.set(key, (g = []));
      order.push(key);
    }
    g.push(c);
  }
  const links = order.map((key) => {
    const g = groups.get(key)!;
    const aIdx = [...new Set(g.map((c) => c.a))].sort((x, y) => x - y);
    const bIdx = [...new Set(g.map((c) => c.b))].sort((x, y) => x - y);
    const best = g.reduce((x, y) => (linkWeight(y.judgment) > linkWeight(x.judgment) ? y : x));
    const relation = best.judgment.relation === 'unrelated' ? 'partial' : best.judgment.relation;
    const cues = g.flatMap((c) => c.judgment.cues);
    const diff: DiffPart[] =
      relation === 'contradiction'
        ? []
        : diffWords(aIdx.map((i) => sa[i]!.text).join(' '), bIdx.map((j) => sb[j]!.text).join(' ')).map(
            (p) => ({
              value: p.value,
              added: p.added,
              removed: p.removed,
            }),
          );
    const link: Link = {
      a: aIdx,
      b: bIdx,
      relation,
      similarity: Math.max(...g.map((c) => c.judgment.similarity)),
      confidence: Math.max(...g.map((c) => c.judgment.confidence)),
      cues: dedupeCues(cues),
      diff,
    };
    return link;
  });
  links.sort((x, y) => x.a[0]! - y.a[0]! || x.b[0]! - y.b[0]!);
  return links;
}

function dedupeCues(cues: Link['cues']): Link['cues'] {
  const seen = new Set<string>();
  return cues.filter((c) => {
    const k = `${c.rule}|${c.a?.join(':') ?? ''}|${c.b?.join(':') ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * How central each sentence is to its account, in [0, 1]: the weight of its terms that recur elsewhere in the
 * account (what the account is about), with a bonus for the lead sentences and quotes, normalized by the account's max.
 */
export function salience(features: readonly SentenceFeatures[], weight: TermWeight): number[] {
  const tf = new Map<string, number>();
  for (const f of features)
    for (const t of new Set(f.terms.map((x) => x.key))) tf.set(t, (tf.get(t) ?? 0) + 1);
  const raw = features.map((f, i) => {
    const keys = new Map<string, Term>();
    for (const t of f.terms) keys.set(t.key, t);
    let s = 0;
    for (const [key, t] of keys) s += weight(t, 'a') * Math.log(1 + (tf.get(key) ?? 1));
    const lead = 1 + 0.5 / (1 + i);
    const quoted = /["“”]/.test(f.sentence.text) ? 1.1 : 1;
    return s * lead * quoted;
  });
  const max = Math.max(0, ...raw);
  return raw.map((r) => (max > 0 ? Math.round((r / max) * 1000) / 1000 : 0));
}
