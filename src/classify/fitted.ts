/**
 * The fitted pair model (model.json, written by `npm run fit`): a similarity regression and a relation classifier
 * over the pair features of ./pair.ts. This is what `similarity()` and `relate()` use.
 */
import type { Relation } from '../schemas';
import model from './model.json';
import { forward, sigmoid, softmax, type NetworkWeights, type Standardizer } from './network';
import { PAIR_FEATURES, type PairAnalysis } from './pair';

/** The fitted part of model.json. */
export interface FittedModel {
  features: readonly string[];
  standardizer: Standardizer;
  /** Similarity in [0, 1] (STS score / 5) through a sigmoid. */
  similarity: NetworkWeights;
  /** Scores of agreement, contradiction and neither, through a softmax. */
  relation: NetworkWeights;
  /**
   * Similarity from which a pair that neither agrees nor contradicts is `partial` rather than `unrelated`: 0.4, the
   * STS guidelines' 2 of 5, "not equivalent, but share some details" (Agirre et al. 2012). A definition, not fitted:
   * no training set labels partial matches.
   */
  partial: number;
  /**
   * IDF-weighted word-alignment score (feature `alignIdf`) from which a number or date mismatch (rule
   * number.mismatch or date.mismatch) makes a contradiction whatever the classifier says: SICK has almost no such
   * pairs to learn them from. Set, not fitted (0.6); scripts/fit.ts says why.
   */
  factConflict: number;
}

export const FITTED: FittedModel = model.fitted;

/**
 * Whether a model was fitted on the features this code computes. A model fitted on other features would
 * silently mis-score every pair, so `relate()` and `similarity()` check the packaged one before first use.
 */
export function isCurrent(m: FittedModel): boolean {
  return m.features.join() === PAIR_FEATURES.join();
}

/** What the fitted model says about a pair. */
export interface FittedJudgment {
  relation: Relation;
  similarity: number;
  confidence: number;
}

/**
 * Similarity in [0, 1] from pair features.
 *
 * @example
 * predictSimilarity(analyzePair(fa, fb).x); // 0.83
 */
export function predictSimilarity(x: ArrayLike<number>, m: FittedModel = FITTED): number {
  return sigmoid(forward(m.similarity, m.standardizer, x)[0]!);
}

/**
 * Relation, similarity and confidence from a pair analysis.
 *
 * @example
 * predictRelation(analyzePair(fa, fb)).relation; // 'contradiction'
 */
export function predictRelation(
  pair: Pick<PairAnalysis, 'alignment' | 'fired'> & { x: ArrayLike<number> },
  m: FittedModel = FITTED,
): FittedJudgment {
  const similarity = predictSimilarity(pair.x, m);
  const p = softmax(forward(m.relation, m.standardizer, pair.x));
  const [agree, contra, other] = [p[0]!, p[1]!, p[2]!];
  const fact = pair.fired.has('number.mismatch') || pair.fired.has('date.mismatch');
  if (fact && pair.alignment.score >= m.factConflict) {
    return { relation: 'contradiction', similarity, confidence: Math.max(contra, similarity) };
  }
  if (contra >= agree && contra >= other)
    return { relation: 'contradiction', similarity, confidence: contra };
  if (agree >= other) return { relation: 'agreement', similarity, confidence: agree };
  return { relation: similarity >= m.partial ? 'partial' : 'unrelated', similarity, confidence: other };
}
