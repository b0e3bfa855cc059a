/**
 * Sentence -> features: tokens with stems and lemmas, content terms, entities (with short forms and titles
 * resolved), numbers, dates, quantities, negation scope, hedges, attribution and refutation phrases.
 * Computed once per sentence; every later stage reads these and never re-tokenizes.
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import PorterStemmerDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import PorterStemmerEs from 'natural/lib/natural/stemmers/porter_stemmer_es.js';
import PorterStemmerFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import PorterStemmerIt from 'natural/lib/natural/stemmers/porter_stemmer_it.js';
import PorterStemmerNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
import PorterStemmerPt from 'natural/lib/natural/stemmers/porter_stemmer_pt.js';
import PorterStemmerRu from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import type { Sentence } from '../schemas';
import {
  ALIASES,
  ATTRIBUTION_VERBS,
  SPEECH_VERBS,
  DENIAL_VERBS,
  EVALUATIVE,
  FRAMING,
  HEDGES,
  MONTHS,
  MONTH_NAMES,
  NEGATIVE_IMPLICATIVES,
  NEGATORS,
  NICKNAMES,
  DEMONYMS,
  NON_DENYING_AFTER,
  UNCOMMITTED_REPORTS,
  MONEY_SUFFIX_SCALES,
  NUMBER_SCALES,
  SUFFIX_SCALES,
  SUFFIX_UNITS,
  NUMBER_WORDS,
  QUANTITY_HIGH,
  QUANTITY_LOW,
  REFUTATION_PHRASES,
  REFUTATION_WORDS,
  SPELLING_VARIANTS,
  STOPWORDS,
  TITLE_MODIFIERS,
  TITLES,
  WEEKDAYS,
} from '../lexicon/cues-en';
import type { LanguageCues } from '../lexicon/cues';
import { wordSet } from '../lexicon/_lists';
import { lemmas as wordnetLemmas, synsets } from '../lexicon/wordnet';
import { isEllipsis, tokenize, UNSPACED, type RawToken, type TokenKind } from './tokenize';

export { tokenize } from './tokenize';
export type { RawToken, TokenKind } from './tokenize';

/** A token with everything later stages compare. */
export interface Token extends RawToken {
  /** Lowercase form, with spelling variants folded ("advisor" -> "adviser") and "n't" -> "not". */
  lower: string;
  /** Porter stem of `lower`. */
  stem: string;
  /** WordNet base form, or `lower` when WordNet does not know the word. */
  lemma: string;
  /** A function word, number, or punctuation: not a content term. */
  stop: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Inside the scope of a negator or a verb of denial. */
  negated: boolean;
  /** Part of a named entity or title. */
  entity: boolean;
}

/** A content term: what the aligner matches across sentences. Entities are expanded to their name words. */
export interface Term {
  /** The matching key: a stem, or a name word for entities ("michael" for "Mike"). */
  key: string;
  /** WordNet lemma, used for synonym and antonym look-ups. */
  lemma: string;
  /** Offsets into the original text of the words that produced the term. */
  span: [number, number];
  entity: boolean;
  /** A title word ("Prime", "Minister", "PM"): it describes an entity rather than naming it. */
  title: boolean;
  /**
   * A verb of saying, a speech act or an evaluative word ("said", "congratulate", "important"): it frames a claim
   * or judges it, and is not part of it.
   */
  framing: boolean;
  /**
   * A name (or its title) in a source of attribution that opens the sentence or follows a quote ("Okafor said the
   * driver did not stop"; '"...," said Daniel Okafor'): who holds the claim, and perhaps no participant of the event
   * it tells, so it is not counted as a name the other account lacks. It weighs as any name: the speaker may be the
   * one the claim is about ("Macron said the meeting was productive").
   */
  source: boolean;
  negated: boolean;
  /** Token index in `tokens`. */
  token: number;
}

/** A name word (a person, place or body), not a title. */
export function isName(t: Term): boolean {
  return t.entity && !t.title;
}

export interface NumberMention {
  value: number;
  /**
   * The word after the number that says what is counted ("3 people" -> "peopl"), if any; "death" or "injur" for a
   * count of people killed or hurt however it is put ("killed 45 people", "45 deaths", "45 were killed").
   */
  unit: string;
  /** How the number is meant: as written, or as a bound or estimate ("at least 45", "under 10", "about 3,100"). */
  bound: NumberBound;
  span: [number, number];
  text: string;
}

export type NumberBound = 'exact' | 'min' | 'max' | 'about';

/** Words before a number that make it a bound or an estimate ("more than 3,000", "about 3,100"). */
const NUMBER_BOUNDS: ReadonlyMap<string, NumberBound> = new Map<string, NumberBound>([
  ['more than', 'min'],
  ['at least', 'min'],
  ['over', 'min'],
  ['above', 'min'],
  ['less than', 'max'],
  ['fewer than', 'max'],
  ['at most', 'max'],
  ['up to', 'max'],
  ['under', 'max'],
  ['below', 'max'],
  ['nearly', 'max'],
  ['almost', 'max'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['estimated', 'about'],
  ['an estimated', 'about'],
  ['circa', 'about'],
]);

function boundOf(tokens: readonly Token[], i: number): NumberBound {
  const p1 = tokens[i - 1]?.lower;
  const p2 = tokens[i - 2]?.lower;
  if (p1 === undefined) return 'exact';
  return (
    (p2 !== undefined ? NUMBER_BOUNDS.get(`${p2} ${p1}`) : undefined) ?? NUMBER_BOUNDS.get(p1) ?? 'exact'
  );
}

/** Words that make a count of people a count of the dead, or of the hurt. */
const DEATH_WORDS: ReadonlySet<string> = new Set([
  'killed',
  'killing',
  'died',
  'dead',
  'death',
  'deaths',
  'fatalities',
  'fatality',
  'perished',
  'drowned',
]);
const INJURY_WORDS: ReadonlySet<string> = new Set([
  'injured',
  'injuring',
  'wounded',
  'wounding',
  'hurt',
  'injuries',
  'injury',
]);
/** Stems of the words above, as a number's unit: "killed 3 and wounded 20" gives 3 the unit "wound" at first. */
const CASUALTY_STEMS: ReadonlySet<string> = new Set([
  'kill',
  'die',
  'dead',
  'death',
  'fatal',
  'perish',
  'injur',
  'wound',
  'hurt',
]);
/** What a count of people counts, as stems ("45 people", "12 civilians"). */
const PERSON_UNITS: ReadonlySet<string> = new Set([
  'peopl',
  'person',
  'civilian',
  'resid',
  'man',
  'men',
  'woman',
  'women',
  'child',
  'children',
  'soldier',
  'worker',
  'passeng',
  'student',
  'migrant',
  'patient',
  'villag',
  'protest',
  'offic',
  'victim',
  'pilgrim',
  'miner',
  'fan',
  'tourist',
  'troop',
  'firefight',
  'minor',
  'adult',
]);

/** Currency signs before an amount. */
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '£', '€', '¥']);
/** Digits with letters written onto them: "90m", "1.5bn", "20km" (see SUFFIX_SCALES, SUFFIX_UNITS). */
const SUFFIXED = /^(\d[\d,]*(?:\.\d+)?)([a-z]+)$/;
/** Words that put an amount after what it measures: "a contract worth $1.5 billion", "a fine of £5 million". */
const AMOUNT_OF: ReadonlySet<string> = new Set(['worth', 'of']);
/** Verbs before "at" that do the same: "a stake valued at $3 billion". */
const VALUED_AT: ReadonlySet<string> = new Set(['valued', 'estimated', 'priced', 'put']);

/**
 * What an amount with nothing after it measures, when the words before it say so: the content word before "worth",
 * "of" or "valued at" ("a contract worth $1.5 billion" counts contracts, as "a $2 billion contract" does; "the
 * stake was valued at $3 billion"), or ''.
 */
function unitBefore(tokens: readonly Token[], i: number): string {
  let k = i - 1;
  if (k >= 0 && CURRENCY_SIGNS.has(tokens[k]!.text)) k--;
  const link = tokens[k]?.lower;
  if (link === 'at' && VALUED_AT.has(tokens[k - 1]?.lower ?? '')) k--;
  else if (link === undefined || !AMOUNT_OF.has(link)) return '';
  // The nearest content word within three, function words passed over ("the stake was valued at").
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const what = tokens[j]!;
    if (what.kind !== 'word') return '';
    if (!what.stop) return what.stem;
  }
  return '';
}

/** The units casualtyUnit gives a count of the dead or of the hurt. */
export const CASUALTY_UNITS: ReadonlySet<string> = new Set(['death', 'injur']);

/**
 * The unit of a count of the dead or hurt, however it is put: "killed 45 people", "45 people were killed", "45
 * deaths", "45 dead", "killing 12" all count deaths. The nearest such word on either side decides, within the
 * number's own stretch of words: up to five tokens, and not past punctuation, another number or "and"/"but" ("40
 * passengers crashed, killing 12": the 40 are passengers). A count of something else keeps its unit.
 */
