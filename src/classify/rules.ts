/**
 * The cue rules, as a table. Each rule looks at two sentences' features and their word alignment and returns the
 * cues it finds, each with offsets into both texts. `conflict` is the rule's weight towards a contradiction;
 * rules with weight 0 only explain (hedges, attribution, shared entities, overlap).
 */
import type { Cue, CueKind } from '../schemas';
import { sameNumber, type PhraseMention, type SentenceFeatures, type Term } from '../features/index';
import type { PairAlignment, TermMatch, TermsScope, TermWeight } from '../similarity/index';
import { sameNameOf } from '../similarity/index';
import { antonymData, areAntonyms, getLexicon, type Lexicon } from '../lexicon/wordnet';
import { MAX_POSTING_TERMS, PackBuffer, takeAll, type Postings } from '../similarity/postings';
import { DENIAL_VERBS, HARM_STEMS, SEVERITY_HIGH, SEVERITY_LOW } from '../lexicon/cues-en';

export interface RuleContext {
  a: SentenceFeatures;
  b: SentenceFeatures;
  alignment: PairAlignment;
  /** The term weights the alignment used. */
  weight: TermWeight;
  /** Both sentences will be judged against several others (compare()): per-sentence indexes pay off at once. */
  index?: boolean;
  /** a and b meet in this pair only (relate(), similarity()): no per-sentence index pays off. */
  once?: boolean;
  /** Indexes shared by sentences whose terms read the same (see TermsScope). */
  scope?: TermsScope | undefined;
}

export interface CueRule {
  /** Stable id, reported as `cue.rule`. */
  id: string;
  kind: CueKind;
  /** Weight towards contradiction; the cues of one rule count once per pair. */
  conflict: number;
  test(ctx: RuleContext): Cue[];
}

/** Minimum term-match score for two terms to count as "the same thing" in conflict rules. */
const SAME_THING = 0.8;

function hasLemma(f: SentenceFeatures, lemma: string): boolean {
  return f.terms.some((t) => t.lemma === lemma);
}

function quote(text: string): string {
  return `'${text}'`;
}

function spanText(f: SentenceFeatures, span: readonly [number, number]): string {
  return f.sentence.text.slice(span[0] - f.sentence.start, span[1] - f.sentence.start);
}

/**
 * The negator whose scope holds `term`: the last negation mention before it, or for a denied term with none before
 * it, the first after it (a "not" that ends its clause denies back to the clause's start: "but the mosque was not").
 */
function negatorOf(f: SentenceFeatures, term: Term): PhraseMention | undefined {
  let found: PhraseMention | undefined;
  for (const n of f.negations) if (n.token < term.token) found = n;
  if (found === undefined && term.negated) found = f.negations.find((n) => n.token > term.token);
  return found;
}

/** Whether `term` is what a verb of denial right before it denies ("denied the report", "rejected the claims"). */
function deniedReport(f: SentenceFeatures, term: Term): boolean {
  const n = negatorOf(f, term);
  if (n === undefined || !DENIAL_VERBS.has(f.tokens[n.token]!.lower)) return false;
  for (let k = n.token + 1; k < term.token; k++) if (!f.tokens[k]!.stop) return false;
  return true;
}

/** Extends a negator to take in the auxiliary before it: "did" + "n't", "did not". */
function negationPhrase(f: SentenceFeatures, n: PhraseMention): [number, number] {
  const prev = f.tokens[n.token - 1];
  const aux =
    prev && /^(do|does|did|is|are|was|were|has|have|had|will|would|could|should|can)$/.test(prev.lower);
  return [aux ? prev.start : n.span[0], n.span[1]];
}

type Matches = PairAlignment['matches'];

/** Only the same word or name: a WordNet neighbour of another sense ('deal'/'hand') is no evidence of denial. */
function sameWord(m: Matches[number]): boolean {
  return m.score >= SAME_THING && m.kind !== 'lexical';
}

/**
 * Whether both sentences deny the same thing, and the term of `other` that `neg` denies stands before that denial
 * ("The minister did not approve the plan on Tuesday" / "On Tuesday, the minister did not approve the plan"; "No
 * one was hurt in the crash" / "In the crash, no one was hurt"): a scope runs from its negator to the end of the
 * clause, so a word put first falls outside it. Then the two differ in word order, not in what they deny. A word
 * after the other's denial, in another clause, is still denied by one and asserted by the other ("did not go to
 * Paris and Rome" / "did not go to Paris but went to Rome").
 */
