/**
 * The boundary rules: what decides whether a candidate (sentence-final punctuation followed by whitespace) ends a
 * sentence. They are an ordered table; the first rule whose `when` holds gives the verdict, and its `id` says why.
 * The scanner in `_scan.ts` only finds candidates and describes them; every decision is here.
 */
import type { StartKind } from './_chars';
import type { AbbreviationClass, Profile } from './languages';

/** The punctuation at the candidate: a stop, an unspaced ellipsis ("...", "…"), a spaced one (". . ."), or ! ?. */
export type Mark = 'stop' | 'ellipsis' | 'spaced-ellipsis' | 'strong';

/** What the word before the punctuation is. */
export type WordClass =
  | AbbreviationClass
  /** A single capital: a name's initial or the pronoun I. */
  | 'initial'
  /** Letters joined by periods that no list knows: "F.B.I", "J.D". */
  | 'initialism'
  /** A list marker ("1.", "a.") at the start of an item. */
  | 'marker'
  /** Anything else, including numbers and the empty word before a standalone mark. */
  | 'word';

/** Everything the rules may look at, gathered by the scanner for one candidate. */
export interface Candidate {
  mark: Mark;
  /** Number of dots of a spaced ellipsis; 0 otherwise. */
  dots: number;
  wordClass: WordClass;
  /** The word before the punctuation, lowercased, without enclosing quotes or brackets. */
  key: string;
  /** Whether the word is a number ("3." may be an ordinal). */
  numeric: boolean;
  /** Whether a closing quote follows the punctuation. */
  quoted: boolean;
  /** How the next word starts, after any opening quotes or brackets. */
  next: StartKind;
  /** The next word's leading letters, lowercased: "It's" -> "it". */
  nextKey: string;
  /** Dots of a spaced ellipsis standing right after a stop ("compounds. . . . The"); 0 if none. */
  ellipsisAfter: number;
  /** How the word after that ellipsis starts. */
  afterEllipsis: StartKind;
  /** Tokens of the sentence so far, this one included, and the first one's key. */
  segmentTokens: number;
  segmentFirstKey: string;
  profile: Profile;
  /** The token the candidate ends, for look-ahead. */
  token: number;
  lookahead: Lookahead;
}

/** Look-ahead past the candidate, done only when a rule asks for it. */
export interface Lookahead {
  /** Whether a capitalised attribution that closes with a verb of saying follows: `"Why?" Smith asked.` */
  attribution(c: Candidate): boolean;
}

/** One row of the table. */
export interface BoundaryRule {
  id: string;
  /** Whether the rule applies to the candidate. */
  when: (c: Candidate) => boolean;
  /** Its verdict: true when the candidate ends a sentence. */
  boundary: boolean;
}

const startsSentence = (k: StartKind): boolean => k === 'upper' || k === 'digit' || k === 'symbol';
const ambiguous = (c: Candidate): boolean =>
  c.wordClass === 'general' ||
  c.wordClass === 'date' ||
  c.wordClass === 'initialism' ||
  (c.wordClass === 'initial' && c.profile.initialsMayEnd);

/**
 * The boundary rules in the order they are tried. The last one always applies.
 *
 * @example
 * BOUNDARY_RULES.map((r) => r.id); // ['stop-before-ellipsis-and-capital', ..., 'sentence-start']
 */
export const BOUNDARY_RULES: readonly BoundaryRule[] = [
  {
    // MLA style: a stop, then an ellipsis that opens the next sentence ("compounds. . . . The practice").
    id: 'stop-before-ellipsis-and-capital',
    when: (c) => c.mark === 'stop' && c.ellipsisAfter === 3 && startsSentence(c.afterEllipsis),
    boundary: true,
  },
  { id: 'stop-before-ellipsis', when: (c) => c.mark === 'stop' && c.ellipsisAfter === 3, boundary: false },
  { id: 'end-of-text', when: (c) => c.next === 'end', boundary: true },
  // Sentences start with a capital; a lowercase word after the mark continues: `"Great." she said`, "Yahoo! in".
  { id: 'lowercase-continues', when: (c) => c.next === 'lower', boundary: false },
  // Dashes, commas and other marks do not start sentences: "and -- voila! -- you".
  { id: 'punctuation-continues', when: (c) => c.next === 'other', boundary: false },
  // Three spaced dots mark an omission inside a sentence; four end one (Chicago Manual of Style, 13.50-13.53).
  {
    id: 'spaced-ellipsis-inside',
    when: (c) => c.mark === 'spaced-ellipsis' && c.dots === 3,
    boundary: false,
  },
  { id: 'quote-attribution', when: (c) => c.quoted && c.lookahead.attribution(c), boundary: false },
  { id: 'strong-punctuation', when: (c) => c.mark === 'strong', boundary: true },
  { id: 'ellipsis-before-capital', when: (c) => c.mark !== 'stop', boundary: true },
  { id: 'list-marker', when: (c) => c.wordClass === 'marker', boundary: false },
  { id: 'title-before-name', when: (c) => c.wordClass === 'prefix', boundary: false },
  {
    // German and others write ordinals with a period: "am 3. Mai".
    id: 'ordinal-before-noun',
    when: (c) => c.numeric && c.key.length <= 2 && c.profile.ordinalFollowers.has(c.nextKey),
    boundary: false,
  },
  {
    id: 'abbreviation-before-number',
    when: (c) =>
      c.next === 'digit' &&
      (c.wordClass === 'number' ||
        c.wordClass === 'date' ||
        c.wordClass === 'general' ||
        c.wordClass === 'initial' ||
        c.wordClass === 'initialism'),
    boundary: false,
  },
  {
    id: 'time-before-zone-or-day',
    when: (c) => c.wordClass === 'time' && c.profile.timeFollowers.has(c.nextKey),
    boundary: false,
  },
  {
    // "At 5 a.m." alone is no sentence: a short fronted time phrase runs on into the clause after it.
    id: 'introductory-time-phrase',
    when: (c) =>
      c.wordClass === 'time' &&
      c.segmentTokens <= 4 &&
      c.profile.frontedPrepositions.has(c.segmentFirstKey) &&
      c.profile.starters?.has(c.nextKey) !== true,
    boundary: false,
  },
  { id: 'time-ends-sentence', when: (c) => c.wordClass === 'time', boundary: true },
  {
    id: 'abbreviation-before-starter',
    when: (c) => ambiguous(c) && c.profile.starters?.has(c.nextKey) === true,
    boundary: true,
  },
  { id: 'initial-before-name', when: (c) => c.wordClass === 'initial', boundary: false },
  { id: 'abbreviation-before-name', when: (c) => ambiguous(c), boundary: false },
  { id: 'sentence-start', when: () => true, boundary: true },
];

/**
 * Rules whose "no boundary" also holds across a single line break, as in text wrapped at a fixed width
 * ("Mr.\nSmith"). Any other "no boundary" before a capitalised next line gives way to the line break.
 */
export const JOINS_ACROSS_LINES: ReadonlySet<string> = new Set([
  'title-before-name',
  'initial-before-name',
  'abbreviation-before-number',
  'ordinal-before-noun',
  'time-before-zone-or-day',
  'introductory-time-phrase',
  'list-marker',
]);

/**
 * The first rule that applies to the candidate.
 *
 * @example
 * judge(candidate).id; // 'title-before-name' for the period of "Sen." before "Warren"
 */
export function judge(c: Candidate): BoundaryRule {
  for (const rule of BOUNDARY_RULES) if (rule.when(c)) return rule;
  /* c8 ignore next: the last rule always applies */
  return BOUNDARY_RULES[BOUNDARY_RULES.length - 1]!;
}
