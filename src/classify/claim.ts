/**
 * Conflicts between a claim and a text that covers it: the setting of textual entailment (RTE), where a short
 * hypothesis is checked against a longer passage. Between such a pair the similarity is low (most of the passage is
 * about something else), so the fitted model, which learned contradiction from SICK's pairs of equal length, calls
 * it unrelated or partial whatever the passage says. Here the claim side is the one whose content the other covers;
 * once the claim is covered as an entailed claim would be, a conflict within the aligned words refutes it:
 *
 * - `claim.negation`: the word a negator directly denies on one side (the first content word of its scope, the
 *   subject of a passive denial, the verb after a negative implicative such as "failed to") is aligned with a word
 *   the other side asserts;
 * - `claim.number`: the claim counts something the text counts too, and the text gives another number and never
 *   the claim's.
 *
 * Rules as data, as in ./rules.ts: a table of `{ id, kind, test }`, each cue with offsets into both texts.
 */
import type { Cue, CueKind } from '../schemas';
import { sameNumber, type NumberMention, type SentenceFeatures, type Token } from '../features/index';
import { ANCHOR, unitWeight, type PairAlignment, type TermWeight } from '../similarity/index';
import {
  APPROXIMATORS,
  CESSATION_VERBS,
  DENIAL_VERBS,
  FRAMING,
  NEGATIVE_IMPLICATIVES,
  NON_COUNT_NUMBERS,
  POSITIVE_IMPLICATIVES,
} from '../lexicon/cues-en';
import model from './model.json';

/**
 * Share of the claim's weighted content the text must cover for a conflict to refute the claim: judge()'s
 * `entailment` threshold (model.json, 0.8), the coverage from which a side counts as entailed. The rules here apply
 * to exactly the pairs that coverage would otherwise call an entailment; they are not fitted.
 */
export const CLAIM_COVERED: number = model.judge.entailment;

/**
 * Word-count ratio (shorter / longer, the `lenRatio` feature) up to which a pair is a claim and a text: the text at
 * least twice as long. Between sentences of like length, the setting the fitted model learned from SICK, the model
 * decides alone: on SICK train, the rules would overrule it on 46 pairs, of which 13 are contradictions and 31
 * neutral (SICK calls "a man is not riding a horse" neutral to "a man is riding a horse in the desert": other
 * scenes); the model is right on 31. Only 3 of the 46 are twice as long on one side. "Twice" is the usual sense of
 * "much longer", not a fitted value.
 */
export const CLAIM_LENGTH_RATIO = 0.5;

/** An aligned pair of terms, by index into the claim's and the text's terms. */
export interface ClaimLink {
  claim: number;
  text: number;
}

export interface ClaimContext {
  claim: SentenceFeatures;
  text: SentenceFeatures;
  /** Which of relate()'s arguments the claim is. */
  claimSide: 'a' | 'b';
  /** Aligned term pairs that name the same thing (the same word or name, or a WordNet match of ANCHOR or closer). */
  links: ClaimLink[];
}

export interface ClaimRule {
  /** Stable id, reported as `cue.rule`. */
  id: string;
  kind: CueKind;
  /** The cues; claimConflicts runs the rules only for a claim the text covers (CLAIM_COVERED). */
  test(ctx: ClaimContext): Cue[];
}

/** What a claim check found: the cues, and the claim's coverage. */
export interface ClaimConflict {
  cues: Cue[];
  cover: number;
}

function quote(text: string): string {
  return `'${text}'`;
}

function spanText(f: SentenceFeatures, span: readonly [number, number]): string {
  return f.sentence.text.slice(span[0] - f.sentence.start, span[1] - f.sentence.start);
}

/** A cue with one span in the claim and one in the text, placed on relate()'s sides. */
function cueOf(
  ctx: ClaimContext,
  kind: CueKind,
  rule: string,
  claimSpan: [number, number],
  textSpan: [number, number],
  detail: string,
): Cue {
  const [a, b] = ctx.claimSide === 'a' ? [claimSpan, textSpan] : [textSpan, claimSpan];
  return { kind, rule, a, b, detail } as Cue;
}

