/**
 * Which of the languages with data of their own (English, German, French, Spanish) a text is written in, from its
 * most frequent function words: the words each language writes in almost every sentence and the others do not
 * ("the", "und", "les", "los"). Words shared by two of them ("la", "de", "in", "die", "es") are left out. A text
 * with too few such words to tell, or no clear winner, is English.
 */

/** Frequent function words found in one of the four languages only. */
const MARKERS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'the of and to is was that with for on it he she they said by from have has had were are this be not at an which who would'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der das und ist nicht ein eine einen zu den dem mit von sich auf für dass wurde sind sie auch bei nach wird hat aus im'.split(
      ' ',
    ),
  ),
  // "l", "n", "qu": what is left of an elided "l'", "n'", "qu'" once the apostrophe splits the word.
  fr: new Set(
    'le les et est des du une que qui dans pour pas sur avec il ce au aux sont été elle ont leur ne je nous cette l n qu'.split(
      ' ',
    ),
  ),
  // Not "el", "los", "las", "al": English news writes them in names (El Salvador, Los Angeles, Las Vegas, al-Qaeda).
  es: new Set('y del por con para se su lo una fue como pero sus está según también muy'.split(' ')),
};

/** Another language needs at least this many marker words: fewer are too little text to tell, or a name. */
const MIN_MARKERS = 3;
/** Another language wins only with this many times English's count (and more than any other's). */
const MARGIN = 2;

/** Each text is read this far for its language: enough words, at a cost that does not grow with the text. */
const SAMPLE = 20_000;

/**
 * The language option as the stages take it: a tag as given, or for 'auto' the language of the two texts together
 * (their first SAMPLE characters each).
 *
 * @example
 * resolveLanguage('auto', 'Der Kanzler sagte, dass er nicht zurücktreten werde.', ''); // 'de'
 * resolveLanguage('pt-BR', 'O ministro saiu.', ''); // 'pt-BR'
 */
export function resolveLanguage(language: string, a: string, b: string): string {
  if (language.toLowerCase() !== 'auto') return language;
  return detectLanguage(`${a.slice(0, SAMPLE)}\n${b.slice(0, SAMPLE)}`);
}

/**
 * The language of a text, as a primary subtag: 'en', 'de', 'fr' or 'es'.
 *
 * @example
 * detectLanguage('Der Kanzler sagte, dass er nicht zurücktreten werde.'); // 'de'
 * detectLanguage('Waltz left.'); // 'en' (too short to tell)
 */
export function detectLanguage(text: string): string {
  const counts: Record<string, number> = { en: 0, de: 0, fr: 0, es: 0 };
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0].toLowerCase();
    for (const language in MARKERS) {
      if (MARKERS[language]!.has(word)) {
        counts[language]!++;
      }
    }
  }
  let best = 'en';
  for (const language of ['de', 'fr', 'es']) if (counts[language]! > counts[best]!) best = language;
  return best !== 'en' && counts[best]! >= MIN_MARKERS && counts[best]! >= MARGIN * counts.en! ? best : 'en';
}