function sharedDenial(
  matches: Matches,
  a: SentenceFeatures,
  b: SentenceFeatures,
  negIsA: boolean,
  negTerm: Term,
  otherTerm: Term,
): boolean {
  const [neg, other] = negIsA ? [a, b] : [b, a];
  const denier = negatorOf(neg, negTerm);
  if (denier === undefined) return false;
  for (const m of matches) {
    if (!sameWord(m)) continue;
    const p = negIsA ? a.terms[m.a]! : b.terms[m.b]!;
    const q = negIsA ? b.terms[m.b]! : a.terms[m.a]!;
    if (!p.negated || !q.negated || p.framing || q.framing || negatorOf(neg, p) !== denier) continue;
    const otherDenier = negatorOf(other, q);
    if (otherDenier !== undefined && otherTerm.token < otherDenier.token) return true;
  }
  return false;
}

const negationMismatch: CueRule = {
  id: 'negation.mismatch',
  kind: 'negation',
  conflict: 1,
  test({ a, b, alignment, weight }) {
    // The claim word one side denies and the other asserts; titles and framing words are not claims. When several
    // qualify, the rarest (highest weight) is the evidence shown.
    let best: { m: (typeof alignment.matches)[number]; w: number } | undefined;
    for (const m of alignment.matches) {
      if (!sameWord(m)) continue;
      const x = a.terms[m.a]!;
      const y = b.terms[m.b]!;
      if (x.negated === y.negated || x.title || y.title) continue;
      // A report, a statement or a claim is no claim of its own, unless a verb of denial takes it as its object:
      // "denied the report" against "confirmed the report".
      if ((x.framing || y.framing) && !deniedReport(x.negated ? a : b, x.negated ? x : y)) continue;
      if (
        x.negated
          ? sharedDenial(alignment.matches, a, b, true, x, y)
          : sharedDenial(alignment.matches, a, b, false, y, x)
      )
        continue;
      const w = weight(x, 'a') + weight(y, 'b');
      if (!best || w > best.w) best = { m, w };
    }
    if (!best) return [];
    const x = a.terms[best.m.a]!;
    const y = b.terms[best.m.b]!;
    const [neg, negTerm, other, otherTerm, side] = x.negated
      ? ([a, x, b, y, 'a'] as const)
      : ([b, y, a, x, 'b'] as const);
    const n = negatorOf(neg, negTerm);
    if (!n) return [];
    const phrase = negationPhrase(neg, n);
    // The whole denied clause, from the negator to the end of its scope: "did not have intensive contact with Mike
    // Waltz on Iran", so that a reader sees what is denied, not one word of it.
    // A clause-final "not" denies what comes before it, back to the clause's start: "the Koutoubia mosque".
    const back = n.token > negTerm.token;
    let first = n.token;
    while (back && first > 0 && neg.tokens[first - 1]!.negated) first--;
    let last = n.token;
    while (last + 1 < neg.tokens.length && neg.tokens[last + 1]!.negated) last++;
    const negSpan: [number, number] = back
      ? [neg.tokens[first]!.start, phrase[1]]
      : [phrase[0], Math.max(negTerm.span[1], neg.tokens[last]!.end)];
    const denied: [number, number] = back
      ? [negSpan[0], neg.tokens[Math.max(first, n.token - 1)]!.start]
      : [phrase[1], negSpan[1]];
    const what = spanText(neg, denied).trim() || spanText(neg, negTerm.span);
    const detail = `negation: ${quote(spanText(neg, phrase))} in ${side} denies ${quote(what)}, which ${side === 'a' ? 'b' : 'a'} asserts (${quote(spanText(other, otherTerm.span))})`;
    return [
      side === 'a'
        ? { kind: 'negation', rule: this.id, a: negSpan, b: otherTerm.span, detail }
        : { kind: 'negation', rule: this.id, a: otherTerm.span, b: negSpan, detail },
    ];
  },
};

const refutation: CueRule = {
  id: 'refutation.explicit',
  kind: 'refutation',
  // An explicit rebuttal targets the other account as a whole, not this sentence: alone it does not make a pair
  // contradictory, but it tips a pair that has another conflict cue.
  conflict: 0.5,
  test({ a, b }) {
    const cues: Cue[] = [];
    for (const r of b.refutations) {
      cues.push({ kind: 'refutation', rule: this.id, b: r.span, detail: `refutes: ${quote(r.text)}` });
    }
    for (const r of a.refutations) {
      cues.push({ kind: 'refutation', rule: this.id, a: r.span, detail: `refutes: ${quote(r.text)}` });
    }
    return cues.slice(0, 2);
  },
};

