/**
 * Which of the languages with data of their own (English, German, French, Spanish, Italian, Portuguese, Dutch,
 * Russian) a text is written in, from its most frequent function words ("the", "und", "les", "y", "della", "não",
 * "het", "что"). A word frequent in several of them ("que" in French, Spanish and Portuguese) counts for each, so
 * the words only one of them writes decide between them. A text with too few such words to tell, or no clear
 * winner, is English; one written mostly in Cyrillic is Russian, whatever its words.
 */
import { wordSet } from '../lexicon/_lists';

/**
 * Frequent words of each language: function words, and a few that news text of the language writes in most stories
 * ("sagte", "selon", "dijo", "ayer", "ieri", "ontem", "zei", "заявил"), and the names of the weekdays where the
 * language has few other short words of its own (Spanish, Dutch). Words that are also common English words ("die",
 * "do", "no", "met") are left out of the other languages' lists, unless English lists them too ("is").
 */
const MARKERS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: wordSet(
    'the of and to is was that with for on it he she they said by from have has had were are this be not at an which who would',
  ),
  de: wordSet(
    'der das und ist nicht ein eine einen zu den dem mit von sich auf für dass wurde sind sie auch bei nach wird hat aus im über aber noch nur schon werden sei sagte gestern heute',
  ),
  fr: wordSet(
    'le la les et est des du une que qui dans pour pas sur avec il ce au aux sont été elle ont leur ne je nous cette l n qu selon aussi très lors mais dont où de en',
  ),
  es: wordSet(
    'el la los las y o del por con para se su lo una que fue como pero sus está según también muy más este esta dijo ayer hoy sobre hasta desde de en tres lunes martes miércoles jueves viernes sábado domingo',
  ),
  it: wordSet(
    'di che il la della delle degli dei del nel nella nei alla alle lo gli una per con non sono anche hanno questo questa perché più ieri oggi detto stato essere è dopo secondo molto ancora su se o',
  ),
  pt: wordSet(
    'não são também disse ontem hoje pelo pela pelos pelas uma foi muito ainda já seu sua após ao aos às eles isso então em que para por como este esta sobre desde se está estão mais com o os de',
  ),
  nl: wordSet(
    'het een van niet voor op dat aan ook naar werd heeft hebben wordt worden maar zei gisteren vandaag uit geen deze zijn te de en is maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
  ),
  ru: wordSet(
    'и в не на что с по это как он она они был была были его к из за от для до также уже заявил сказал вчера сегодня',
  ),
};

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru'] as const;
/** Each marker word -> the indexes in LANGUAGES of the languages that list it. */
const MARKER_OF: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  LANGUAGES.forEach((language, l) => {
    for (const word of MARKERS[language]!) {
      const list = map.get(word);
      if (list === undefined) map.set(word, [l]);
      else list.push(l);
    }
  });
  return map;
})();
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
 * 'de', 'fr', 'es', 'it', 'pt', 'nl' or 'ru'.
 *
 * @example
 * detectLanguage('Der Kanzler sagte, dass er nicht zurücktreten werde.'); // 'de'
 * detectLanguage('Waltz left.'); // 'en' (too short to tell)
 */
export function detectLanguage(...texts: string[]): string {
  const counts = LANGUAGES.map(() => 0);
  const letters = [0, 0];
  for (const text of texts) countMarkers(text, Math.min(text.length, SAMPLE), counts, letters);
  // Written mostly in Cyrillic: Russian is the one language of that script with data of its own, and it reads such
  // text better than English would, however few marker words a line or two holds ("Трамп уволил Уолца").
  if (letters[1]! > letters[0]!) return 'ru';
  // 0: English; then the others in LANGUAGES order.
  let best = 0;
  for (let l = 1; l < LANGUAGES.length; l++) if (counts[l]! > counts[best]!) best = l;
  // Two other languages level at the top (a short text of words they share): no clear winner.
  const level = counts.some((c, l) => l !== 0 && l !== best && c === counts[best]);
  return best !== 0 && !level && counts[best]! >= MIN_MARKERS && counts[best]! >= MARGIN * counts[0]!
    ? LANGUAGES[best]!
    : 'en';
}

/**
 * Adds the marker words of text[0, end) to their languages' counts, and its Latin and Cyrillic letters to
 * `letters` (ASCII letters and U+00C0-U+024F; U+0400-U+04FF).
 */
function countMarkers(text: string, end: number, counts: number[], letters: number[]): void {
  // A hand-rolled scan rather than a regular expression: relate() asks this of every pair. A word is a run of
  // letters (ASCII, or any code unit from U+00C0 on but × and ÷); only short ones can be markers.
  let start = -1;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    const letter = ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
    if (letter) {
      if (c < 0x250) letters[0]!++;
      else if (c >= 0x400 && c < 0x500) letters[1]!++;
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= LONGEST) {
      const languages = MARKER_OF.get(text.slice(start, i).toLowerCase());
      if (languages !== undefined) for (const l of languages) counts[l]!++;
    }
    start = -1;
  }
}
