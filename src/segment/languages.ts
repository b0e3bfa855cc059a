/**
 * Language data of the segmenter, compiled once per language into lookup tables. English is complete; German,
 * French, Spanish, Italian, Portuguese, Dutch and Russian have small lists; any other language gets only the shared
 * list, and without sentence starters every ambiguous period (an unknown initialism, a single capital) is read as
 * no boundary.
 */
import { common } from './data/common';
import { de } from './data/de';
import { en } from './data/en';
import { es } from './data/es';
import { fr } from './data/fr';
import { it } from './data/it';
import { nl } from './data/nl';
import { pt } from './data/pt';
import { ru } from './data/ru';

/**
 * What an abbreviation's period does before the next word:
 * - `prefix`: never a boundary before a word or number (titles, "e.g.", "vs.");
 * - `number`: no boundary before a number, otherwise read like an ordinary word ("No. 5" but "said no. The");
 * - `date`: no boundary before a number, otherwise read like `general` ("Jan. 5");
 * - `time`: a boundary before a capital unless a time zone, day or date follows ("5 p.m. EDT");
 * - `general`: a boundary before a capital only when it is a common sentence starter ("U.S. How" but
 *   "U.S. Government").
 */
export type AbbreviationClass = 'prefix' | 'number' | 'date' | 'time' | 'general';

/** The data of one language. Words are lowercase; abbreviations are without their final period. */
export interface LanguageData {
  abbreviations: Partial<Record<AbbreviationClass, readonly string[]>>;
  /** Capitalised words that begin a sentence after an ambiguous period. Absent: such periods never split. */
  starters?: readonly string[];
  /** Words after "a.m."/"p.m." that continue the time. */
  timeFollowers?: readonly string[];
  /** First words of a short introductory time phrase ("At 5 a.m. Mr. Smith left."). */
  frontedPrepositions?: readonly string[];
  /** Verbs of saying that attach a capitalised attribution to the quote before it. */
  speechVerbs?: readonly string[];
  /** Words after which "3." is an ordinal number, not a sentence end ("am 3. Mai"). */
  ordinalFollowers?: readonly string[];
  /** Whether a stop with no space after it ends a sentence before a capitalised word ("world.Today"). */
  unspacedStops?: boolean;
  /** Whether a single capital with a period may end a sentence before a starter ("you and I. Did"). */
  initialsMayEnd?: boolean;
}

/** A language's data compiled into lookup tables. */
export interface Profile {
  abbreviations: ReadonlyMap<string, AbbreviationClass>;
  starters: ReadonlySet<string> | null;
  timeFollowers: ReadonlySet<string>;
  frontedPrepositions: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  ordinalFollowers: ReadonlySet<string>;
  unspacedStops: boolean;
  initialsMayEnd: boolean;
}

/**
 * Languages with data of their own, by primary language subtag.
 *
 * @example
 * Object.keys(LANGUAGE_DATA); // ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru']
 */
export const LANGUAGE_DATA: Readonly<Record<string, LanguageData>> = { en, de, fr, es, it, pt, nl, ru };

const CLASS_ORDER: readonly AbbreviationClass[] = ['general', 'date', 'number', 'time', 'prefix'];

function compile(data: LanguageData | undefined): Profile {
  const abbreviations = new Map<string, AbbreviationClass>();
  for (const source of data === undefined ? [common] : [common, data]) {
    for (const cls of CLASS_ORDER)
      for (const word of source.abbreviations[cls] ?? []) abbreviations.set(word, cls);
  }
  return {
    abbreviations,
    starters: data?.starters ? new Set(data.starters) : null,
    timeFollowers: new Set(data?.timeFollowers),
    frontedPrepositions: new Set(data?.frontedPrepositions),
    speechVerbs: new Set(data?.speechVerbs),
    ordinalFollowers: new Set(data?.ordinalFollowers),
    unspacedStops: data?.unspacedStops ?? false,
    initialsMayEnd: data?.initialsMayEnd ?? false,
  };
}

const compiled = new Map<string, Profile>();

/**
 * The primary language subtag of a BCP 47 tag.
 *
 * @example
 * primaryLanguage('en-US'); // 'en'
 */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/**
 * Normalises a user abbreviation as the data stores it.
 *
 * @example
 * abbreviationKey('Dept.'); // 'dept'
 */
export function abbreviationKey(word: string): string {
  return word.trim().replace(/\.+$/, '').toLowerCase();
}

/**
 * The compiled profile of a language, with the user's abbreviations added as `general` ones (entries the data
 * already has keep their class). Profiles without user abbreviations are cached.
 *
 * @example
 * profileFor('en-GB', ['Ctte']).abbreviations.get('ctte'); // 'general'
 */
export function profileFor(language: string, extra: readonly string[] = []): Profile {
  const lang = primaryLanguage(language);
  let base = compiled.get(lang);
  if (base === undefined) {
    base = compile(Object.hasOwn(LANGUAGE_DATA, lang) ? LANGUAGE_DATA[lang] : undefined);
    compiled.set(lang, base);
  }
  if (extra.length === 0) return base;
  const abbreviations = new Map(base.abbreviations);
  for (const word of extra) {
    const key = abbreviationKey(word);
    if (key.length > 0 && !abbreviations.has(key)) abbreviations.set(key, 'general');
  }
  return { ...base, abbreviations };
}