function casualtyUnit(tokens: readonly Token[], i: number, end: number, unit: string): string {
  if (unit !== '' && !PERSON_UNITS.has(unit) && !CASUALTY_STEMS.has(unit)) return unit;
  const kind = (k: number): string | null | undefined => {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word' || t.lower === 'and' || t.lower === 'but') return null;
    if (DEATH_WORDS.has(t.lower)) return 'death';
    if (INJURY_WORDS.has(t.lower)) return 'injur';
    return undefined;
  };
  let forward = true;
  let backward = true;
  for (let d = 1; d <= 5 && (forward || backward); d++) {
    if (forward) {
      const k = kind(end + d);
      if (k === null) forward = false;
      else if (k !== undefined) return k;
    }
    if (backward) {
      const k = kind(i - d);
      if (k === null) backward = false;
      else if (k !== undefined) return k;
    }
  }
  return unit;
}

/**
 * The unit of a score or tally ("beat Chelsea 3-1", "a 7–2 vote"): its value is 1000 times the first (higher) number
 * plus the second, so that "3-1" and "3-2" differ.
 */
export const SCORE = 'score';

/** Words that join the two numbers of a tally written out ("52 to 48", "3 a 1", "2 à 0", "3 zu 1"). */
const SCORE_LINKS: ReadonlySet<string> = new Set(['to', 'a', 'à', 'zu']);
/** Words before a number that make "N to M" a span, not a tally ("from 12 to 10", "between 9 and 5"). */
const SPAN_STARTS = wordSet('from between de entre von van da от');

/**
 * A score at token i ("3-1" as one token, or "3", a dash, "2", spaced alike on both sides; or "52 to 48"), with its
 * last token. Numbers up to 999, the higher first, as news writes a score or a tally ("lost 3-2", "a 7-2 vote",
 * "voted 52 to 48"): the lower first is as often a range ("aged 3-5"), which is left alone, and so is a fall from one
 * number to another ("from 12 to 10", "12 to 10 percent").
 */
function scoreAt(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
  const t = tokens[i]!;
  const first = t.text.charCodeAt(0);
  if (first < 48 || first > 57) return undefined; // not a digit: most tokens

  let pair = /^(\d{1,3})[-–](\d{1,3})$/.exec(t.text)?.slice(1, 3);
  let end = i;
  if (pair === undefined && t.kind === 'number' && /^\d{1,3}$/.test(t.text)) {
    const joiner = tokens[i + 1];
    const next = tokens[i + 2];
    if (joiner !== undefined && next !== undefined && /^\d{1,3}$/.test(next.text)) {
      let joined = false;
      if (/^[-–—]$/.test(joiner.text)) {
        const tight = t.end === joiner.start && joiner.end === next.start;
        const spaced = t.end < joiner.start && joiner.end < next.start;
        joined = tight || spaced;
      } else if (SCORE_LINKS.has(joiner.lower)) {
        const after = tokens[i + 3]?.lower ?? '';
        joined =
          Number(t.text) > Number(next.text) &&
          !SPAN_STARTS.has(tokens[i - 1]?.lower ?? '') &&
          after !== 'percent' &&
          after !== '%' &&
          after !== 'per';
      }
      if (joined) {
        pair = [t.text, next.text];
        end = i + 2;
      }
    }
  }
  if (pair === undefined) return undefined;
  const x = Number(pair[0]);
  const y = Number(pair[1]);
  return x >= y ? { value: 1000 * x + y, end } : undefined;
}

/**
 * The step at which a number is written: 0.1 billion for "2.4 billion", 1 for "14" or "fourteen". See sameNumber.
 */
function writtenStep(n: NumberMention): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(n.text);
  if (m === null) return 1;
  const mantissa = Number(`${m[1]!.replace(/,/g, '')}${m[2] === undefined ? '' : `.${m[2]}`}`);
  if (!(mantissa > 0) || !Number.isFinite(n.value)) return 1;
  return (n.value / mantissa) * 10 ** -(m[2]?.length ?? 0);
}

/**
 * Whether two numbers can state the same amount: equal, or the one written less precisely is the other rounded to
 * its precision and no further off than an estimate ("2.4 billion" and "2.42 billion": a headline rounds; "12" and
 * "14" differ, and so do "$2 billion" and "$1.5 billion", which a report would not round to one figure), or their
 * bounds and estimates overlap ("more than 3,000" and "about 3,100").
 *
 * @example
 * sameNumber(x, y); // true for "2.4 billion euros" and "2.42 billion euros"
 */
export function sameNumber(x: NumberMention, y: NumberMention): boolean {
  if (x.value === y.value) return true;
  if (x.unit === SCORE || y.unit === SCORE) return false;
  const step = Math.max(writtenStep(x), writtenStep(y));
  const gap = Math.abs(x.value - y.value);
  if (gap <= (step / 2) * (1 + 1e-9) && gap <= ESTIMATE * Math.max(Math.abs(x.value), Math.abs(y.value)))
    return true;
  // A bound or an estimate holds a range: "more than 3,000" and "about 3,100" can be one count, "at least 45" and
  // "38" cannot.
  const [xl, xh] = rangeOf(x, step);
  const [yl, yh] = rangeOf(y, step);
  return xl < yh && yl < xh;
}

/** An estimate is taken to hold within a tenth either way. */
const ESTIMATE = 0.1;

function rangeOf(n: NumberMention, step: number): [number, number] {
  const v = n.value;
  // Rounding to the written precision, within an estimate's width: "$2 billion" holds $1.9 billion, not $1.5 billion.
  const half = Math.min(step / 2, ESTIMATE * Math.abs(v));
  switch (n.bound) {
    case 'min':
      return [v - half, Infinity];
    case 'max':
      return [-Infinity, v + half];
    case 'about':
      return [Math.min(v - half, v * (1 - ESTIMATE)), Math.max(v + half, v * (1 + ESTIMATE))];
    default:
      return [v - half, v + half];
  }
}

export interface DateMention {
  /** 'month' | 'day' (of the month, beside its month's name) | 'weekday' | 'year' */
  part: 'month' | 'day' | 'weekday' | 'year';
  value: number;
  span: [number, number];
  text: string;
}

export interface PhraseMention {
  text: string;
  span: [number, number];
  /** Token index where the phrase starts. */
  token: number;
}

export interface QuantityMention extends PhraseMention {
  level: 'low' | 'high';
}

/** Everything the similarity and classification stages know about one sentence. */
export interface SentenceFeatures {
  sentence: Sentence;
  tokens: Token[];
  terms: Term[];
  numbers: NumberMention[];
  dates: DateMention[];
  quantities: QuantityMention[];
  negations: PhraseMention[];
  hedges: PhraseMention[];
  attributions: PhraseMention[];
  refutations: PhraseMention[];
  /** Character trigrams of the lowercased content words, for names and misspellings. */
  trigrams: Set<string>;
}

/** Title phrase -> the name words of whom it denotes, learned from "Title Name" mentions in one account. */
export type TitleMap = Map<string, string[]>;

/** What one sentence's features may draw on from the rest of its account. */
export interface FeatureContext {
  /** Titles learned so far in this account ("PM" -> Netanyahu); filled as sentences are read in order. */
  titles?: TitleMap;
  /** The other account's titles, used when this account never said whom a title stands for. */
  fallbackTitles?: TitleMap | undefined;
  /** Lowercase words the account capitalizes mid-sentence: a sentence-initial "Waltz" is then a name too. */
  names?: ReadonlySet<string>;
  /**
   * Whom "he" or "she" would stand for at this point of the account; read and updated as sentences are read in
   * order (see resolvePronoun). Without it, pronouns stay unresolved.
   */
  referent?: Referent;
  /**
   * The cue lists of the account's language (cuesFor(language)), or undefined for English, which has its own
   * lists, lemmas and WordNet.
   */
  cues?: LanguageCues | undefined;
}

/** The person an account is speaking of, as far as a subject pronoun can tell: see resolvePronoun. */
export interface Referent {
  /** Name words of the last sentence subject that was a name ("Thomas K. Arnold" -> thomas, k., arnold), if any. */
  names: string[] | undefined;
  /** The gender of the pronouns that have stood for it so far, once one has. */
  gender: 'm' | 'f' | undefined;
}

/** A run of capitalized words that names someone: its tokens and its name words (titles left out). */
interface NameRun {
  from: number;
  to: number;
  names: string[];
}

const stemCache = new Map<string, string>();
function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\p{L}+$/u.test(word) ? PorterStemmer.stem(word) : word;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