/** A cue that points at one span in each text: "label: 'x' / 'y'". */
function paired(
  kind: CueKind,
  rule: string,
  a: [number, number],
  b: [number, number],
  label: string,
  x: string,
  y: string,
): Cue {
  return { kind, rule, a, b, detail: `${label}: ${x} / ${y}` } as Cue;
}

/**
 * Each sentence's terms by lemma id and by antonym id, from the lexicon's antonymData, looked up once per sentence
 * and lexicon: the antonym rule then merges two sorted lists per pair instead of asking about every term pair.
 * Names and framing words are left out. Null under a lexicon without antonymData.
 */
interface AntonymIndex {
  /** Lemma ids, with the term holding each. */
  lemmas: Postings;
  /** Antonym ids, with the term whose antonym each is. */
  antonyms: Postings;
}

const lemmaBuffer = new PackBuffer();
const antonymBuffer = new PackBuffer();

const antonymIndexes = new WeakMap<SentenceFeatures, { lexicon: Lexicon; index: AntonymIndex | null }>();

/**
 * Pairs a sentence has been tested in; its index is built on the INDEX_AFTER-th (cheaper than the loop after), or
 * on the first when the context says the sentence will be judged against several others (`index`).
 */
const antonymUses = new WeakMap<SentenceFeatures, number>();
const INDEX_AFTER = 3;

function antonymIndex(f: SentenceFeatures, eager: boolean): AntonymIndex | null {
  const lexicon = getLexicon();
  const cached = antonymIndexes.get(f);
  if (cached !== undefined && cached.lexicon === lexicon) return cached.index;
  // Two sentences compared once (relate()) are cheaper to test term pair by term pair.
  const uses = (antonymUses.get(f) ?? 0) + 1;
  antonymUses.set(f, uses);
  if (uses < INDEX_AFTER && !eager) return null;
  let index: AntonymIndex | null = null;
  const lemmas = lemmaBuffer;
  const antonyms = antonymBuffer;
  lemmas.length = antonyms.length = 0; // a lexicon that threw midway may have left pairs behind
  let supported = f.terms.length <= MAX_POSTING_TERMS;
  f.terms.forEach((t, i) => {
    if (!supported || t.entity || t.framing) return;
    const d = antonymData(t.lemma);
    if (d === undefined) {
      supported = false;
      return;
    }
    for (const id of d.lemmaIds) lemmas.push(id, i);
    for (const id of d.antonyms) antonyms.push(id, i);
  });
  if (supported) {
    const [l, an] = takeAll([lemmas, antonyms]);
    index = { lemmas: l!, antonyms: an! };
  }
  antonymIndexes.set(f, { lexicon, index });
  return index;
}

/**
 * The first term pair (in a's term order, then b's) where some antonym of a's term is a base form of b's term and
 * `accept` holds; undefined if none.
 */
function firstOpposed(
  a: AntonymIndex,
  b: AntonymIndex,
  accept: (i: number, j: number) => boolean,
): [number, number] | undefined {
  let best: [number, number] | undefined;
  const { data: xd, at: xa, n: xn } = a.antonyms;
  const { data: yd, at: ya, n: yn } = b.lemmas;
  // Ids from `at`, the terms holding them from `at + n` (see Postings).
  for (let p = 0, q = 0; p < xn && q < yn;) {
    if (xd[xa + p]! < yd[ya + q]!) p++;
    else if (xd[xa + p]! > yd[ya + q]!) q++;
    else {
      const id = xd[xa + p]!;
      let q1 = q;
      for (; p < xn && xd[xa + p] === id; p++) {
        const i = xd[xa + xn + p]!;
        for (q1 = q; q1 < yn && yd[ya + q1] === id; q1++) {
          const j = yd[ya + yn + q1]!;
          if (best !== undefined && (i > best[0] || (i === best[0] && j >= best[1]))) continue;
          if (accept(i, j)) best = [i, j];
        }
      }
      q = q1;
    }
  }
  return best;
}

/**
 * Whether `sorted` (ascending, as AntonymData's antonyms are: up to a hundred for an adjective with many satellites)
 * holds one of `ids` (a word's one or two base forms): a binary search for each id.
 */
function sharesId(sorted: Int32Array, ids: Int32Array): boolean {
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = sorted[mid]!;
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid;
    }
  }
  return false;
}

