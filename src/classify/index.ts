/**
 * link -> relation + cues. The cue rules (rules.ts) find evidence; the decision below weighs it against the
 * similarity from the word alignment, with thresholds from model.json.
 */
import type { Cue, Relation, RelationResult } from '../schemas';
import type { SentenceFeatures } from '../features/index';
import { alignTerms, unitWeight, type PairAlignment, type TermWeight } from '../similarity/index';
import model from './model.json';
import { RULES } from './rules';

export { RULES, type CueRule, type RuleContext } from './rules';

/**
 * The thresholds judge() uses (model.json, `judge`), for compare()'s sentence links. They are hand-set values,
 * chosen as round numbers with a reason each, not fitted: they decide links between whole accounts, for which no
 * training data exists here. `relate()` and `similarity()` use the fitted model instead (./fitted.ts).
 */
export interface RelationModel {
  /**
   * Similarity from which two sentences are taken to be about the same thing, so that a conflict cue makes them
   * contradict (0.25: a quarter of each side's weighted content shared). Sharing two named participants counts too.
   */
  related: number;
  /** Similarity from which two sentences that share an event word are a partial match (0.25, as `related`). */
  partial: number;
  /** Similarity from which two sentences make the same claim (0.7: most content on both sides matched). */
  agreement: number;
  /**
   * Share of one side's weighted content found in the other from which that side is entailed (0.8)... */
  entailment: number;
  /** ...provided the other side is covered at least this much (0.3), so that a one-word sentence entails nothing. */
  entailmentOther: number;
  /** Summed conflict weight from which a related pair is a contradiction (1: one full cue, or two weak ones). */
  conflict: number;
}

export const DEFAULT_MODEL: RelationModel = {
  related: model.judge.related,
  partial: model.judge.partial,
  agreement: model.judge.agreement,
  entailment: model.judge.entailment,
  entailmentOther: model.judge.entailmentOther,
  conflict: model.judge.conflict,
};

/** A judged pair: the public result plus the alignment it rests on. */
export interface Judgment extends RelationResult {
  alignment: PairAlignment;
  /** Summed weight of the conflict rules that fired. */
  conflict: number;
}

/**
 * Judges how two sentences relate, from their features.
 *
 * @example
 * judge(extractFeatures(x), extractFeatures(y)).relation; // 'contradiction'
 */
export function judge(
  a: SentenceFeatures,
  b: SentenceFeatures,
  weight?: TermWeight,
  m: RelationModel = DEFAULT_MODEL,
): Judgment {
  const w = weight ?? unitWeight;
  // judge() serves compare(), which aligns each sentence with several others: index every sentence at once.
  const alignment = alignTerms(a, b, w, { index: true });
  const ctx = { a, b, alignment, weight: w };
  // The conflict rules decide; the explanatory ones (conflict 0) only add cues, which an unrelated pair does not
  // keep, so they run only once the relation is known (most pairs judged in a long text are unrelated).
  const found: (Cue[] | undefined)[] = [];
  let conflict = 0;
  for (let k = 0; k < RULES.length; k++) {
    const rule = RULES[k]!;
    if (rule.conflict === 0) continue;
    const cues = rule.test(ctx);
    if (cues.length === 0) continue;
    conflict += rule.conflict;
    found[k] = cues;
  }
  const sim = alignment.score;
  // "About the same event": similar enough, or sharing two participants and, for a conflict, the cue's anchor.
  // Participants alone are never enough for a partial match (the same two people can meet twice): it needs a
  // shared event, predicate or date word too.
  const participants = alignment.sharedEntities.length;
  const related = sim >= m.related || participants >= 2;
  const sameEvent = sim >= m.partial || (participants >= 2 && alignment.sharedContent >= 2);
  const hi = Math.max(alignment.coverA, alignment.coverB);
  const lo = Math.min(alignment.coverA, alignment.coverB);
  let relation: Relation;
  let confidence: number;
  // Each side naming someone or somewhere the other does not, and no name in common ("3 soldiers in Pakistan"
  // against "7 soldiers in Yemen"), reads as two events, not one told two ways: their differences are no
  // contradiction.
  const otherEvent = participants === 0 && alignment.unmatchedNames[0] > 0 && alignment.unmatchedNames[1] > 0;
  if (related && conflict >= m.conflict && !otherEvent) {
    relation = 'contradiction';
    confidence = clamp(0.5 + 0.2 * (conflict - m.conflict) + 0.3 * sim);
  } else if (sim >= m.agreement || (hi >= m.entailment && lo >= m.entailmentOther)) {
    relation = 'agreement';
    confidence = clamp(0.5 + (Math.max(sim, hi) - m.agreement) / (2 * (1 - m.agreement)));
  } else if (sameEvent && alignment.sharedContent > 0) {
    relation = 'partial';
    confidence = clamp(
      0.5 + (0.5 * Math.min(sim - m.partial, m.agreement - sim)) / ((m.agreement - m.partial) / 2),
    );
  } else {
    relation = 'unrelated';
    confidence = clamp(0.5 + (m.partial - sim) / (2 * m.partial));
  }
  const cues: Cue[] = [];
  if (relation !== 'unrelated') {
    for (let k = 0; k < RULES.length; k++) {
      const rule = RULES[k]!;
      const ruleCues = rule.conflict === 0 ? rule.test(ctx) : found[k];
      if (ruleCues !== undefined) cues.push(...ruleCues);
    }
  }
  return {
    relation,
    similarity: clamp(sim),
    confidence,
    cues,
    alignment,
    conflict,
  };
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));
}