const lemmaCache = new Map<string, string>();
function lemma(word: string): string {
  let l = lemmaCache.get(word);
  if (l === undefined) {
    l = /^\p{L}[\p{L}'’-]*$/u.test(word) ? (wordnetLemmas(word)[0] ?? word) : word;
    if (lemmaCache.size > 200_000) lemmaCache.clear();
    lemmaCache.set(word, l);
  }
  return l;
}

function normalize(text: string): string {
  let lower = text.toLowerCase().replace(/’/g, "'");
  if (lower === "n't" || lower === 'cannot') lower = 'not';
  else if (lower === 'ca') lower = 'can';
  else if (lower === 'wo') lower = 'will';
  if (lower.endsWith('.') && lower.length > 2 && !ALIASES.has(lower)) lower = lower.replace(/\./g, '');
  return SPELLING_VARIANTS.get(lower) ?? lower;
}

const CLAUSE_END = new Set([
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '—',
  '–',
  '(',
  ')',
  '"',
  '“',
  '”',
  'but',
  'however',
  'although',
  // "has not commented on whether he plans to retire": the open question is neither asserted nor denied.
  'whether',
]);
/** Words that end the object of "without": prepositions other than "of", and words that open a clause. */
const OBJECT_END: ReadonlySet<string> = new Set([
  'about',
  'across',
  'after',
  'against',
  'along',
  'amid',
  'around',
  'as',
  'at',
  'because',
  'before',
  'behind',
  'below',
  'beside',
  'between',
  'beyond',
  'by',
  'despite',
  'during',
  'for',
  'from',
  'in',
  'inside',
  'into',
  'near',
  'on',
  'onto',
  'outside',
  'over',
  'since',
  'through',
  'throughout',
  'to',
  'toward',
  'towards',
  'under',
  'until',
  'upon',
  'when',
  'where',
  'which',
  'while',
  'who',
  'with',
  'within',
]);

/** Phrases by their first word, longest first, so that each token looks up only the phrases it can start. */
function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const words of phrases.map((p) => p.split(' ')).sort((x, y) => y.length - x.length)) {
    const list = map.get(words[0]!) ?? [];
    list.push(words);
    map.set(words[0]!, list);
  }
  return map;
}
const TITLE_PHRASES = byFirstWord(TITLES);
const NO_PHRASES: readonly (readonly string[])[] = [];
const REFUTATION_TOKENS = byFirstWord(REFUTATION_PHRASES);
const NON_DENYING: readonly (readonly string[])[] = NON_DENYING_AFTER.map((p) => p.split(' '));

function isCap(text: string): boolean {
  // ASCII letters without the Unicode regex: most words of English text.
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if ((c >= 97 && c <= 122) || c < 65) return false;
  return /^\p{Lu}/u.test(text);
}

/** Matches a multi-word phrase (lowercase words) at token `i`; returns its length in tokens, or 0. */
function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) {
    if (tokens[i + k]?.lower !== words[k]) return 0;
  }
  return words.length;
}

function titleAt(tokens: readonly Token[], i: number): number {
  for (const words of TITLE_PHRASES.get(tokens[i]?.lower ?? '') ?? NO_PHRASES) {
    const n = phraseAt(tokens, i, words);
    if (n > 0) return n;
  }
  return 0;
}

function span(tokens: readonly Token[], from: number, to: number): [number, number] {
  return [tokens[from]?.start ?? 0, tokens[to]?.end ?? 0];
}

/**
 * Computes the features of one sentence. `text` is the whole original text, so offsets stay global.
 * `titles` maps titles to names from the same account ("PM" -> Netanyahu), filled as sentences are read in order;
 * `fallbackTitles` holds the other account's, used when this account never named who a title stands for.
 *
 * @example
 * const f = extractFeatures({ index: 0, text: "He didn't go.", start: 0, end: 13 });
 * f.negations[0]?.text; // "n't"
 */
export function extractFeatures(sentence: Sentence, context: FeatureContext = {}): SentenceFeatures {
  return featuresOf(sentence, tokenize(sentence.text, sentence.start), context);
}

/** What a token's features take from its text alone; cached per text. */
interface WordInfo {
  /** The word as written, the cache's key: tokens share this string rather than each keeping its own copy. */
  text: string;
  lower: string;
  stem: string;
  lemma: string;
  stop: boolean;
  cap: boolean;
  /** Which cue lists hold the lowercase form (LEX_* bits), so that the loops below test bits, not sets. */
  flags: number;
}
const wordCache = new Map<string, WordInfo>();
const otherCache = new Map<string, WordInfo>();

const LEX_NEGATOR = 1 << 0;
const LEX_DENIAL = 1 << 1;
const LEX_CLAUSE_END = 1 << 2;
const LEX_HEDGE = 1 << 3;
const LEX_ATTRIBUTION = 1 << 4;
const LEX_REFUTATION_START = 1 << 5;
const LEX_REFUTATION = 1 << 6;
const LEX_QUANTITY_LOW = 1 << 7;
const LEX_QUANTITY_HIGH = 1 << 8;
const LEX_NUMBER_WORD = 1 << 9;
/** A month name as written ("may", "jan"). */
const LEX_MONTH = 1 << 10;
/** A month name once a final period is dropped ("jan."). */
const LEX_MONTH_DOT = 1 << 11;
const LEX_WEEKDAY = 1 << 12;
const LEX_ALIAS = 1 << 13;
/** A framing or evaluative word (by its form or its lemma): see Term.framing. */
const LEX_FRAMING = 1 << 14;

function lexFlags(lower: string, lemma: string): number {
  const bit = (has: boolean, flag: number) => (has ? flag : 0);
  return (
    bit(NEGATORS.has(lower), LEX_NEGATOR) |
    bit(DENIAL_VERBS.has(lower), LEX_DENIAL) |
    bit(CLAUSE_END.has(lower), LEX_CLAUSE_END) |
    bit(HEDGES.has(lower), LEX_HEDGE) |
    bit(ATTRIBUTION_VERBS.has(lower), LEX_ATTRIBUTION) |
    bit(REFUTATION_TOKENS.has(lower), LEX_REFUTATION_START) |
    bit(REFUTATION_WORDS.has(lower), LEX_REFUTATION) |
    bit(QUANTITY_LOW.has(lower), LEX_QUANTITY_LOW) |
    bit(QUANTITY_HIGH.has(lower), LEX_QUANTITY_HIGH) |
    bit(NUMBER_WORDS.has(lower), LEX_NUMBER_WORD) |
    bit(MONTHS.has(lower), LEX_MONTH) |
    bit(MONTHS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower), LEX_MONTH_DOT) |
    bit(WEEKDAYS.has(lower), LEX_WEEKDAY) |
    bit(ALIASES.has(lower), LEX_ALIAS) |
    bit(FRAMING.has(lower) || FRAMING.has(lemma) || EVALUATIVE.has(lower), LEX_FRAMING)
  );
}

/** Whether token i is a word in lower case that WordNet knows as a verb ("comment", "win"; not "5", "a", "Paris"). */
function isVerbAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && !t.cap && synsets(t.lemma, 'v').length > 0;
}

/**
 * The month an abbreviation written with its period names ("Feb." -> "february", "Sept." -> "september"), so that
 * "Feb. 3" and "February 3" share the word. "May." is left as written: a name ends a sentence ("Theresa May.") as often.
 */
function monthName(written: string): string | undefined {
  if (!written.endsWith('.')) return undefined;
  const base = written.slice(0, -1).toLowerCase();
  const month = MONTHS.get(base);
  return month === undefined || base === 'may' ? undefined : MONTH_NAMES[month - 1];
}

/** Forms of "appear" that hedge ("appeared to", "appears that") unless they tell where someone showed up. */
const APPEAR_FORMS = wordSet('appear appears appeared appearing');
/** Words after "appeared" that make it "showed up": "appeared in public", "appeared before the court". */
const SHOWED_UP_AFTER = wordSet('in on at before with alongside during outside inside publicly live onstage');

/** Whether token i is "appeared" in the sense of showing up ("has not appeared in public"), which hedges nothing. */
function showsUp(tokens: readonly Token[], i: number): boolean {
  return APPEAR_FORMS.has(tokens[i]!.lower) && SHOWED_UP_AFTER.has(tokens[i + 1]?.lower ?? '');
}

function wordInfo(text: string): WordInfo {
  let info = wordCache.get(text);
  if (info === undefined) {
    const lower = normalize(text);
    const word = monthName(text) ?? lower;
    const l = lemma(word);
    info = {
      text,
      lower,
      stem: stem(word),
      lemma: l,
      // Number words are compared by the number rules, not as content ("one official" is not about "one call").
      stop:
        STOPWORDS.has(lower) ||
        NEGATORS.has(lower) ||
        NUMBER_WORDS.has(lower) ||
        (lower.length < 2 && !UNSPACED.test(lower)),
      cap: isCap(text),
      flags: lexFlags(lower, l),
    };
    if (wordCache.size > 200_000) wordCache.clear();
    wordCache.set(text, info);
  }
  return info;
}

/** Snowball stemmers of the languages with cue lists, from natural. */
const STEMMERS: Readonly<Record<string, { stem(word: string): string }>> = {
  de: PorterStemmerDe,
  es: PorterStemmerEs,
  fr: PorterStemmerFr,
  it: PorterStemmerIt,
  nl: PorterStemmerNl,
  pt: PorterStemmerPt,
  ru: PorterStemmerRu,
};

const LEX_COMPANION = 1 << 15;
/** wordInfo caches of the other languages, by cue lists. */
const languageCaches = new Map<LanguageCues, Map<string, WordInfo>>();

/**
 * wordInfo for a word of a language with cue lists: that language's function words, negators, dates, numbers,
 * attribution and hedges, and its Snowball stem as both stem and lemma (WordNet is English). An elided article or
 * pronoun is dropped from the word ("l'armée" reads "armée"); an elided negator ("n'a") makes the word a negator.
 */
