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
import { RULES, type RuleContext } from './rules';
import { getVectors, type WordVectors } from '../lexicon/vectors';
import { alignTerms, baseWeight, type PairAlignment, type TermWeight } from '../similarity/index';

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
] as const;

export type PairFeatureName = (typeof PAIR_FEATURES)[number];

/** Per-sentence data the pair features reuse; computed once per SentenceFeatures object. */
interface SentenceView {
  /** Lowercase word and number tokens. */
  words: string[];
  lemmas: string[];
  /** Vector rows of the words (-1 when unknown). */
  rows: Int32Array;
  /** Content-word positions in `words`. */
  content: number[];
  /** SIF-weighted vector average, unit length (or all zero). */
  sif: Float32Array;
  char3: Map<string, number>;
  char3Norm: number;
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
 * IDF-like weight of a word from its frequency rank: -log p(w), so 'the' weighs 2.5, a word of rank 1000 9.4 and
 * a word outside the list 15. Offset so that the most frequent words count for almost nothing.
 */
export function priorIdf(word: string): number {
  const v = getVectors();
  const row = v ? v.row(word) : -1;
  return Math.max(0.5, -Math.log(zipf(v, row)) - 2);
}

function view(f: SentenceFeatures): SentenceView {
  const cached = views.get(f);
  if (cached) return cached;
  const v = getVectors();
  const words: string[] = [];
  const lemmas: string[] = [];
  const content: number[] = [];
  for (const t of f.tokens) {
    if (t.kind === 'punct') continue;
    if (!t.stop && t.kind === 'word') content.push(words.length);
    words.push(t.lower);
    lemmas.push(t.lemma);
  }
  const rows = Int32Array.from(words, (w, i) => {
    if (!v) return -1;
    const r = v.row(w);
    return r >= 0 ? r : v.row(lemmas[i]!);
  });
  const dims = v?.dims ?? 0;
  const sif = new Float32Array(dims);
  if (v) {
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (r < 0) continue;
      const w = SIF_A / (SIF_A + zipf(v, r));
      for (let d = 0; d < dims; d++) sif[d]! += w * v.data[r * dims + d]!;
    }
    normalize(sif);
  }
  const char3 = new Map<string, number>();
  const text = ` ${words.join(' ')} `;
  for (let i = 0; i + 3 <= text.length; i++) {
    const g = text.slice(i, i + 3);
    char3.set(g, (char3.get(g) ?? 0) + 1);
  }
  let n2 = 0;
  for (const c of char3.values()) n2 += c * c;
  const out = { words, lemmas, rows, content, sif, char3, char3Norm: Math.sqrt(n2) };
  views.set(f, out);
  return out;
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
  for (let d = 0; d < dims; d++) s += x[xo + d]! * y[yo + d]!;
  return s;
}

function dice<T>(x: readonly T[], y: readonly T[]): number {
  if (x.length === 0 && y.length === 0) return 1;
  const sx = new Set(x);
  const sy = new Set(y);
  let shared = 0;
  for (const v of sx) if (sy.has(v)) shared++;
  return (2 * shared) / (sx.size + sy.size);
}