/** b's lemma ids by term, looked up as the antonym rule needs them (one test at a time). */
const lemmaIdsOfB: (Int32Array | undefined)[] = [];
const NO_IDS = new Int32Array(0);

/** How near (in tokens) an antonym must be to a word matched on both sides for the two to say opposite things of it. */
const ANCHOR_REACH = 3;

/**
 * Whether a's term i and b's term j stand beside the same thing: another word that both sentences hold (the same
 * key or lemma, not a framing word) is within ANCHOR_REACH tokens of each ("a big wave" / "a small wave", "profits
 * rose" / "profits fell"). Antonyms apart from anything the sentences share ("the match took place in 1958" / "gave
 * the team the lead") oppose nothing. Symmetric: it reads both sentences' terms, not one side's best matches.
 */
function anchored(a: SentenceFeatures, b: SentenceFeatures, i: number, j: number): boolean {
  return nearShared(a, b, a.terms[i]!.token, b.terms[j]!.token, ANCHOR_REACH);
}

/**
 * Whether a word both sentences hold (the same key or lemma; not a framing word, not part of a date or number, and
 * not the words at x and y themselves) is within `reach` tokens of token x of a and of token y of b.
 */
function nearShared(a: SentenceFeatures, b: SentenceFeatures, x: number, y: number, reach: number): boolean {
  for (const u of a.terms) {
    if (u.token === x || u.framing || Math.abs(u.token - x) > reach || inFigure(a, u)) continue;
    for (const v of b.terms) {
      if (v.token === y || v.framing || Math.abs(v.token - y) > reach || inFigure(b, v)) continue;
      if (u.key === v.key || u.lemma === v.lemma) return true;
    }
  }
  return false;
}

/** Whether a term is part of a date or a number ("December" of "December 2012"): such words date, not anchor. */
function inFigure(f: SentenceFeatures, t: Term): boolean {
  const at = t.span[0];
  for (const d of f.dates) if (d.span[0] <= at && at < d.span[1]) return true;
  for (const n of f.numbers) if (n.span[0] <= at && at < n.span[1]) return true;
  return false;
}