function wordInfoIn(text: string, cues: LanguageCues): WordInfo {
  let cache = languageCaches.get(cues);
  if (cache === undefined) languageCaches.set(cues, (cache = new Map()));
  let info = cache.get(text);
  if (info === undefined) {
    let lower = text.toLowerCase().replace(/’/g, "'");
    let negator = false;
    for (const e of cues.elidedNegators) {
      if (lower.startsWith(e) && lower.length > e.length) {
        lower = lower.slice(e.length);
        negator = true;
      }
    }
    for (const e of cues.elisions) {
      if (lower.startsWith(e) && lower.length > e.length) {
        lower = lower.slice(e.length);
        break;
      }
    }
    if (lower.endsWith('.') && lower.length > 2) lower = lower.replace(/\./g, '');
    const stemmer = STEMMERS[cues.language];
    const stemmed = stemmer && /^\p{L}+$/u.test(lower) ? stemmer.stem(lower) : lower;
    const bit = (has: boolean, flag: number) => (has ? flag : 0);
    const flags =
      bit(negator || cues.negators.has(lower), LEX_NEGATOR) |
      bit(cues.companions.has(lower), LEX_COMPANION) |
      bit(cues.clauseEnd.has(lower), LEX_CLAUSE_END) |
      bit(cues.hedges.has(lower), LEX_HEDGE) |
      bit(cues.attribution.has(lower), LEX_ATTRIBUTION) |
      bit(cues.numbers.has(lower), LEX_NUMBER_WORD) |
      bit(cues.months.has(lower), LEX_MONTH | LEX_MONTH_DOT) |
      bit(cues.weekdays.has(lower), LEX_WEEKDAY);
    info = {
      text,
      lower,
      stem: stemmed,
      lemma: stemmed,
      // Negators, their companions and number words are read by the rules, not as content.
      stop:
        (flags & (LEX_NEGATOR | LEX_COMPANION | LEX_NUMBER_WORD)) !== 0 ||
        cues.stopwords.has(lower) ||
        (lower.length < 2 && !UNSPACED.test(lower)),
      cap: isCap(text),
      flags,
    };
    if (cache.size > 200_000) cache.clear();
    cache.set(text, info);
  }
  return info;
}

/**
 * A token: its offsets and what this sentence says of it, with the word's own reading (`WordInfo`, one object per
 * distinct word) behind getters. A long account holds a million tokens; sharing the reading keeps each one small.
 */
class WordToken implements Token {
  negated = false;
  entity = false;
  constructor(
    private readonly info: WordInfo,
    readonly start: number,
    readonly end: number,
    readonly kind: TokenKind,
  ) {}
  get text(): string {
    return this.info.text;
  }
  get lower(): string {
    return this.info.lower;
  }
  get stem(): string {
    return this.info.stem;
  }
  get lemma(): string {
    return this.info.lemma;
  }
  get stop(): boolean {
    return this.info.stop;
  }
  get cap(): boolean {
    return this.info.cap;
  }
}

/** wordInfo for a number or punctuation token: no stem or lemma of its own, never content. */
function otherInfo(text: string): WordInfo {
  let info = otherCache.get(text);
  if (info === undefined) {
    // An ellipsis reads the same however it is written ("...", ". . .", "…").
    const lower = isEllipsis(text) ? '…' : normalize(text);
    info = {
      text,
      lower,
      stem: lower,
      lemma: lower,
      stop: true,
      cap: isCap(text),
      flags: lexFlags(lower, lower),
    };
    if (otherCache.size > 200_000) otherCache.clear();
    otherCache.set(text, info);
  }
  return info;
}

/**
 * The accessor of `trigrams`, one for every sentence: a getter written into each object literal would be a new
 * function each time, which puts every features object in V8's slow dictionary mode (and every later read of its
 * terms and tokens with it).
 */
const LAZY_TRIGRAMS: PropertyDescriptor = {
  get(this: SentenceFeatures): Set<string> {
    const value = trigramsOf(this.terms, this.tokens);
    Object.defineProperty(this, 'trigrams', { value, enumerable: true, writable: true, configurable: true });
    return value;
  },
  enumerable: true,
  configurable: true,
};

