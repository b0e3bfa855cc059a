/**
 * The cue words of languages other than English, for the feature stage: which words are function words, which deny
 * what follows, which name a month, a weekday or a number, which attribute or hedge a claim. English has the full
 * lists of cues-en.ts (and WordNet); these are short closed-class lists, so that a German, French, Spanish, Italian,
 * Portuguese, Dutch or Russian account gets negation, dates and counts compared and its function words left out of
 * the overlap. Data, not code.
 */
import { primaryLanguage } from '../segment/languages';
import { de } from './cues-de';
import { es } from './cues-es';
import { fr } from './cues-fr';
import { it } from './cues-it';
import { nl } from './cues-nl';
import { pt } from './cues-pt';
import { ru } from './cues-ru';

export interface LanguageCues {
  /** The primary language subtag ('de'). */
  language: string;
  /** Function words: articles, pronouns, auxiliaries, prepositions, conjunctions. Never content. */
  stopwords: ReadonlySet<string>;
  /** Words that deny the rest of their clause ("nicht", "no", "ne"). */
  negators: ReadonlySet<string>;
  /**
   * The second half of a split negation ("ne ... pas", "no ... nunca"): never a second denial of the same clause.
   * Content of no claim, like a stopword.
   */
  companions: ReadonlySet<string>;
  /**
   * Whether a companion denies where no negator came before it in its clause (Spanish "nunca dijo", "nadie vino";
   * not French, whose written negation always has "ne").
   */
  companionsAlone: boolean;
  /**
   * Whether a negator denies only with a companion after it in its clause (French: "ne ... que" is "only", not a
   * denial).
   */
  negatorNeedsCompanion: boolean;
  /** Elided forms of a negator that fuse with the next word ("n'a" is "ne a"). */
  elidedNegators: readonly string[];
  /** Elided articles and pronouns that fuse with the next word ("l'armée", "qu'il"): dropped from the word. */
  elisions: readonly string[];
  /** Words that end a negation's scope besides punctuation: contrastive conjunctions ("aber", "mais"). */
  clauseEnd: ReadonlySet<string>;
  /** Verbs of saying and "according to" words. */
  attribution: ReadonlySet<string>;
  /** Words that mark a claim as uncertain or second-hand ("angeblich", "wahrscheinlich"). */
  hedges: ReadonlySet<string>;
  /**
   * The hedges that pass a claim on as someone else's ("angeblich", "supuestamente"), as EVIDENTIAL_HEDGES in
   * cues-en.ts: an account that repeats a claim with one discusses it rather than agrees.
   */
  evidential: ReadonlySet<string>;
  /** Month names and their abbreviations -> 1..12. */
  months: ReadonlyMap<string, number>;
  /** Whether month names are written in lower case (French, Spanish), or capitalized like names (German). */
  lowercaseMonths: boolean;
  /** Weekday names -> 1 (Monday) .. 7 (Sunday), as WEEKDAYS in cues-en.ts. */
  weekdays: ReadonlyMap<string, number>;
  /** Number words -> value. Words that are also the indefinite article ("ein", "un", "uno") are left out. */
  numbers: ReadonlyMap<string, number>;
  /** Scale words after a number ("Millionen") -> factor. */
  scales: ReadonlyMap<string, number>;
  /** Words before a month that make the number before them a day ("3 de marzo"); "." after a day in German. */
  dayLinks: ReadonlySet<string>;
  /**
   * Whether every noun is capitalized (German): then a capital marks no name, and names are read as plain words.
   */
  capitalizedNouns: boolean;
  /**
   * Whether names take case endings (Russian "Уолц", "Уолца", "Уолцу"): then a name is matched by its stem rather
   * than as written. Absent: no.
   */
  declinedNames?: boolean;
}

/** Languages with cue lists of their own, by primary subtag. English is read from cues-en.ts. */
export const LANGUAGE_CUES: Readonly<Record<string, LanguageCues>> = { de, fr, es, it, pt, nl, ru };

/**
 * The cue lists of a language tag's primary subtag, or undefined for English and for languages without lists of
 * their own (they are read with the English lists).
 *
 * @example
 * cuesFor('de-AT')?.negators.has('nicht'); // true
 * cuesFor('en'); // undefined
 */
export function cuesFor(language: string): LanguageCues | undefined {
  const primary = primaryLanguage(language);
  return Object.hasOwn(LANGUAGE_CUES, primary) ? LANGUAGE_CUES[primary] : undefined;
}