/** The index of the token that starts at `offset` (or the last one before it). */
function tokenAt(f: SentenceFeatures, offset: number): number {
  let lo = 0;
  let hi = f.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (f.tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * How near a shared word must be to two dates for them to date the same thing: wider than for antonyms, since a
 * date often opens the sentence a few words before its verb ("On Thursday, Trump named ...").
 */
const DATE_REACH = 5;

const antonym: CueRule = {
  id: 'antonym.wordnet',
  kind: 'antonym',
  conflict: 1,
  test({ a, b, index, once, scope }) {
    const comparable = (x: Term, y: Term) =>
      !y.entity && !y.framing && x.negated === y.negated && x.lemma !== y.lemma;
    // Both words on both sides ("won and lost" against itself) is no conflict.
    const oneSided = (x: Term, y: Term) => !hasLemma(b, x.lemma) && !hasLemma(a, y.lemma);
    let found: [number, number] | undefined;
    // The index holds term indexes and lemmas only: the first sentence that reads the same (TermsScope) serves.
    const ia = once === true ? null : antonymIndex(scope?.canonical(a) ?? a, index === true);
    const ib = once === true ? null : antonymIndex(scope?.canonical(b) ?? b, index === true);
    if (ia !== null && ib !== null) {
      found = firstOpposed(ia, ib, (i, j) => {
        const x = a.terms[i]!;
        const y = b.terms[j]!;
        return comparable(x, y) && oneSided(x, y) && anchored(a, b, i, j);
      });
    } else {
      // With antonymData (see its contract), a word without antonyms is skipped and the others are tested as ids,
      // each term of b looked up once; else the lexicon is asked term pair by term pair.
      lemmaIdsOfB.length = 0;
      search: for (let i = 0; i < a.terms.length; i++) {
        const x = a.terms[i]!;
        if (x.entity || x.framing) continue;
        const dx = antonymData(x.lemma);
        if (dx !== undefined && dx.antonyms.length === 0) continue;
        for (let j = 0; j < b.terms.length; j++) {
          const y = b.terms[j]!;
          if (!comparable(x, y)) continue;
          let opposed: boolean;
          if (dx === undefined) opposed = areAntonyms(x.lemma, y.lemma);
          else {
            let ids = lemmaIdsOfB[j];
            if (ids === undefined) ids = lemmaIdsOfB[j] = antonymData(y.lemma)?.lemmaIds ?? NO_IDS;
            opposed = sharesId(dx.antonyms, ids);
          }
          if (opposed && oneSided(x, y) && anchored(a, b, i, j)) {
            found = [i, j];
            break search;
          }
        }
      }
      lemmaIdsOfB.length = 0;
    }
    if (found === undefined) return [];
    const x = a.terms[found[0]]!;
    const y = b.terms[found[1]]!;
    return [
      paired(
        'antonym',
        this.id,
        x.span,
        y.span,
        'antonyms',
        quote(spanText(a, x.span)),
        quote(spanText(b, y.span)),
      ),
    ];
  },
};

const numberMismatch: CueRule = {
  id: 'number.mismatch',
  kind: 'number',
  conflict: 1,
  test({ a, b }) {
    for (const x of a.numbers) {
      if (!x.unit) continue;
      const same = b.numbers.filter((y) => y.unit === x.unit);
      if (same.length === 0 || same.some((y) => sameNumber(x, y))) continue;
      // Counts of one thing that the two sides share are no conflict, whichever goes with which: "five years to make
      // the film and three years to write it" against "back after five years".
      const ours = a.numbers.filter((z) => z.unit === x.unit);
      if (ours.some((z) => same.some((y) => sameNumber(z, y)))) continue;
      const y = same[0]!;
      return [paired('number', this.id, x.span, y.span, 'numbers differ', quote(x.text), quote(y.text))];
    }
    return [];
  },
};

const dateMismatch: CueRule = {
  id: 'date.mismatch',
  kind: 'date',
  conflict: 1,
  test({ a, b }) {
    for (const part of ['year', 'month', 'day', 'weekday'] as const) {
      const xs = a.dates.filter((d) => d.part === part);
      const ys = b.dates.filter((d) => d.part === part);
      if (xs.length === 0 || ys.length === 0) continue;
      if (xs.some((x) => ys.some((y) => y.value === x.value))) continue;
      // Two dates conflict when they date the same thing: a word both sentences hold is near each ("met Waltz in
      // February" / "met Waltz in March"), not when a life or a history names its years ("selected for preservation
      // in 2018" / "the registry began in 1988").
      for (const x of xs) {
        const tx = tokenAt(a, x.span[0]);
        for (const y of ys) {
          if (!nearShared(a, b, tx, tokenAt(b, y.span[0]), DATE_REACH)) continue;
          return [paired('date', this.id, x.span, y.span, 'dates differ', quote(x.text), quote(y.text))];
        }
      }
    }
    return [];
  },
};

const quantityMismatch: CueRule = {
  id: 'quantity.scale',
  kind: 'quantity',
  // "one phone conversation" against "intensive contact": a weak cue, since the scale words may modify different
  // things; it needs another cue to make a contradiction.
  conflict: 0.4,
  test({ a, b }) {
    for (const x of a.quantities) {
      if (b.quantities.some((y) => y.level === x.level)) continue;
      for (const y of b.quantities) {
        if (x.level === y.level || a.quantities.some((z) => z.level === y.level)) continue;
        const [qx, qy] = [`${quote(x.text)} (${x.level})`, `${quote(y.text)} (${y.level})`];
        return [paired('quantity', this.id, x.span, y.span, 'quantities differ', qx, qy)];
      }
    }
    return [];
  },
};

/** How far from the harm word its severity word may stand: "minor injuries", "was not seriously hurt". */
const SEVERITY_REACH = 2;

/** A severity word and the harm it qualifies, by level and kind of harm. */
interface Severity {
  level: 'low' | 'high';
  harm: 'hurt' | 'damage';
  span: [number, number];
  text: string;
}

/** severities() per sentence: a sentence of a long account is judged against several others. */
const severityCache = new WeakMap<SentenceFeatures, Severity[]>();

/** The severity words of a sentence that qualify a harm within SEVERITY_REACH tokens, not across a clause mark. */
function severities(f: SentenceFeatures): Severity[] {
  let out = severityCache.get(f);
  if (out === undefined) severityCache.set(f, (out = findSeverities(f)));
  return out;
}

function findSeverities(f: SentenceFeatures): Severity[] {
  const out: Severity[] = [];
  const tokens = f.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const level = SEVERITY_LOW.has(t.lower) ? 'low' : SEVERITY_HIGH.has(t.lower) ? 'high' : undefined;
    // A denied severity ("not seriously hurt") says nothing of the level.
    if (level === undefined || t.negated) continue;
    for (const step of [1, -1]) {
      let harm: 'hurt' | 'damage' | undefined;
      for (let d = 1; d <= SEVERITY_REACH && harm === undefined; d++) {
        const u = tokens[i + step * d];
        if (u === undefined || u.kind === 'punct') break;
        harm = HARM_STEMS.get(u.stem);
      }
      if (harm !== undefined) {
        out.push({ level, harm, span: [t.start, t.end], text: t.text });
        break;
      }
    }
  }
  return out;
}

const severityMismatch: CueRule = {
  id: 'quantity.severity',
  kind: 'quantity',
  // "minor injuries" against "badly hurt", of the same kind of harm, each level on one side only.
  conflict: 1,
  test({ a, b }) {
    const sa = severities(a);
    if (sa.length === 0) return [];
    const sb = severities(b);
    for (const x of sa) {
      for (const y of sb) {
        if (x.harm !== y.harm || x.level === y.level) continue;
        if (sb.some((z) => z.harm === x.harm && z.level === x.level)) continue;
        if (sa.some((z) => z.harm === y.harm && z.level === y.level)) continue;
        const [qx, qy] = [`${quote(x.text)} (${x.level})`, `${quote(y.text)} (${y.level})`];
        return [paired('quantity', this.id, x.span, y.span, 'severity differs', qx, qy)];
      }
    }
    return [];
  },
};

/** One explanatory cue per mention on either side, labelled with the mention's words. */
function mentionCues(
  kind: 'hedge' | 'attribution',
  rule: string,
  a: readonly PhraseMention[],
  b: readonly PhraseMention[],
): Cue[] {
  return [
    ...a.map((m): Cue => ({ kind, rule, a: m.span, detail: `${kind}: ${quote(m.text)}` })),
    ...b.map((m): Cue => ({ kind, rule, b: m.span, detail: `${kind}: ${quote(m.text)}` })),
  ];
}

const hedge: CueRule = {
  id: 'hedge.marker',
  kind: 'hedge',
  conflict: 0,
  test({ a, b }) {
    return mentionCues('hedge', this.id, a.hedges, b.hedges);
  },
};

const attribution: CueRule = {
  id: 'attribution.verb',
  kind: 'attribution',
  conflict: 0,
  test({ a, b }) {
    return mentionCues('attribution', this.id, a.attributions, b.attributions);
  },
};

/** One cue per distinct matched term that `keep` accepts, pointing at the word in both texts. */
function matchCues(
  { a, b, alignment }: RuleContext,
  kind: 'entity' | 'overlap',
  rule: string,
  keep: (x: Term, y: Term) => boolean,
  label: (kind: TermMatch['kind']) => string,
): Cue[] {
  const cues: Cue[] = [];
  const seen = new Set<string>();
  const matches = alignment.matches;
  const sameName = kind === 'entity' ? sameNameOf(a, b, matches) : undefined;
  for (const m of matches) {
    const x = a.terms[m.a]!;
    const y = b.terms[m.b]!;
    if (!keep(x, y) || seen.has(x.key)) continue;
    // A word that two different names share ("United States", "United Nations") names no one in common.
    if (sameName !== undefined && !sameName(m.a, m.b)) continue;
    seen.add(x.key);
    cues.push(
      paired(
        kind,
        rule,
        x.span,
        y.span,
        label(m.kind),
        quote(spanText(a, x.span)),
        quote(spanText(b, y.span)),
      ),
    );
  }
  return cues;
}

const sharedEntities: CueRule = {
  id: 'entity.shared',
  kind: 'entity',
  conflict: 0,
  test(ctx) {
    return matchCues(
      ctx,
      'entity',
      this.id,
      (x, y) => x.entity && y.entity,
      () => 'same entity',
    );
  },
};

const overlap: CueRule = {
  id: 'overlap.words',
  kind: 'overlap',
  conflict: 0,
  test(ctx) {
    const how = (k: TermMatch['kind']) =>
      k === 'exact' ? 'same word' : k === 'lexical' ? 'related word' : 'similar spelling';
    return matchCues(ctx, 'overlap', this.id, (x, y) => !x.entity && !y.entity, how);
  },
};

/** Every rule, conflict rules first. Order is the order cues appear in a result. */
export const RULES: readonly CueRule[] = [
  negationMismatch,
  refutation,
  antonym,
  numberMismatch,
  dateMismatch,
  quantityMismatch,
  severityMismatch,
  hedge,
  attribution,
  sharedEntities,
  overlap,
];