/** Forms of "be": before a denial verb they make it passive ("was rejected"). */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** What a negator denies: the term it bears on, and the words that deny it. */
interface Denial {
  /** Index into `terms`. */
  head: number;
  /** The denying words ("did not", "failed to", "rejected"). */
  span: [number, number];
  /** The denial verb's stem, when the denial is one ("reject"); a denial both sides state is no conflict. */
  verb?: string;
}

/** The first term of each token (a name's words are one term each), or -1. */
type TermsByToken = Int32Array;

function termsByToken(f: SentenceFeatures): TermsByToken {
  const at = new Int32Array(f.tokens.length).fill(-1);
  for (let i = f.terms.length - 1; i >= 0; i--) at[f.terms[i]!.token] = i;
  return at;
}

/**
 * The first content term after token `from`, past at most MAX_GAP function words and never past punctuation:
 * "did not have any plans" denies "plans"; in "had nothing to do with the July attacks" the negator bears on a whole
 * phrase, and 'July' is not what it denies.
 */
function nextTerm(f: SentenceFeatures, at: TermsByToken, from: number): number | undefined {
  for (let k = from; k < Math.min(f.tokens.length, from + MAX_GAP + 1); k++) {
    if (f.tokens[k]!.kind === 'punct') return undefined;
    const i = at[k]!;
    if (i >= 0) return i;
  }
  return undefined;
}

/** Function words a negator may stand from the word it denies: an auxiliary, a determiner, a particle. */
const MAX_GAP = 3;

/** Words before which a denial word ("dispute", "rejection") is a noun: determiners and prepositions. */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'in', 'into', 'of', 'their', 'its', 'his', 'her', 'our']);

/** Words after a refusal verb that start its object ("declined the award"): the refusal then denies the object. */
const DETERMINERS = new Set(['the', 'a', 'an', 'both', 'any', 'his', 'her', 'its', 'their', 'this', 'that']);

/**
 * The term a denial bears on, looking through positive implicatives ("not able to feed" denies "feed"). Undefined
 * when the first content word is a name, a title or a verb of saying ("would not say"): a negator denies a predicate,
 * and what is denied of a name, or of what someone said, is not the claim itself.
 */
function denied(f: SentenceFeatures, at: TermsByToken, first: number | undefined): number | undefined {
  if (first === undefined) return undefined;
  let i = first;
  let t = f.terms[i]!;
  if (POSITIVE_IMPLICATIVES.has(t.lemma) && f.tokens[t.token + 1]?.lower === 'to') {
    const next = nextTerm(f, at, t.token + 2);
    if (next === undefined) return undefined;
    i = next;
    t = f.terms[i]!;
  }
  const tok = f.tokens[t.token]!;
  // A capitalized word inside the sentence is a name or a month, not a predicate.
  const named = t.entity || t.title || (tok.cap && t.token > 0);
  return named || FRAMING.has(tok.lower) || FRAMING.has(t.lemma) ? undefined : i;
}

/** The denials of a sentence, computed once per SentenceFeatures object. */
const denialCache = new WeakMap<SentenceFeatures, Denial[]>();

