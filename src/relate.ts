/**
 * similarity(a, b) and relate(a, b): the pairwise judgments on their own, for two sentences or short passages.
 * Both run the fitted pair model (src/classify/model.json, from `npm run fit`) over the pair features; relateAsync
 * lets a caller's own sentence scorer (an embedding model, say) supply the similarity instead.
 */
import { CorroborateError, parseOrThrow } from './errors';
import { RelateOptionsSchema, type RelateOptions, type RelationResult } from './schemas';
import { extractFeatures, type SentenceFeatures } from './features/index';
import { cuesFor, type LanguageCues } from './lexicon/cues';
import { resolveLanguage } from './segment/detect';
import {
  analyzePairLazily,
  explainPair,
  PAIR_FEATURES,
  pairFeaturesBothWays,
  type LazyPairAnalysis,
} from './classify/pair';
import {
  FITTED,
  isCurrent,
  predictRelation,
  predictSimilarity,
  type FittedJudgment,
} from './classify/fitted';
import { claimConflicts, CLAIM_COVERED, CLAIM_LENGTH_RATIO } from './classify/claim';
import type { Cue } from './schemas';

let checked = false;

/** A pair analysis with the two sentences' features. */
interface Analyzed {
  pair: LazyPairAnalysis;
  a: SentenceFeatures;
  b: SentenceFeatures;
}

function analyze(a: unknown, b: unknown, options: unknown, what: string): Analyzed {
  const [ta, tb] = [text(a, 'a'), text(b, 'b')];
  const cues = cuesOf(options, what, ta, tb);
  const fa = features(ta, cues);
  const fb = features(tb, cues);
  ensureCurrent();
  // Explanatory cues only matter for related pairs: explainPair adds them once the relation is known.
  return { pair: analyzePairLazily(fa, fb), a: fa, b: fb };
}

/**
 * Validates the options and returns the cue lists of the texts' language (undefined: English), detected unless the
 * options name it. None given (undefined or null) are valid: no parse needed.
 */
function cuesOf(options: unknown, what: string, a: string, b: string): LanguageCues | undefined {
  const language =
    options === undefined || options === null
      ? 'auto'
      : parseOrThrow(RelateOptionsSchema, options, 'E_INVALID_OPTIONS', what).language;
  return cuesFor(resolveLanguage(language, a, b));
}

function ensureCurrent(): void {
  if (checked) return;
  if (!isCurrent(FITTED)) throw new Error('corroborate: src/classify/model.json is stale; run `npm run fit`');
  checked = true;
}

function text(value: unknown, side: 'a' | 'b'): string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new CorroborateError('E_INVALID_INPUT', `text ${side} must be a string, got ${got}`);
  }
  return value;
}

function features(text: string, cues: LanguageCues | undefined): SentenceFeatures {
  return extractFeatures({ index: 0, text, start: 0, end: text.length }, { cues });
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));
}

/**
 * The semantic similarity of two sentences, in [0, 1] (an STS score divided by 5): a small fitted model over
 * word-alignment coverage (same stem, WordNet synonym, derivation or hypernym, close spelling for names),
 * IDF-weighted overlaps, character trigrams, averaged word vectors, length, numbers and negation.
 *
 * @example
 * similarity('Trump fired his adviser.', 'The president dismissed his adviser.'); // ≈ 0.6
 */
export function similarity(a: string, b: string, options?: RelateOptions): number {
  const [ta, tb] = [text(a, 'a'), text(b, 'b')];
  const cues = cuesOf(options, 'similarity options', ta, tb);
  const fa = features(ta, cues);
  const fb = features(tb, cues);
  ensureCurrent();
  // The ends of the scale are definitions, not predictions: the same text is an STS 5, and two texts that share no
  // word and align no term (not even through WordNet) an STS 0.
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) return 1;
  const [ab, ba] = pairFeaturesBothWays(fa, fb);
  if (ab[TOKEN_DICE] === 0 && ab[ALIGN] === 0) return 0;
  // Some features are directional (coverage, which side's words the rules start from): averaging both orders makes
  // the score exactly symmetric.
  return (clamp(predictSimilarity(ab)) + clamp(predictSimilarity(ba()))) / 2;
}

const TOKEN_DICE = PAIR_FEATURES.indexOf('tokenDice');
const LEN_RATIO = PAIR_FEATURES.indexOf('lenRatio');
const ALIGN = PAIR_FEATURES.indexOf('align');

/**
 * How two sentences or short passages relate: `agreement` (same claim, or `a` entails `b`), `partial` (same
 * subject, each adds something, nothing conflicts), `contradiction` (both cannot be true) or `unrelated`, with the
 * similarity, a confidence, and the cues (with offsets into `a` and `b`) that the judgment rests on.
 *
 * @example
 * relate('Netanyahu met Waltz in February.', 'Netanyahu did not meet Waltz.').relation; // 'contradiction'
 */