/** extractFeatures over the sentence's tokens (`tokenize(sentence.text, sentence.start)`). */
function featuresOf(sentence: Sentence, raw: readonly RawToken[], context: FeatureContext): SentenceFeatures {
  const titles = context.titles ?? new Map<string, string[]>();
  /** LEX_* bits per token. */
  const flags: number[] = [];
  const cues = context.cues;
  const tokens: Token[] = raw.map((t) => {
    const w = t.kind !== 'word' ? otherInfo(t.text) : cues ? wordInfoIn(t.text, cues) : wordInfo(t.text);
    flags.push(w.flags);
    return new WordToken(w, t.start, t.end, t.kind);
  });

  const negations: PhraseMention[] = [];
  const hedges: PhraseMention[] = [];
  const attributions: PhraseMention[] = [];
  const refutations: PhraseMention[] = [];
  const quantities: QuantityMention[] = [];
  const numbers: NumberMention[] = [];
  const dates: DateMention[] = [];

  // Negation scope: from the negator to the end of its clause (punctuation or a contrastive conjunction).
  // A simplification of the scope rules in the *SEM 2012 shared task; good enough to know what is denied.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "refused to resign", "failed to win": a negative implicative before "to" and a verb denies the verb
    // (NEGATIVE_IMPLICATIVES); "prices declined to 5 dollars" denies nothing.
    const implicative =
      cues === undefined &&
      tokens[i + 1]?.lower === 'to' &&
      NEGATIVE_IMPLICATIVES.has(t.lemma) &&
      isVerbAt(tokens, i + 2);
    if ((flags[i]! & (LEX_NEGATOR | LEX_DENIAL | LEX_COMPANION)) === 0 && !implicative) continue;
    if (cues !== undefined && !splitNegation(flags, i, cues)) continue;
    // "not only", "no longer", "isn't the first", "no secret" do not deny what follows (NON_DENYING_AFTER).
    if ((flags[i]! & LEX_NEGATOR) !== 0 && NON_DENYING.some((words) => phraseAt(tokens, i + 1, words) > 0))
      continue;
    // "No." with its period is "number" ("ranked No. 3"), not a denial.
    if (t.lower === 'no' && t.text.endsWith('.') && tokens[i + 1]?.kind === 'number') continue;
    negations.push({ text: t.text, span: [t.start, t.end], token: i });
    // "without" is a preposition: it denies its object, not the rest of the clause ("homes without power across
    // Wales on Saturday" says nothing against Wales or Saturday).
    const object = t.lower === 'without';
    // "would not confirm that a deal was close": the clause after a verb of UNCOMMITTED_REPORTS is not denied.
    let reported = false;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      if ((flags[j]! & LEX_CLAUSE_END) !== 0) break;
      const u = tokens[j]!;
      if (object && j > i + 1 && OBJECT_END.has(u.lower)) break;
      if (reported && (u.lower === 'that' || u.lower === 'if') && cues === undefined) break;
      if (UNCOMMITTED_REPORTS.has(u.lemma)) reported = true;
      u.negated = !u.negated;
    }
    // A "not" that ends its clause denies, of the clause's subject, what the clause before said ("The walls were
    // damaged, but the mosque was not"): its scope runs back to the clause's start, or to a verb of saying ("he said
    // he would not"). Not "or not" ("whether he wins or not"), which denies nothing.
    if (j === i + 1 && cues === undefined && t.lower === 'not' && tokens[i - 1]?.lower !== 'or') {
      for (let k = i - 1; k >= 0 && (flags[k]! & (LEX_CLAUSE_END | LEX_ATTRIBUTION)) === 0; k--) {
        tokens[k]!.negated = !tokens[k]!.negated;
      }
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = flags[i]!;
    if (f === 0) continue;
    if ((f & LEX_HEDGE) !== 0 && !(t.lower === 'may' && t.cap) && !showsUp(tokens, i)) {
      hedges.push({ text: t.text, span: [t.start, t.end], token: i });
    }
    if ((f & LEX_ATTRIBUTION) !== 0) {
      // "according to", or a verb of saying.
      if (t.lower !== 'according' || tokens[i + 1]?.lower === 'to') {
        attributions.push({ text: t.text, span: [t.start, t.end], token: i });
      }
    }
    const phrases = (f & LEX_REFUTATION_START) !== 0 ? REFUTATION_TOKENS.get(t.lower)! : NO_PHRASES;
    for (const words of phrases) {
      const n = phraseAt(tokens, i, words);
      if (n > 0) {
        // Extend "Contrary to" over the thing contradicted, up to the clause end: "Contrary to the Washington Post report".
        let end = i + n - 1;
        if (words[0] === 'contrary' || words[0] === 'in') {
          while (end + 1 < tokens.length && (flags[end + 1]! & LEX_CLAUSE_END) === 0) end++;
        }
        refutations.push({ text: textOf(sentence, tokens, i, end), span: span(tokens, i, end), token: i });
        break;
      }
    }
    if ((f & LEX_REFUTATION) !== 0 && !refutations.some((r) => r.span[0] <= t.start && t.end <= r.span[1])) {
      refutations.push({ text: t.text, span: [t.start, t.end], token: i });
    }
    if ((f & LEX_DENIAL) !== 0) refutations.push({ text: t.text, span: [t.start, t.end], token: i });
    if ((f & (LEX_QUANTITY_LOW | LEX_QUANTITY_HIGH)) !== 0) {
      // "one" only signals a low quantity when it counts something ("one phone call"), not as a pronoun ("one official").
      const level = (f & LEX_QUANTITY_LOW) !== 0 ? 'low' : 'high';
      quantities.push({ text: t.text, span: [t.start, t.end], token: i, level });
    }
  }

  // Numbers: digits or number words, times a scale word ("1.5 million"); the next content word is the unit.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A score or tally, "3-1" or "3 – 2": one mention (see SCORE).
    const score = scoreAt(tokens, i);
    if (score !== undefined) {
      numbers.push({
        value: score.value,
        unit: SCORE,
        bound: 'exact',
        span: span(tokens, i, score.end),
        text: textOf(sentence, tokens, i, score.end),
      });
      i = score.end;
      continue;
    }
    let value: number | undefined;
    // A scale or a unit written onto the digits: "£90m", "$1.5bn", "20km".
    let suffixUnit = '';
    if (t.kind === 'number') value = Number(t.lower.replace(/[,%]/g, ''));
    else if ((flags[i]! & LEX_NUMBER_WORD) !== 0 && t.lower !== 'second')
      value = (cues?.numbers ?? NUMBER_WORDS).get(t.lower);
    else if (t.kind === 'word' && cues === undefined) {
      const m = SUFFIXED.exec(t.lower);
      if (m !== null) {
        const digits = Number(m[1]!.replace(/,/g, ''));
        const scale =
          SUFFIX_SCALES.get(m[2]!) ??
          (CURRENCY_SIGNS.has(tokens[i - 1]?.text ?? '') ? MONEY_SUFFIX_SCALES.get(m[2]!) : undefined);
        if (scale !== undefined) value = digits * scale;
        else if (SUFFIX_UNITS.has(m[2]!)) {
          value = digits;
          suffixUnit = m[2]!;
        }
      }
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    const prev = tokens[i - 1];
    const isYear = t.kind === 'number' && /^\d{4}$/.test(t.lower) && value >= 1800 && value <= 2199;
    if (isYear) {
      dates.push({ part: 'year', value, span: [t.start, t.end], text: t.text });
      continue;
    }
    // A day of the month after a month name ("May 3", "Feb. 3") is part of the date, not a count; so is one before
    // it ("3. März", "3 mars", "3 de marzo", "3 March").
    const afterMonth = prev !== undefined && prev.cap && (flags[i - 1]! & LEX_MONTH) !== 0;
    if (afterMonth || dayBeforeMonth(tokens, flags, i, cues)) {
      if (t.kind === 'number' && Number.isInteger(value) && value >= 1 && value <= 31)
        dates.push({ part: 'day', value, span: [t.start, t.end], text: t.text });
      continue;
    }
    let end = i;
    const scale = (cues?.scales ?? NUMBER_SCALES).get(tokens[i + 1]?.lower ?? '');
    if (scale !== undefined) {
      value *= scale;
      end = i + 1;
    }
    // A share carries its unit ("5%" and "5 percent" are percent, whatever follows them).
    const share =
      (t.kind === 'number' && t.text.endsWith('%')) ||
      (end > i && (tokens[end]!.lower === 'percent' || tokens[end]!.lower === '%'));
    let unit = share ? 'percent' : suffixUnit;
    // What the words before say it measures: first for an amount of money ("a contract worth $3 billion with the firm"
    // counts contracts, not firms), last for other counts, which measure what follows ("a crowd of 5,000 people").
    const before = unit === '' && cues === undefined ? unitBefore(tokens, i) : '';
    if (before !== '' && CURRENCY_SIGNS.has(tokens[i - 1]?.text ?? '')) unit = before;
    for (let j = end + 1; unit === '' && j < Math.min(tokens.length, end + 4); j++) {
      const u = tokens[j]!;
      if (u.kind === 'punct') break;
      if (!u.stop) {
        unit = u.stem;
        break;
      }
    }
    if (unit === '') unit = before;
    numbers.push({
      value,
      unit: casualtyUnit(tokens, i, end, unit),
      bound: boundOf(tokens, i),
      span: span(tokens, i, end),
      text: textOf(sentence, tokens, i, end),
    });
  }

  for (let i = 0; i < tokens.length; i++) {
    const f = flags[i]!;
    if ((f & (LEX_MONTH_DOT | LEX_WEEKDAY)) === 0) continue;
    const t = tokens[i]!;
    if (cues !== undefined) {
      const month = (f & LEX_MONTH) !== 0 ? cues.months.get(t.lower) : undefined;
      if (month !== undefined && (cues.lowercaseMonths || t.cap))
        dates.push({ part: 'month', value: month, span: [t.start, t.end], text: t.text });
      const weekday = (f & LEX_WEEKDAY) !== 0 ? cues.weekdays.get(t.lower) : undefined;
      if (weekday !== undefined)
        dates.push({ part: 'weekday', value: weekday, span: [t.start, t.end], text: t.text });
      continue;
    }
    const month =
      (f & LEX_MONTH_DOT) !== 0
        ? MONTHS.get(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower)
        : undefined;
    // Abbreviated or ambiguous month names ("may", "mar") count only when capitalized.
    if (month !== undefined && t.cap && (t.lower.length > 3 || t.text.endsWith('.') || t.lower === 'may')) {
      if (t.lower === 'may' && i === 0) continue;
      dates.push({ part: 'month', value: month, span: [t.start, t.end], text: t.text });
    }
    const weekday = (f & LEX_WEEKDAY) !== 0 ? WEEKDAYS.get(t.lower) : undefined;
    if (weekday !== undefined)
      dates.push({ part: 'weekday', value: weekday, span: [t.start, t.end], text: t.text });
  }

  if (dates.length > 1) dates.sort((x, y) => x.span[0] - y.span[0]);
  const runs: NameRun[] = [];
  // Where every noun is capitalized (German), a capital marks no name: every word is read as a plain word.
  const terms =
    cues?.capitalizedNouns === true
      ? []
      : entityTerms(
          tokens,
          flags,
          titles,
          context.fallbackTitles,
          context.names,
          runs,
          cues?.declinedNames === true,
        );
  if (context.referent) resolvePronoun(tokens, runs, context.referent, terms);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.entity || t.stop || t.kind !== 'word') continue;
    const framing = (flags[i]! & LEX_FRAMING) !== 0;
    if (!pushParts(terms, t, i, framing, cues)) terms.push(plainTerm(t, i, framing));
  }
  // A sentence of function words only ("It is.") still needs something to be compared by: its words, or failing
  // that its whole text.
  if (terms.length === 0) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'punct') continue;
      terms.push({ ...plainTerm(t, i), key: t.lower, lemma: t.lower });
    }
    if (terms.length === 0 && tokens.length > 0) {
      const text = sentence.text.trim();
      terms.push({
        ...plainTerm(tokens[0]!, 0),
        key: text,
        lemma: text,
        span: [sentence.start, sentence.end],
      });
    }
  }
  // Often in order already; the sort is stable, so such a list needs none.
  if (!inTokenOrder(terms)) terms.sort((x, y) => x.token - y.token);
  markSources(tokens, terms, attributions);

  const features = {
    sentence,
    tokens,
    terms,
    numbers,
    dates,
    quantities,
    negations,
    hedges,
    attributions,
    refutations,
  };
  return withLazyTrigrams(features);
}

/**
 * Features given `trigrams` computed on first read (from their terms and tokens): compare() never reads them, and for
 * a long document they would hold millions of short strings.
 */
export function withLazyTrigrams(features: Omit<SentenceFeatures, 'trigrams'>): SentenceFeatures {
  return Object.defineProperty(features, 'trigrams', LAZY_TRIGRAMS) as SentenceFeatures;
}

function inTokenOrder(terms: readonly Term[]): boolean {
  for (let i = 1; i < terms.length; i++) if (terms[i - 1]!.token > terms[i]!.token) return false;
  return true;
}

function trigramsOf(terms: readonly Term[], tokens: readonly Token[]): Set<string> {
  const trigrams = new Set<string>();
  for (const term of terms) {
    const w = ` ${term.entity ? term.key : tokens[term.token]!.lower} `;
    for (let k = 0; k + 3 <= w.length; k++) trigrams.add(w.slice(k, k + 3));
  }
  return trigrams;
}

/** Pronouns that, right after a verb of saying, make the source the subject of the claim as well. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/** Auxiliaries and negators: words after "said" that make a clause of what follows rather than name a source. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'did',
  'does',
  'do',
  'not',
  'no',
  'never',
]);

/** The most tokens an attribution clause ("the Prime Minister's Office said on Saturday") can span. */
const MAX_SOURCE = 10;

/**
 * Marks the source of an attribution as framing: in "..., one official said." and "According to the report, ..."
 * the official and the report say who holds the claim, not what it is, so two accounts that quote different sources
 * for the same claim still match on the claim.
 */
