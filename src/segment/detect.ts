/**
 * Which of the languages with data of their own (English, German, French, Spanish) a text is written in, from its
 * most frequent function words: the words each language writes in almost every sentence and the others do not
 * ("the", "und", "les", "los"). Words shared by two of them ("la", "de", "in", "die", "es") are left out. A text
 * with too few such words to tell, or no clear winner, is English.
 */

/**
 * Frequent words found in one of the four languages only: function words, and a few that news text of the language
 * writes in most stories ("sagte", "selon", "dijo", "ayer").
 */
const MARKERS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'the of and to is was that with for on it he she they said by from have has had were are this be not at an which who would'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der das und ist nicht ein eine einen zu den dem mit von sich auf für dass wurde sind sie auch bei nach wird hat aus im über aber noch nur schon werden sei sagte gestern heute'.split(
      ' ',
    ),
  ),
  // "l", "n", "qu": what is left of an elided "l'", "n'", "qu'" once the apostrophe splits the word.
  fr: new Set(
    'le les et est des du une que qui dans pour pas sur avec il ce au aux sont été elle ont leur ne je nous cette l n qu selon aussi très lors mais dont où'.split(
      ' ',
    ),
  ),
  // Not "el", "los", "las", "al": English news writes them in names (El Salvador, Los Angeles, Las Vegas, al-Qaeda).
  es: new Set(
    'y del por con para se su lo una fue como pero sus está según también muy más este esta dijo ayer hoy sobre hasta desde'.split(
      ' ',
    ),
  ),
};

const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
/** Each marker word -> its language's index in LANGUAGES. */
const MARKER_OF: ReadonlyMap<string, number> = new Map(
  LANGUAGES.flatMap((language, l) => [...MARKERS[language]!].map((word) => [word, l] as const)),
);
/** The longest marker word: longer words need no look-up. */
const LONGEST = Math.max(...[...MARKER_OF.keys()].map((w) => w.length));

/** Another language needs at least this many marker words: fewer are too little text to tell, or a name. */
const MIN_MARKERS = 3;
/** Another language wins only with this many times English's count (and more than any other's). */
const MARGIN = 2;

/** Each text is read this far for its language: enough words, at a cost that does not grow with the text. */
const SAMPLE = 20_000;

/**
 * The language option as the stages take it: a tag as given, or for 'auto' the language of the two texts together.
 *
 * @example
 * resolveLanguage('auto', 'Der Kanzler sagte, dass er nicht zurücktreten werde.', ''); // 'de'
 * resolveLanguage('pt-BR', 'O ministro saiu.', ''); // 'pt-BR'
 */
export function resolveLanguage(language: string, a: string, b: string): string {
  if (language.toLowerCase() !== 'auto') return language;
  return detectLanguage(a, b);
}

/**
 * The language of one or more texts read together (the first SAMPLE characters of each), as a primary subtag: 'en',
 * 'de', 'fr' or 'es'.
 *
 * @example
 * detectLanguage('Der Kanzler sagte, dass er nicht zurücktreten werde.'); // 'de'
 * detectLanguage('Waltz left.'); // 'en' (too short to tell)
 */
export function detectLanguage(...texts: string[]): string {
  const counts = [0, 0, 0, 0];
  for (const text of texts) countMarkers(text, Math.min(text.length, SAMPLE), counts);
  // 0: English; 1-3: German, French, Spanish (LANGUAGES order).
  let best = 0;
  for (let l = 1; l < LANGUAGES.length; l++) if (counts[l]! > counts[best]!) best = l;
  return best !== 0 && counts[best]! >= MIN_MARKERS && counts[best]! >= MARGIN * counts[0]!
    ? LANGUAGES[best]!
    : 'en';
}

/** Adds the marker words of text[0, end) to their languages' counts. */
function countMarkers(text: string, end: number, counts: number[]): void {
  // A hand-rolled scan rather than a regular expression: relate() asks this of every pair. A word is a run of
  // letters (ASCII, or any code unit from U+00C0 on but × and ÷); only short ones can be markers.
  let start = -1;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    const letter = ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= LONGEST) {
      const language = MARKER_OF.get(text.slice(start, i).toLowerCase());
      if (language !== undefined) counts[language]!++;
    }
    start = -1;
  }
}