export function relate(a: string, b: string, options?: RelateOptions): RelationResult {
  const analyzed = analyze(a, b, options, 'relate options');
  const pair = analyzed.pair;
  const { relation, similarity: sim, confidence, cues } = decide(analyzed);
  return {
    relation,
    similarity: clamp(sim),
    confidence: clamp(confidence),
    cues:
      relation === 'unrelated' ? [] : cues.length > 0 ? [...cues, ...explainPair(pair)] : explainPair(pair),
  };
}

/**
 * The fitted model's judgment, overruled by a claim conflict (./classify/claim.ts): when one side is at most half
 * as long as the other (CLAIM_LENGTH_RATIO), is covered by it as an entailed claim would be, and a negation or a
 * count in the aligned words says otherwise, the pair contradicts, whatever their overall similarity. The model
 * learned contradiction from pairs of equal length (SICK) and calls a refuted short claim against a long passage
 * unrelated. The claim cues come first.
 */
function decide({ pair, a, b }: Analyzed): FittedJudgment & { cues: Cue[] } {
  if (!(pair.x[LEN_RATIO]! <= CLAIM_LENGTH_RATIO)) return { ...predictRelation(pair), cues: [] };
  // Against a longer text, claim.number checks the claim's counts (the same thing counted, the claim's number
  // nowhere in the text) in place of the model's fact rule, which sets any number or date of the text against the
  // claim's: a long text gives many, most about something else ("one of three people" against "three people").
  const lexical = predictRelation(pair, CLAIM_MODEL);
  if (lexical.relation === 'contradiction') return { ...lexical, cues: [] };
  const claim = claimConflicts(a, b, pair.alignment, pair.weight);
  if (claim === null) return { ...lexical, cues: [] };
  // As judge() rates an agreement: 0.5 at the coverage threshold, rising to 1 for a claim covered in full.
  const confidence = 0.5 + (claim.cover - CLAIM_COVERED) / (2 * (1 - CLAIM_COVERED));
  return { relation: 'contradiction', similarity: lexical.similarity, confidence, cues: claim.cues };
}

/** The fitted model without its fact rule (a factConflict no alignment score reaches), for claims. */
const CLAIM_MODEL = { ...FITTED, factConflict: Infinity };

/**
 * A sentence scorer of your own: the similarity of two texts in [0, 1], synchronously or as a promise. For example
 * the cosine of two sentence embeddings from a model you run yourself. corroborate never calls the network itself.
 */
export type SentenceScorer = (a: string, b: string) => number | Promise<number>;

/** Options of `relateAsync`. */
export interface RelateAsyncOptions extends RelateOptions {
  /** Scores the pair; its score becomes the result's `similarity`. */
  scorer: SentenceScorer;
  /** Score from which a pair with no contradiction is an agreement (default: 0.8, an STS 4 of 5). */
  agreement?: number;
  /** Score from which a pair is a partial match rather than unrelated (default: 0.4, an STS 2 of 5). */
  partial?: number;
}

/**
 * relate() with a pluggable scorer. Contradictions and cues still come from the offline lexical analysis (negation,
 * antonyms, numbers, dates: what embeddings are weakest at); the scorer's similarity decides between agreement,
 * partial and unrelated, with the thresholds of the options.
 *
 * @example
 * const r = await relateAsync(a, b, { scorer: async (x, y) => cosine(await embed(x), await embed(y)) });
 */
export async function relateAsync(
  a: string,
  b: string,
  options: RelateAsyncOptions,
): Promise<RelationResult> {
  const { scorer, agreement = 0.8, partial = 0.4, ...rest } = options ?? ({} as RelateAsyncOptions);
  if (typeof scorer !== 'function') {
    throw new CorroborateError('E_INVALID_OPTIONS', `scorer must be a function, got ${typeof scorer}`);
  }
  for (const [name, v] of [
    ['agreement', agreement],
    ['partial', partial],
  ] as const) {
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
      throw new CorroborateError('E_INVALID_OPTIONS', `${name} must be between 0 and 1, got ${String(v)}`);
    }
  }
  const analyzed = analyze(a, b, rest, 'relateAsync options');
  const pair = analyzed.pair;
  const lexical = decide(analyzed);
  const score = clamp(await scorer(a, b));
  let relation: RelationResult['relation'];
  let confidence: number;
  if (lexical.relation === 'contradiction') {
    relation = 'contradiction';
    confidence = lexical.confidence;
  } else if (score >= agreement) {
    relation = 'agreement';
    confidence = 0.5 + (score - agreement) / (2 * Math.max(1e-9, 1 - agreement));
  } else if (score >= partial) {
    relation = 'partial';
    confidence = 0.5 + Math.min(score - partial, agreement - score) / Math.max(1e-9, agreement - partial);
  } else {
    relation = 'unrelated';
    confidence = 0.5 + (partial - score) / (2 * Math.max(1e-9, partial));
  }
  return {
    relation,
    similarity: score,
    confidence: clamp(confidence),
    cues:
      relation === 'unrelated'
        ? []
        : [...(relation === 'contradiction' ? lexical.cues : []), ...explainPair(pair)],
  };
}