function markSources(tokens: readonly Token[], terms: Term[], attributions: readonly PhraseMention[]): void {
  const frame = (from: number, to: number) => {
    for (const t of terms) if (t.token >= from && t.token <= to) t.framing = true;
  };
  // A source before the claim or after a quote: its common words frame the claim ("police", "a witness said"), its
  // names are marked as a source but keep their weight (see Term.source).
  const attribute = (from: number, to: number) => {
    for (const t of terms) {
      if (t.token < from || t.token > to) continue;
      if (t.entity) t.source = true;
      else t.framing = true;
    }
  };
  for (const m of attributions) {
    const i = m.token;
    if (tokens[i]!.lower === 'according') {
      // "According to the report, ..." up to the first comma; or trailing, after a comma, to the end ("..., according
      // to a police statement.").
      let end = i;
      while (end + 1 < tokens.length && end - i < MAX_SOURCE && tokens[end + 1]!.lower !== ',') end++;
      const trailing =
        i > 0 &&
        tokens[i - 1]!.lower === ',' &&
        (end + 1 === tokens.length || /^[.!?]$/.test(tokens[end + 1]!.text));
      if (tokens[end + 1]?.lower === ',' || trailing) frame(i, end);
      continue;
    }
    if (SPEECH_VERBS.has(tokens[i]!.lower)) {
      // A leading clause: the sentence opens with the source and the verb, and the claim follows ("Okafor said the
      // driver did not stop"; "Police told reporters that ...").
      // Not when the claim's subject is the source again ("Trump said he would fire Waltz"): then the source is
      // also the one who acts.
      let words = i > 0 && i <= MAX_SOURCE;
      for (let k = 0; k < i && words; k++) words = tokens[k]!.kind !== 'punct';
      const next = tokens[i + 1];
      const subject = tokens[next?.lower === 'that' ? i + 2 : i + 1]?.lower;
      if (
        words &&
        next !== undefined &&
        !/^[.!?,]$/.test(next.text) &&
        !(subject !== undefined && SUBJECT_PRONOUNS.has(subject))
      ) {
        attribute(0, i);
        continue;
      }
      // After a quote: the closing quote, the verb, then the source up to a comma or the end ('"...," said Daniel
      // Okafor, who ...'). A comma alone is not enough: "Dalton, which owns the plant, said the cause is unknown".
      if (i > 0 && /^[”"]$/.test(tokens[i - 1]!.text)) {
        let end = i;
        while (end + 1 < tokens.length && end - i < MAX_SOURCE && tokens[end + 1]!.kind !== 'punct') end++;
        if (end > i && (end + 1 === tokens.length || /^[,.!?]$/.test(tokens[end + 1]!.text))) {
          attribute(i, end);
          continue;
        }
      }
    }
    // A trailing clause: a comma or closing quote, the source, the verb, then at most a short adverbial to the end.
    let start = i;
    while (start > 0 && i - start < MAX_SOURCE && !/^[,”"]$/.test(tokens[start - 1]!.text)) start--;
    if (start === 0 || !/^[,”"]$/.test(tokens[start - 1]!.text)) continue;
    let end = i;
    while (end + 1 < tokens.length && end - i < 5 && tokens[end + 1]!.kind !== 'punct') end++;
    if (end + 1 < tokens.length && !/^[.!?]$/.test(tokens[end + 1]!.text)) continue;
    // Nothing between the comma and the verb: the source follows it (", said Okafor."), a few words that make no
    // clause. "Dalton, which owns the plant, said the cause was not known." has its claim there, not its source.
    if (start === i && (end - i > 3 || tokens.slice(i + 1, end + 1).some((t) => CLAUSE_WORDS.has(t.lower))))
      continue;
    frame(start, end);
  }
}

/**
 * Whether the negator or companion at i denies its clause (languages with cue lists): a negator that needs a
 * companion has one after it before the clause ends; a companion denies alone only where its language lets it and
 * no negator came before it in the clause.
 */
function splitNegation(flags: readonly number[], i: number, cues: LanguageCues): boolean {
  if ((flags[i]! & LEX_NEGATOR) !== 0) {
    if (!cues.negatorNeedsCompanion) return true;
    for (let j = i + 1; j < flags.length && (flags[j]! & LEX_CLAUSE_END) === 0; j++)
      if ((flags[j]! & LEX_COMPANION) !== 0) return true;
    return false;
  }
  if (!cues.companionsAlone) return false;
  for (let j = i - 1; j >= 0 && (flags[j]! & LEX_CLAUSE_END) === 0; j--)
    if ((flags[j]! & LEX_NEGATOR) !== 0) return false;
  return true;
}

/**
 * Whether the number at i is the day of a month that follows it: "3. März", "3 mars", "3 de marzo", "3 March" (in
 * English a capitalized month name, as "May" is also a verb).
 */
function dayBeforeMonth(
  tokens: readonly Token[],
  flags: readonly number[],
  i: number,
  cues: LanguageCues | undefined,
): boolean {
  let j = i + 1;
  if (j < tokens.length && (cues?.dayLinks ?? ENGLISH_DAY_LINKS).has(tokens[j]!.lower)) j++;
  return j < tokens.length && (flags[j]! & LEX_MONTH) !== 0 && (cues !== undefined || tokens[j]!.cap);
}

/** "the 3rd of March": the word between an English day and its month. */
const ENGLISH_DAY_LINKS: ReadonlySet<string> = new Set(['of']);

/** A word of letters joined by hyphens: "third-quarter", "well-known", "behind-the-scenes". */
const HYPHENATED = /^\p{L}+(?:-\p{L}+)+$/u;
/**
 * First parts that make a hyphenated word one derived word, kept whole: "re-elected", "non-profit", "anti-war" (which
 * its second part alone would read as its opposite), "ex-president".
 */
const HYPHEN_PREFIXES = wordSet(
  'a e co re de pre post non anti ex mid multi semi sub pro counter inter intra ultra mega mini neo pseudo quasi self vice cross over under out',
);

/**
 * The parts of a hyphenated word as terms of their own, each with its own span ("third-quarter loss" holds
 * "quarter", as "the third quarter" does; "a Dhaka-based firm" is read as a name elsewhere), or false to keep the
 * word whole: no hyphen, a prefix first (HYPHEN_PREFIXES), or no part that is a content word.
 */
function pushParts(
  terms: Term[],
  t: Token,
  i: number,
  framing: boolean,
  cues: LanguageCues | undefined,
): boolean {
  if (!t.text.includes('-') || !HYPHENATED.test(t.text)) return false;
  const parts = t.text.split('-');
  if (HYPHEN_PREFIXES.has(parts[0]!.toLowerCase())) return false;
  let pushed = 0;
  let at = t.start;
  for (const part of parts) {
    const w = cues ? wordInfoIn(part, cues) : wordInfo(part);
    if (!w.stop && part.length > 1) {
      terms.push(wordTerm(w.stem, w.lemma, [at, at + part.length], framing, t.negated, i));
      pushed++;
    }
    at += part.length + 1;
  }
  return pushed > 0;
}

function plainTerm(
  t: Token,
  i: number,
  framing = FRAMING.has(t.lower) || FRAMING.has(t.lemma) || EVALUATIVE.has(t.lower),
): Term {
  return wordTerm(t.stem, t.lemma, [t.start, t.end], framing, t.negated, i);
}

/** A term of a common word (no name, no title, no source), from token `token`. */
function wordTerm(
  key: string,
  lemma: string,
  span: [number, number],
  framing: boolean,
  negated: boolean,
  token: number,
): Term {
  return { key, lemma, span, entity: false, title: false, framing, source: false, negated, token };
}

function textOf(sentence: Sentence, tokens: readonly Token[], from: number, to: number): string {
  const [s, e] = span(tokens, from, to);
  return sentence.text.slice(s - sentence.start, e - sentence.start);
}

/** A short form of ALIASES as names are written: in capitals or with periods ("US", "U.S."; not "Us"). */
function isShortForm(t: Token): boolean {
  return ALIASES.has(t.lower) && (t.text === t.text.toUpperCase() || t.text.includes('.'));
}

/**
 * Name words of a capitalized token: short forms expanded ("UN" -> united, nations), an adjective of nationality
 * that stands `alone` read as its country ("an American journalist" -> united, states), nicknames folded.
 */
function nameWords(t: Token, declined = false, alone = false): string[] {
  // Where names take case endings (Russian "Уолц", "Уолца", "Уолцу"), a name is matched by its stem.
  if (declined) return [t.stem];
  if (isShortForm(t)) return ALIASES.get(t.lower)!.split(' ');
  // Only on its own: in a longer name ("British Airways", "Order of the British Empire") it names no country.
  const country = alone ? DEMONYMS.get(t.lower) : undefined;
  if (country !== undefined) return country.split(' ');
  const nick = NICKNAMES.get(t.lower);
  return [nick ?? t.lower];
}

/**
 * Finds named entities (runs of capitalized words, with "of" inside: "Secretary of State Marco Rubio") and titles,
 * marks their tokens, and returns their terms. A title directly before a name teaches `titles` whom it denotes;
 * "the [former] Title" later stands for that name.
 */
function entityTerms(
  tokens: Token[],
  flags: readonly number[],
  titles: TitleMap,
  fallbackTitles: TitleMap | undefined,
  names: ReadonlySet<string> | undefined,
  runs: NameRun[],
  declined = false,
): Term[] {
  const terms: Term[] = [];
  const add = (key: string, i: number, title: boolean, from = i, to = i) => {
    const t = tokens[i]!;
    terms.push({
      key,
      lemma: key,
      span: span(tokens, from, to),
      entity: true,
      title,
      framing: false,
      source: false,
      negated: t.negated,
      token: i,
    });
  };
  // Month and weekday names are dates, which later stages compare as event words, not participants.
  const isDate = (k: number) =>
    ((flags[k]! & (LEX_MONTH | LEX_WEEKDAY)) !== 0 && tokens[k]!.lower.length > 3) ||
    monthName(tokens[k]!.text) !== undefined;
  // In a headline every word is capitalized: there a capital marks a name only for a word the account writes as
  // one, a title, a short form in capitals, or a word WordNet does not know as a common word. A sentence is read as
  // a headline when it capitalizes every content word and three or more of them are common words by that test
  // (running text dense with names, "Prime Minister Benjamin Netanyahu met ...", has a verb in lower case).
  const nameLike = (t: Token) =>
    names?.has(t.lower) === true ||
    TITLE_WORDS.has(t.lower) ||
    (t.text.length > 1 && t.text === t.text.toUpperCase()) ||
    isProperAlone(t);
  // Only within an account (`names` known): a sentence read alone (relate()) keeps its capitals as they are.
  const headline = names !== undefined && headlineCased(tokens, (k) => !nameLike(tokens[k]!));
  const capital = (k: number) => {
    const t = tokens[k]!;
    return t.kind === 'word' && t.cap && (!headline || nameLike(t));
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // Only a capitalized word starts a name. A title in lower case, as news style writes one without a name ("the
    // prime minister said"), stands for the name the account tied it to.
    if (!capital(i)) {
      const n = lowercaseTitle(tokens, i, capital);
      if (n > 0) {
        const known = titles.get(expandTitle(tokens, i, i + n - 1));
        const names = known ?? fallbackTitles?.get(expandTitle(tokens, i, i + n - 1));
        if (names) {
          for (let x = i; x < i + n; x++) {
            const w = tokens[x]!;
            w.entity = true;
            if (!w.stop) for (const word of nameWords(w, declined)) add(word, x, true);
          }
          for (const w of names) add(w, i, false, i, i + n - 1);
          i += n;
          continue;
        }
      }
      i++;
      continue;
    }
    const startsSentence = i === 0 || /^[“"‘'(—–-]$/.test(tokens[i - 1]!.text);
    // A capitalized run of words; the sentence's first word counts only if another capital follows or it is a short form.
    const alias0 = (flags[i]! & LEX_ALIAS) !== 0 && (t.text === t.text.toUpperCase() || t.text.includes('.'));
    // A capitalized function word ("The", "Then", "We") starts no name.
    if (t.kind === 'word' && t.cap && t.stop && !alias0) {
      i++;
      continue;
    }
    if (t.kind === 'word' && t.cap && !(t.lower === "'s") && !isDate(i)) {
      let j = i;
      while (j + 1 < tokens.length) {
        const n = tokens[j + 1]!;
        if (capital(j + 1) && !isDate(j + 1)) j++;
        else if (n.lower === 'of' && j + 2 < tokens.length && capital(j + 2)) j += 2;
        else break;
      }
      const single = j === i;
      const alias = alias0;
      if (single && startsSentence && !alias && (t.stop || !(names?.has(t.lower) || isProperAlone(t)))) {
        i++;
        continue;
      }
      if (single && t.stop && !alias) {
        i++;
        continue;
      }
      const named = resolveRun(tokens, i, j, titles, fallbackTitles, add, declined);
      if (named.length > 0) runs.push({ from: i, to: j, names: named });
      i = j + 1;
      continue;
    }
    // "the former National Security Advisor" handled above (capitalized).
    i++;
  }
  return terms;
}

/**
 * The length of a title written in lower case at `i` that refers to someone ("the prime minister", "the former
 * mayor", "the German chancellor"), or 0: it follows "the" (perhaps with modifiers or a capitalized adjective
 * between), and neither a name ("the prime minister Keir Starmer") nor "of" ("the president of the club", someone
 * else) follows it. Only titles that name one office (LOWERCASE_TITLES): "the general election", "the chief cause".
 */
function lowercaseTitle(tokens: readonly Token[], i: number, capital: (k: number) => boolean): number {
  const t = tokens[i]!;
  if (t.cap || !LOWERCASE_TITLES.has(t.lower)) return 0;
  const n = titleAt(tokens, i);
  if (n === 0) return 0;
  let k = i - 1;
  while (
    k >= 0 &&
    i - k <= 3 &&
    tokens[k]!.lower !== 'the' &&
    (TITLE_MODIFIERS.has(tokens[k]!.lower) || capital(k))
  )
    k--;
  if (k < 0 || tokens[k]!.lower !== 'the') return 0;
  const next = tokens[i + n];
  if (next !== undefined && (capital(i + n) || next.lower === 'of')) return 0;
  return n;
}

/** First words of the titles read in lower case (see lowercaseTitle). */
const LOWERCASE_TITLES: ReadonlySet<string> = new Set([
  'president',
  'vice',
  'prime',
  'minister',
  'national',
  'ambassador',
  'senator',
  'governor',
  'mayor',
  'chancellor',
  'king',
  'queen',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/**
 * Third-person singular personal pronouns and their grammatical gender. "it" and "they" are left out: "it" is as
 * often expletive ("It was raining") or a thing as an organization, and "they" stands for groups an account rarely
 * names as one ("the protesters"); a wrong referent would link sentences about different participants.
 */
const PERSONAL_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
]);

/** Coordinators that join two names into one plural subject ("Smith and Jones"), whom "he" cannot stand for. */
const COORDINATORS = new Set(['and', 'or', '&', 'nor']);

/**
 * Resolves a subject pronoun to the name it stands for and updates `referent` for the next sentence. A cheap,
 * conservative form of centering theory (Grosz, Joshi & Weinstein 1995): the preferred antecedent of a subject
 * pronoun is the subject of the sentence before, which Lappin & Leass (1994) also rank highest. So:
 * - a pronoun in subject position (the sentence's first word, or the first after a fronted phrase and its comma:
 *   "In 1991, he joined") gets the referent's name words as entity terms, so "He was born in Durham" matches a
 *   claim that names him;
 * - a sentence whose subject is a name makes that name the referent; a coordinated subject ("Smith and Jones")
 *   leaves none, since "he" could be either;
 * - a sentence that names others elsewhere and realizes the referent by no pronoun of its gender shifts the topic:
 *   the referent is dropped rather than guessed; a sentence that names no one keeps it;
 * - a pronoun of the other gender than earlier ones ("He ... She ...") is someone else and is left unresolved.
 * Nothing is resolved before the account has named a subject.
 */
function resolvePronoun(
  tokens: readonly Token[],
  runs: readonly NameRun[],
  referent: Referent,
  terms: Term[],
) {
  // Tokens before the subject may be function words, numbers, punctuation or a title's lowercase modifiers.
  const opener = (k: number) => {
    const t = tokens[k]!;
    return t.stop || t.kind !== 'word' || t.entity;
  };
  const first = runs[0];
  let subject: NameRun | undefined;
  if (first) {
    let k = 0;
    while (k < first.from && opener(k)) k++;
    if (k === first.from) subject = first;
  }
  // The pronoun in subject position: the sentence's first word (after any opening quote), or the word right after
  // the comma that closes a fronted phrase; the sentence's first pronoun, with no name before it.
  let pronoun = -1;
  let comma = false;
  for (let k = 0; k < tokens.length && k < (first?.from ?? tokens.length); k++) {
    const t = tokens[k]!;
    if (PERSONAL_PRONOUNS.has(t.lower)) {
      let lead = 0;
      while (lead < k && tokens[lead]!.kind === 'punct') lead++;
      if (lead === k || (comma && tokens[k - 1]!.lower === ',')) pronoun = k;
      break;
    }
    if (t.lower === ',') {
      if (comma) break;
      comma = true;
    }
  }
  if (pronoun >= 0 && referent.names) {
    const t = tokens[pronoun]!;
    const gender = PERSONAL_PRONOUNS.get(t.lower)!;
    if (referent.gender === undefined || referent.gender === gender) {
      for (const key of referent.names) {
        terms.push({
          key,
          lemma: key,
          span: [t.start, t.end],
          entity: true,
          title: false,
          framing: false,
          source: false,
          negated: t.negated,
          token: pronoun,
        });
      }
    }
  }
  // The referent for the next sentence.
  if (subject) {
    const next = tokens[subject.to + 1];
    const coordinated =
      next !== undefined && COORDINATORS.has(next.lower) && runs[1]?.from === subject.to + 2;
    referent.names = coordinated ? undefined : subject.names;
    referent.gender = undefined;
    return;
  }
  if (!referent.names) return;
  let realized = false;
  for (const t of tokens) {
    const gender = PERSONAL_PRONOUNS.get(t.lower);
    if (gender !== undefined && (referent.gender === undefined || referent.gender === gender)) {
      referent.gender = gender;
      realized = true;
      break;
    }
  }
  if (!realized && runs.length > 0) referent.names = undefined;
}

/** A sentence-initial capitalized word is a name only if WordNet does not know it as a common word. */
function isProperAlone(t: Token): boolean {
  return t.lemma === t.lower && wordnetLemmas(t.lower).length === 0;
}

function resolveRun(
  tokens: Token[],
  from: number,
  to: number,
  titles: TitleMap,
  fallbackTitles: TitleMap | undefined,
  add: (key: string, i: number, title: boolean, from?: number, to?: number) => void,
  declined = false,
): string[] {
  // Split the run into a leading title (with its modifiers) and the name after it.
  let k = from;
  while (k <= to && TITLE_MODIFIERS.has(tokens[k]!.lower)) k++;
  let titleLen = 0;
  let titleKey = '';
  // Titles may be long ("National Security Adviser"); try the longest title that starts at k.
  for (let s = k; s <= to; s++) {
    const n = titleAt(tokens, s);
    if (n > 0 && s + n - 1 <= to) {
      titleLen = s + n - k;
      titleKey = expandTitle(tokens, s, s + n - 1);
      break;
    }
    if (!tokens[s]!.cap) break;
    // Allow only modifiers or other title-like words before the title ("Israeli Prime Minister").
    if (!TITLE_MODIFIERS.has(tokens[s]!.lower) && s > k) break;
  }
  const nameFrom = titleLen > 0 ? k + titleLen : from;
  // "the former National Security Advisor": lowercase modifiers before a title belong to the referring expression.
  if (titleLen > 0 && k === from) {
    for (let x = from - 1; x >= 0 && TITLE_MODIFIERS.has(tokens[x]!.lower) && !tokens[x]!.cap; x--)
      tokens[x]!.entity = true;
  }
  for (let x = from; x <= to; x++) tokens[x]!.entity = true;
  // A country before a title names a participant of its own ("US President Donald Trump", "Israeli Prime Minister
  // Benjamin Netanyahu"): a short form or an adjective of nationality among the title's modifiers.
  if (titleLen > 0) {
    for (let x = from; x < k; x++) {
      const t = tokens[x]!;
      if (isShortForm(t) || DEMONYMS.has(t.lower))
        for (const w of nameWords(t, declined, true)) add(w, x, false);
    }
  }
  const names: string[] = [];
  for (let x = nameFrom; x <= to; x++) {
    const t = tokens[x]!;
    // A function word is no name, unless it is a short form in capitals ("US", not "us").
    if ((t.stop && !isShortForm(t)) || t.lower === "'s") continue;
    for (const w of nameWords(t, declined, from === to)) {
      names.push(w);
      add(w, x, false);
    }
  }
  // Title words stay terms too, so "Prime Minister" matches "PM" even when no name is known.
  if (titleLen > 0) {
    for (let x = k; x < k + titleLen; x++) {
      const t = tokens[x]!;
      if (t.stop) continue;
      for (const w of nameWords(t, declined)) add(w, x, true);
    }
    if (names.length > 0) {
      titles.set(titleKey, names);
    } else {
      const known = titles.get(titleKey) ?? fallbackTitles?.get(titleKey);
      if (known) for (const w of known) add(w, k, false, k, k + titleLen - 1);
    }
  }
  return names;
}

function expandTitle(tokens: readonly Token[], from: number, to: number): string {
  const words: string[] = [];
  for (let x = from; x <= to; x++) {
    const t = tokens[x]!;
    const alias = ALIASES.get(t.lower);
    words.push(alias && t.text === t.text.toUpperCase() ? alias : t.lower);
  }
  return words.join(' ');
}

/**
 * Features for every sentence of one account, in order, so that titles learned early resolve later mentions.
 *
 * @example
 * const feats = accountFeatures(segment('PM Netanyahu spoke. The PM left.'));
 */
export function accountFeatures(
  sentences: readonly Sentence[],
  fallbackTitles?: TitleMap,
  cues?: LanguageCues,
): {
  features: SentenceFeatures[];
  titles: TitleMap;
} {
  const titles: TitleMap = new Map();
  const names = properNames(sentences);
  const referent: Referent = { names: undefined, gender: undefined };
  const features = sentences.map((s) =>
    extractFeatures(s, { titles, fallbackTitles, names, referent, cues }),
  );
  return { features, titles };
}

/**
 * One account read on its own (`features`, `titles`), with what re-reading it with the other account's titles
 * needs: the sentences that looked a title up without finding whom it denotes, each with the titles known when it
 * was read and the title keys it missed.
 */
export interface AccountReading {
  features: SentenceFeatures[];
  titles: TitleMap;
  names: ReadonlySet<string>;
  misses: { index: number; titles: TitleMap; referent: Referent; keys: string[] }[];
  /** The cue lists the account was read with (undefined: English). */
  cues?: LanguageCues | undefined;
}

/** A fallback that holds nothing and notes every key asked of it. */
class MissedTitles extends Map<string, string[]> {
  asked: string[] = [];
  override get(key: string): undefined {
    this.asked.push(key);
    return undefined;
  }
}

/** A title map that logs what each `set` replaced, so that the state before a sentence can be restored. */
class LoggedTitles extends Map<string, string[]> {
  log: [string, string[] | undefined][] = [];
  override set(key: string, value: string[]): this {
    this.log.push([key, super.get(key)]);
    return super.set(key, value);
  }
}

/**
 * `accountFeatures(sentences)`, plus the title look-ups that failed (see AccountReading), so that
 * `withOtherTitles` can re-read only the sentences the other account's titles change.
 *
 * @example
 * const own = readAccount(segment('The PM left.'));
 * own.misses[0]?.keys; // ['prime minister']
 */
export function readAccount(sentences: readonly Sentence[], cues?: LanguageCues): AccountReading {
  const titles = new LoggedTitles();
  // Each sentence is tokenized once, for the proper names and for its features.
  const raw: (RawToken[] | undefined)[] = sentences.map((s) => tokenize(s.text, s.start));
  const names = namesIn(raw as RawToken[][]);
  const misses: AccountReading['misses'] = [];
  const referent: Referent = { names: undefined, gender: undefined };
  const features = sentences.map((s, index) => {
    const missed = new MissedTitles();
    titles.log = [];
    const referentBefore = { ...referent };
    const f = featuresOf(s, raw[index]!, { titles, fallbackTitles: missed, names, referent, cues });
    raw[index] = undefined;
    if (missed.asked.length > 0) {
      // The titles as they were before this sentence: undo its own additions, latest first.
      const before = new Map(titles);
      for (let k = titles.log.length - 1; k >= 0; k--) {
        const [key, previous] = titles.log[k]!;
        if (previous === undefined) before.delete(key);
        else before.set(key, previous);
      }
      misses.push({ index, titles: before, referent: referentBefore, keys: missed.asked });
    }
    return f;
  });
  return { features, titles: new Map(titles), names, misses, cues };
}

/**
 * Features of an account re-read with the other account's titles when it uses a title it never ties to a name
 * itself ("the former National Security Advisor" in a statement, against "National Security Adviser Michael Waltz"
 * in the report); the same as `accountFeatures(sentences, other).features`, re-reading only the sentences whose
 * failed look-ups the other account answers. Both accounts are treated alike, so comparing a text with itself stays
 * symmetric.
 *
 * @example
 * const fa = withOtherTitles(sa, readAccount(sa), readAccount(sb).titles);
 */
export function withOtherTitles(
  sentences: readonly Sentence[],
  own: AccountReading,
  other: TitleMap,
): SentenceFeatures[] {
  // Only sentences whose title look-ups failed (`misses`: "the chancellor" in an account that never names one) can
  // read differently.
  if (own.misses.length === 0) return own.features;
  const missing = [...other.keys()].some((k) => !own.titles.has(k));
  if (!missing) return own.features;
  const features = [...own.features];
  for (const m of own.misses) {
    if (!m.keys.some((k) => other.has(k))) continue;
    features[m.index] = extractFeatures(sentences[m.index]!, {
      titles: new Map(m.titles),
      fallbackTitles: other,
      names: own.names,
      referent: { ...m.referent },
      cues: own.cues,
    });
  }
  return features;
}

/** Words an account capitalizes somewhere other than at a sentence's start: its proper names. */
function properNames(sentences: readonly Sentence[]): Set<string> {
  return namesIn(sentences.map((s) => tokenize(s.text)));
}

function namesIn(tokenized: readonly (readonly RawToken[])[]): Set<string> {
  const names = new Set<string>();
  // Per lowercase word: how many more times it is capitalized than not.
  const counts = new Map<string, number>();
  for (const tokens of tokenized) {
    // A sentence that capitalizes every content word (a headline: "Suicide Bombers Kill 3 Soldiers") says nothing
    // of which words are names.
    if (headlineCased(tokens)) continue;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const prev = tokens[i - 1]!;
      if (prev.kind === 'punct' && /^[.!?“"‘(—–:-]$/.test(prev.text)) continue;
      const lower = t.text.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + (isCap(t.text) ? 1 : -1));
    }
  }
  // Capitalized mid-sentence more often than not: "Waltz" is a name here, though WordNet knows the dance.
  for (const [w, more] of counts) if (more > 0 && !STOPWORDS.has(w)) names.add(w);
  return names;
}

/**
 * Headline case: past its first word, every content word is capitalized, and at least HEADLINE_WORDS of them pass
 * `common` (see entityTerms; by default every one does). `common` is asked only once the first test has passed.
 */
function headlineCased(tokens: readonly RawToken[], common: (i: number) => boolean = () => true): boolean {
  // Only words that start with a letter have a case: "£90m" and "3D" say nothing of it.
  const isContent = (t: RawToken) =>
    t.kind === 'word' && STARTS_WITH_LETTER.test(t.text) && !STOPWORDS.has(t.text.toLowerCase());
  let content = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isContent(t)) continue;
    if (!isCap(t.text)) return false;
    content++;
  }
  if (content < HEADLINE_WORDS) return false;
  let counted = 0;
  for (let i = 1; i < tokens.length; i++)
    if (isContent(tokens[i]!) && common(i) && ++counted >= HEADLINE_WORDS) return true;
  return false;
}

/**
 * Headline case: every content word capitalized, verbs too ("Suicide Bombers Kill 3 Soldiers in Pakistan"), where
 * running text dense with names still has a verb or noun in lower case ("Prime Minister Benjamin Netanyahu met
 * National Security Adviser Michael Waltz"), and three such words at least (a sentence of two names is no sign).
 */
const HEADLINE_WORDS = 3;
const STARTS_WITH_LETTER = /^\p{L}/u;
/** The words of titles ("prime", "minister"): capitalized in running text before a name, so no sign of a headline. */
const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.flatMap((t) => t.split(' ')));
