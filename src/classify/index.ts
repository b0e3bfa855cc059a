/**
 * link -> relation + cues. The cue rules (rules.ts) find evidence; the decision below weighs it against the
 * similarity from the word alignment, with thresholds from model.json.
 */
import type { Cue, Relation, RelationResult } from '../schemas';
import { CASUALTY_UNITS, type SentenceFeatures, type Term } from '../features/index';
import {
  addMatches,
  alignTerms,
  unitWeight,
  type AlignTermsOptions,
  type PairAlignment,
  type TermsScope,
  type TermWeight,
} from '../similarity/index';
import model from './model.json';
import { RULES } from './rules';

import type { RuleContext } from './rules';
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
  /** Summed weight of the conflict rules that fired (0 when the pair could only be unrelated: none is run). */
  conflict: number;
  /**
   * Set when judge() was asked not to explain (`explain: false`): what `explained()` needs to add the cues of the
   * explanatory rules. `cues` holds the conflict rules' cues until then.
   */
  unexplained?: { ctx: RuleContext; found: readonly (Cue[] | undefined)[] };
}

export interface JudgeOptions {
  /** Build both sentences' term postings now (default), for sentences that will be judged against several others. */
  index?: boolean;
  /**
   * With `index: false`: the two sentences meet in this pair only (sentences read together for a merge), so nothing
   * is kept for them past a few recent pairs (see alignTerms).
   */
  once?: boolean;
  /**
   * Run the explanatory rules (default). compare() judges many pairs and links few: it defers them with `false`
   * and calls `explained()` on the judgments it keeps.
   */
  explain?: boolean;
  /** Share per-sentence indexes between sentences whose terms read the same (compare(): see TermsScope). */
  scope?: TermsScope;
  /**
   * List the term matches of a pair that no rule is run for, which can only be unrelated (default). compare() says
   * `false`: it drops those pairs' matches anyway.
   */
  matches?: boolean;
}

/** A content word that can stand for a claim's predicate or object: not a name, title, framing word or number. */
function substitutable(t: Term): boolean {
  return !t.entity && !t.title && !t.framing && !/^\d/.test(t.key);
}

/**
 * Whether each sentence has a content word the other does not match, standing in the same frame: the terms on both
 * sides of it are matched to each other ("The company [raised] its forecast" / "The company [kept] its forecast"),
 * or it ends both sentences. Names are left to the name rules, numbers to the number rules.
 */