function denialsOf(f: SentenceFeatures): Denial[] {
  let out = denialCache.get(f);
  if (out !== undefined) return out;
  out = [];
  const tokens = f.tokens;
  if (f.negations.length === 0 && !tokens.some((t) => NEGATIVE_IMPLICATIVES.has(t.lemma))) {
    denialCache.set(f, out);
    return out;
  }
  const at = termsByToken(f);
  for (const n of f.negations) {
    const tok = tokens[n.token]!;
    const verb = DENIAL_VERBS.has(tok.lower) ? tok.stem : undefined;
    const prev = tokens[n.token - 1];
    // "a dispute over", "in dispute": the noun names a quarrel and denies nothing.
    if (verb !== undefined && prev !== undefined && NOUN_BEFORE.has(prev.lower)) continue;
    if (verb !== undefined && prev !== undefined && BE.has(prev.lower)) {
      // Passive: "the amendment was rejected" denies its subject, the content word nearest before "was".
      let head: number | undefined;
      for (let k = n.token - 2; k >= 0 && head === undefined; k--) {
        if (tokens[k]!.kind === 'punct') break;
        if (at[k]! >= 0) head = at[k];
      }
      const i = denied(f, at, head);
      if (i !== undefined) out.push({ head: i, span: [prev.start, tok.end], verb });
      continue;
    }
    // Active: the first content word after the negator ("did not accept the offer" denies "accept").
    const i = denied(f, at, nextTerm(f, at, n.token + 1));
    if (i === undefined) continue;
    const aux =
      prev && /^(do|does|did|is|are|was|were|has|have|had|will|would|could|should|can)$/.test(prev.lower);
    const d: Denial = { head: i, span: [aux ? prev.start : tok.start, tok.end] };
    if (verb !== undefined) d.verb = verb;
    out.push(d);
  }
  for (let k = 0; k + 1 < tokens.length; k++) {
    const tok = tokens[k]!;
    if (!NEGATIVE_IMPLICATIVES.has(tok.lemma)) continue;
    const next = tokens[k + 1]!;
    // "failed to win" denies "win", the content word right after "to"; "declined the award" denies "award".
    let i: number | undefined;
    if (next.lower === 'to') i = denied(f, at, nextTerm(f, at, k + 2));
    else if (DETERMINERS.has(next.lower)) i = denied(f, at, nextTerm(f, at, k + 1));
    else continue;
    if (i !== undefined) out.push({ head: i, span: [tok.start, next.lower === 'to' ? next.end : tok.end] });
  }
  denialCache.set(f, out);
  return out;
}

/** Whether a term is asserted: not in a negator's scope, not denied, not what a verb of ceasing stops. */
function asserted(f: SentenceFeatures, i: number): boolean {
  const t = f.terms[i]!;
  if (t.negated || t.entity) return false;
  const prev = f.tokens[t.token - 1];
  if (prev !== undefined && CESSATION_VERBS.has(prev.lemma)) return false;
  return !denialsOf(f).some((d) => d.head === i);
}

const claimNegation: ClaimRule = {
  id: 'claim.negation',
  kind: 'negation',
  test(ctx) {
    for (const [side, neg, other] of [
      ['claim', ctx.claim, ctx.text],
      ['text', ctx.text, ctx.claim],
    ] as const) {
      for (const d of denialsOf(neg)) {
        // A denial both sides state ("denied" on each) is the same denial, told differently.
        if (d.verb !== undefined && other.tokens.some((t) => t.stem === d.verb)) continue;
        for (const l of ctx.links) {
          const [mine, theirs] = side === 'claim' ? [l.claim, l.text] : [l.text, l.claim];
          if (mine !== d.head || !asserted(other, theirs)) continue;
          const x = neg.terms[mine]!;
          const y = other.terms[theirs]!;
          const negSpan: [number, number] = [Math.min(d.span[0], x.span[0]), Math.max(d.span[1], x.span[1])];
          const [who, whom] = side === 'claim' ? ['the claim', 'the text'] : ['the text', 'the claim'];
          const detail = `negation: ${quote(spanText(neg, d.span))} in ${who} denies ${quote(spanText(neg, x.span))}, which ${whom} asserts (${quote(spanText(other, y.span))})`;
          return side === 'claim'
            ? [cueOf(ctx, 'negation', this.id, negSpan, y.span, detail)]
            : [cueOf(ctx, 'negation', this.id, y.span, negSpan, detail)];
        }
      }
    }
    return [];
  },
};

/** Whether a number is a bound or an estimate: the word or two words before it are an approximator. */
function bounded(f: SentenceFeatures, n: NumberMention): boolean {
  const k = f.tokens.findIndex((t) => t.start === n.span[0]);
  const p1 = f.tokens[k - 1]?.lower;
  const p2 = f.tokens[k - 2]?.lower;
  return (
    k > 0 &&
    ((p1 !== undefined && APPROXIMATORS.has(p1)) || (p2 !== undefined && APPROXIMATORS.has(`${p2} ${p1}`)))
  );
}

/** A number that counts something: digits, or a number word that is a count (not "one", "first", "both"). */
function isCount(n: NumberMention): boolean {
  return n.unit !== '' && !NON_COUNT_NUMBERS.has(n.text.toLowerCase());
}