function bigrams(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

function termWord(f: SentenceFeatures, t: Term): string {
  return t.entity ? t.key : (f.tokens[t.token]?.lower ?? t.key);
}

/** IDF-weighted term weight: the frequency prior times the base weight (titles and framing count less). */
function idfWeight(a: SentenceFeatures, b: SentenceFeatures): TermWeight {
  return (t, side) => priorIdf(termWord(side === 'a' ? a : b, t)) * baseWeight(t);
}

/** Soft alignment by vector cosine: each content word's best cosine in the other sentence, IDF-weighted. */
function softAlign(x: SentenceView, y: SentenceView, v: WordVectors | null): number {
  if (!v) return 0;
  const cover = (p: SentenceView, q: SentenceView) => {
    let num = 0;
    let den = 0;
    for (const i of p.content) {
      const w = -Math.log(zipf(v, p.rows[i]!));
      den += w;
      if (q.words.includes(p.words[i]!) || q.lemmas.includes(p.lemmas[i]!)) {
        num += w;
        continue;
      }
      const r = p.rows[i]!;
      if (r < 0) continue;
      let best = 0;
      for (const j of q.content) {
        const s = q.rows[j]!;
        if (s < 0) continue;
        const c = dot(v.data, r * v.dims, v.data, s * v.dims, v.dims);
        if (c > best) best = c;
      }
      num += w * best;
    }
    return den > 0 ? num / den : 0;
  };
  const ca = cover(x, y);
  const cb = cover(y, x);
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
function existential(f: SentenceFeatures): boolean {
  const w = f.tokens.filter((t) => t.kind !== 'punct').map((t) => t.lower);
  if (w[0] === 'no' || EXISTENTIAL.has(w[0] ?? '')) return true;
  for (let i = 0; i + 2 < w.length; i++) {
    if (
      w[i] === 'there' &&
      /^(is|are|was|were)$/.test(w[i + 1]!) &&
      (w[i + 2] === 'no' || EXISTENTIAL.has(w[i + 2]!))
    )
      return true;
  }
  return (
    w.some((x) => EXISTENTIAL.has(x)) ||
    (w.includes('no') && w.includes('one') && w.indexOf('one') === w.indexOf('no') + 1)
  );
}

/** Whether a verb is negated: "not", "n't", "never". */
function verbNegated(f: SentenceFeatures): boolean {
  return f.tokens.some((t) => t.lower === 'not' || t.lower === 'never');
}

const RULE_FEATURES: Record<string, PairFeatureName> = {
  'negation.mismatch': 'rule.negation',
  'antonym.wordnet': 'rule.antonym',
  'number.mismatch': 'rule.number',
  'date.mismatch': 'rule.date',
  'quantity.scale': 'rule.quantity',
  'refutation.explicit': 'rule.refutation',
};

const INDEX = Object.fromEntries(PAIR_FEATURES.map((n, i) => [n, i])) as Record<PairFeatureName, number>;

/**
 * Computes the pair feature vector (in PAIR_FEATURES order) and the cues behind it.
 *
 * @example
 * const { x, cues } = analyzePair(extractFeatures(s1), extractFeatures(s2));
 */
export function analyzePair(a: SentenceFeatures, b: SentenceFeatures): PairAnalysis {
  const v = getVectors();
  const va = view(a);
  const vb = view(b);
  const x = new Float64Array(PAIR_FEATURES.length);
  const set = (name: PairFeatureName, value: number) => {
    x[INDEX[name]] = Number.isFinite(value) ? value : 0;
  };
  const base = alignTerms(a, b);
  const weight = idfWeight(a, b);
  const al = alignTerms(a, b, weight);
  set('align', base.score);
  set('alignIdf', al.score);
  set('coverMin', Math.min(al.coverA, al.coverB));
  set('coverMax', Math.max(al.coverA, al.coverB));
  set('coverA', al.coverA);
  set('coverB', al.coverB);

  // Exact overlap of content lemmas, IDF-weighted (Dice).
  const lemmaWeights = (f: SentenceFeatures) => {
    const m = new Map<string, number>();
    for (const t of f.terms) m.set(t.lemma, weight(t, f === a ? 'a' : 'b'));
    return m;
  };
  const la = lemmaWeights(a);
  const lb = lemmaWeights(b);
  let shared = 0;
  let total = 0;
  for (const [k, w] of la) {
    total += w;
    if (lb.has(k)) shared += w + lb.get(k)!;
  }
  for (const w of lb.values()) total += w;
  set('exactIdf', total > 0 ? shared / total : 0);
  set('tokenDice', dice(va.lemmas, vb.lemmas));
  set('bigramDice', dice(bigrams(va.words), bigrams(vb.words)));
  let c3 = 0;
  for (const [g, c] of va.char3) c3 += c * (vb.char3.get(g) ?? 0);
  set('char3', va.char3Norm > 0 && vb.char3Norm > 0 ? c3 / (va.char3Norm * vb.char3Norm) : 0);
  set('sif', v ? dot(va.sif, 0, vb.sif, 0, v.dims) : 0);
  set('softAlign', softAlign(va, vb, v));

  const na = Math.max(1, va.words.length);
  const nb = Math.max(1, vb.words.length);
  set('lenRatio', Math.min(na, nb) / Math.max(na, nb));
  set('logLen', Math.log(na + nb) / 4);
  // Weighted content left unmatched, in IDF units (log-scaled): what one side says that the other does not.
  const unmatched = (f: SentenceFeatures, cover: number, side: 'a' | 'b') => {
    let w = 0;
    const seen = new Set<string>();
    for (const t of f.terms) {
      if (seen.has(t.key)) continue;
      seen.add(t.key);
      w += weight(t, side);
    }
    return Math.log1p(w * (1 - cover));
  };
  const ua = unmatched(a, al.coverA, 'a');
  const ub = unmatched(b, al.coverB, 'b');
  set('unmatchedMin', Math.min(ua, ub) / 3);
  set('unmatchedMax', Math.max(ua, ub) / 3);
  const entities = (f: SentenceFeatures) =>
    new Set(f.terms.filter((t) => t.entity && !t.title).map((t) => t.key));
  const ea = entities(a);
  const eb = entities(b);
  let eu = 0;
  for (const e of ea) if (!eb.has(e)) eu++;
  for (const e of eb) if (!ea.has(e)) eu++;
  set('entityUnmatched', Math.min(3, eu) / 3);

  const numsA = new Set(a.numbers.map((n) => n.value));
  const numsB = new Set(b.numbers.map((n) => n.value));
  if (numsA.size > 0 && numsB.size > 0) {
    const same = numsA.size === numsB.size && [...numsA].every((n) => numsB.has(n));
    set(same ? 'numberMatch' : 'numberMismatch', 1);
  } else if (numsA.size + numsB.size > 0) set('numberOneSide', 1);
  const parity = (a.negations.length + b.negations.length) % 2;
  set('negParity', parity);
  set('negAny', a.negations.length + b.negations.length > 0 ? 1 : 0);

  const ctx: RuleContext = { a, b, alignment: al, weight };
  const cues: Cue[] = [];
  const fired = new Set<string>();
  let conflict = 0;
  for (const rule of RULES) {
    const found = rule.test(ctx);
    if (found.length === 0) continue;
    cues.push(...found);
    conflict += rule.conflict;
    const name = RULE_FEATURES[rule.id];
    if (name) {
      fired.add(rule.id);
      set(name, 1);
    }
  }
  set('negParity*align', parity * al.score);
  set('negation*align', (fired.has('negation.mismatch') ? 1 : 0) * al.score);
  // SICK's contradictions deny the subject ("There is no man", "Nobody is") or the verb ("is not playing"); the two
  // kinds behave differently against a partial match, so each has its own feature (set when the sides differ).
  set('negExistential', Number(existential(a) !== existential(b)));
  set('negVerb', Number(verbNegated(a) !== verbNegated(b)));
  set('conflict*coverMin', Math.min(2, conflict) * Math.min(al.coverA, al.coverB));
  set('antonym*align', (fired.has('antonym.wordnet') ? 1 : 0) * al.score);
  return { x, alignment: al, weight, cues, fired, conflict };
}