function substitutes(a: SentenceFeatures, b: SentenceFeatures, alignment: PairAlignment): boolean {
  const ta = a.terms;
  const tb = b.terms;
  const toB = new Int32Array(ta.length).fill(-1);
  const hitB = new Uint8Array(tb.length);
  for (const m of alignment.matches) {
    toB[m.a] = m.b;
    hitB[m.b] = 1;
  }
  for (let i = 0; i < ta.length; i++) {
    if (toB[i]! >= 0 || !substitutable(ta[i]!)) continue;
    for (let j = 0; j < tb.length; j++) {
      if (hitB[j] === 1 || !substitutable(tb[j]!)) continue;
      const before = i > 0 && j > 0 && toB[i - 1] === j - 1;
      const after = i + 1 < ta.length && j + 1 < tb.length && toB[i + 1] === j + 1;
      const lastBoth = i + 1 === ta.length && j + 1 === tb.length;
      if (before && (after || lastBoth)) return true;
      if (after && i === 0 && j === 0) return true;
    }
  }
  return false;
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
  options: JudgeOptions = {},
): Judgment {
  const w = weight ?? unitWeight;
  // judge() serves compare(), which aligns each sentence with several others: index every sentence at once,
  // unless the caller says the pair is a one-off (sentences read together for a merge).
  const index = options.index ?? true;
  const once = options.once === true && !index;
  const scope = once ? undefined : options.scope;
  const lean = options.matches === false;
  // One object shape whatever the options (undefined where one is not given).
  const alignOptions: AlignTermsOptions = { index, once, scope, matches: !lean };
  const alignment = alignTerms(a, b, w, alignOptions);
  const ctx: RuleContext = { a, b, alignment, weight: w, index, once, scope };
  const sim = alignment.score;
  // "About the same event": similar enough, or sharing two participants and, for a conflict, the cue's anchor.
  // Participants alone are never enough for a partial match (the same two people can meet twice): it needs a
  // shared event, predicate or date word too.
  // Participants are names, not name words: "Marek Nowak" is one.
  const participants = alignment.sharedNames;
  // Both sides counting the dead or the hurt tell of one event if they share two words besides, however little else
  // they share: "killing 820 and injuring 672, the interior ministry said" against "the interior ministry said 1,037
  // had died and 1,204 were injured". Whether the counts conflict is the number rule's to say.
  const related =
    sim >= m.related || participants >= 2 || (alignment.sharedContent >= 2 && countCasualties(a, b));
  const sameEvent = sim >= m.partial || (participants >= 2 && alignment.sharedContent >= 2);
  const hi = Math.max(alignment.coverA, alignment.coverB);
  const lo = Math.min(alignment.coverA, alignment.coverB);
  const agrees = sim >= m.agreement || (hi >= m.entailment && lo >= m.entailmentOther);
  // One content word in common and no participant ("He resigned in March" against "Lopez resigned after a vote";
  // "the minister wanted a different policy" against "the minister had a phone call") is no shared claim: different
  // people do the same things, and one person does many. A conflict needs only a shared anchor (below).
  const partial =
    sameEvent &&
    alignment.sharedContent > 0 &&
    (alignment.sharedContent >= 2 || participants >= 1 || sim >= m.agreement);
  // Each side naming someone or somewhere the other does not, and no name in common ("3 soldiers in Pakistan"
  // against "7 soldiers in Yemen"), reads as two events, not one told two ways: their differences are no
  // contradiction.
  const otherEvent = participants === 0 && alignment.unmatchedNames[0] > 0 && alignment.unmatchedNames[1] > 0;
  // The conflict rules decide contradictions; the explanatory ones (conflict 0) only add cues. An unrelated pair
  // keeps no cue, so for a pair that can be nothing else (most pairs judged in a long text) no rule runs.
  const found: (Cue[] | undefined)[] = [];
  let conflict = 0;
  if ((related && !otherEvent) || agrees || partial) {
    if (lean) addMatches(alignment, a, b, alignOptions);
    for (let k = 0; k < RULES.length; k++) {
      const rule = RULES[k]!;
      if (rule.conflict === 0) continue;
      const cues = rule.test(ctx);
      if (cues.length === 0) continue;
      conflict += rule.conflict;
      found[k] = cues;
    }
  }
  let relation: Relation;
  let confidence: number;
  // One word put for another in the same frame ("raised its forecast" / "kept its forecast") is a different claim
  // told in the same words, however similar the rest: at most a partial match.
  const agreesNow = agrees && !substitutes(a, b, alignment);
  if (related && conflict >= m.conflict && !otherEvent) {
    relation = 'contradiction';
    confidence = clamp(0.5 + 0.2 * (conflict - m.conflict) + 0.3 * sim);
  } else if (agreesNow) {
    relation = 'agreement';
    confidence = clamp(0.5 + (Math.max(sim, hi) - m.agreement) / (2 * (1 - m.agreement)));
  } else if (partial) {
    relation = 'partial';
    // A substitution in an otherwise agreeing pair is surely partial, the more so the more the rest agrees.
    confidence = agrees
      ? clamp(0.5 + (0.5 * (sim - m.partial)) / (1 - m.partial))
      : clamp(0.5 + (0.5 * Math.min(sim - m.partial, m.agreement - sim)) / ((m.agreement - m.partial) / 2));
  } else {
    relation = 'unrelated';
    confidence = clamp(0.5 + (m.partial - sim) / (2 * m.partial));
  }
  const explain = options.explain ?? true;
  const cues = relation === 'unrelated' ? [] : cuesOf(ctx, found, explain);
  const judgment: Judgment = {
    relation,
    similarity: clamp(sim),
    confidence,
    cues,
    alignment,
    conflict,
  };
  if (!explain && relation !== 'unrelated') judgment.unexplained = { ctx, found };
  return judgment;
}

/** Whether both sentences count the dead, or both the hurt. */
function countCasualties(a: SentenceFeatures, b: SentenceFeatures): boolean {
  return a.numbers.some((x) => CASUALTY_UNITS.has(x.unit) && b.numbers.some((y) => y.unit === x.unit));
}

/**
 * A judgment made with `explain: false`, with the explanatory rules' cues added in rule order, as judge() would
 * have returned it; any other judgment as it is.
 */
export function explained(j: Judgment): Judgment {
  if (j.unexplained === undefined) return j;
  const { unexplained: _, ...rest } = j;
  return { ...rest, cues: cuesOf(j.unexplained.ctx, j.unexplained.found, true) };
}

/** The cues of every rule in rule order: the conflict rules' as found, the explanatory ones' run now if `explain`. */
function cuesOf(ctx: RuleContext, found: readonly (Cue[] | undefined)[], explain: boolean): Cue[] {
  const cues: Cue[] = [];
  for (let k = 0; k < RULES.length; k++) {
    const rule = RULES[k]!;
    const ruleCues = rule.conflict !== 0 ? found[k] : explain ? rule.test(ctx) : undefined;
    if (ruleCues !== undefined) cues.push(...ruleCues);
  }
  return cues;
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));
}