const claimNumber: ClaimRule = {
  id: 'claim.number',
  kind: 'number',
  test(ctx) {
    const { claim, text } = ctx;
    if (claim.numbers.length === 0 || text.numbers.length === 0) return [];
    for (const x of claim.numbers) {
      if (!isCount(x) || bounded(claim, x)) continue;
      // The text counts the same thing ("16 members" / "19 members")...
      const same = text.numbers.filter((y) => y.unit === x.unit && isCount(y));
      if (same.length === 0 || same.some((y) => bounded(text, y))) continue;
      // ...and never gives the claim's number, whatever it counts there ("three of the nurses").
      if (text.numbers.some((y) => sameNumber(x, y))) continue;
      const y = same[0]!;
      const detail = `numbers differ: the claim says ${quote(x.text)}, the text ${quote(y.text)}`;
      return [cueOf(ctx, 'number', this.id, x.span, y.span, detail)];
    }
    return [];
  },
};

/** The claim rules, in the order their cues appear. */
export const CLAIM_RULES: readonly ClaimRule[] = [claimNegation, claimNumber];

/**
 * Term pairs that name the same thing: the same word or name at the conflict rules' SAME_THING score (0.8, as in
 * ./rules.ts), or a WordNet synonym or derivation at ANCHOR (0.85), the aligner's "names the same thing".
 */
const SAME_THING = 0.8;

function sameThing(kind: string, score: number): boolean {
  return score >= (kind === 'lexical' ? ANCHOR : SAME_THING);
}

/**
 * The conflicts between the claim of a pair (the side the other covers more of) and the text, or null when the claim
 * is not covered enough (CLAIM_COVERED) or nothing conflicts.
 *
 * @example
 * claimConflicts(a, b, alignTerms(a, b, weight))?.cues[0]?.rule; // 'claim.negation'
 */
export function claimConflicts(
  a: SentenceFeatures,
  b: SentenceFeatures,
  alignment: PairAlignment,
  weight: TermWeight = unitWeight,
): ClaimConflict | null {
  const claimSide = alignment.coverB >= alignment.coverA ? 'b' : 'a';
  const [claim, text] = claimSide === 'b' ? [b, a] : [a, b];
  const covered = Math.max(alignment.coverA, alignment.coverB);
  // Only the claim's own words of denial can lift its coverage (see `withoutDenials`): without them, an uncovered
  // claim is done with.
  if (!(covered >= CLAIM_COVERED) && !claim.tokens.some(deniesByWord)) return null;
  const links: ClaimLink[] = [];
  for (const m of alignment.matches) {
    if (!sameThing(m.kind, m.score)) continue;
    links.push(claimSide === 'b' ? { claim: m.b, text: m.a } : { claim: m.a, text: m.b });
  }
  if (links.length === 0) return null;
  const cover = Math.min(1, withoutDenials(claim, claimSide, covered, links, weight));
  if (!(cover >= CLAIM_COVERED)) return null;
  const ctx: ClaimContext = { claim, text, claimSide, links };
  const cues: Cue[] = [];
  for (const rule of CLAIM_RULES) cues.push(...rule.test(ctx));
  return cues.length > 0 ? { cues, cover } : null;
}

/** A word that denies by its meaning, and is a content term: "rejected", "failed". */
function deniesByWord(t: Token): boolean {
  return DENIAL_VERBS.has(t.lower) || NEGATIVE_IMPLICATIVES.has(t.lemma);
}

/**
 * The claim's coverage `cover` with its unmatched words of denial ("rejected", "failed") left out: they carry the
 * conflict, and a text that refutes the claim does not contain them, so counting them would keep every such claim
 * below CLAIM_COVERED. Each distinct key once, with the weights the alignment used.
 */
function withoutDenials(
  claim: SentenceFeatures,
  side: 'a' | 'b',
  cover: number,
  links: readonly ClaimLink[],
  weight: TermWeight,
): number {
  let total = 0;
  let denial = 0;
  const seen: string[] = [];
  claim.terms.forEach((t, i) => {
    if (seen.includes(t.key)) return;
    seen.push(t.key);
    const w = weight(t, side);
    total += w;
    if (deniesByWord(claim.tokens[t.token]!) && !links.some((l) => l.claim === i)) denial += w;
  });
  return denial > 0 && total > denial ? (cover * total) / (total - denial) : cover;
}
