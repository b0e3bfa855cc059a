/**
 * Dutch cue words (see LanguageCues in cues.ts). "niet", "geen", "nooit", "niemand", "niets" and "nergens" each
 * deny alone; Dutch has no split negation.
 */
import type { LanguageCues } from './cues';
import { wordMap, wordSet } from './_lists';

export const nl: LanguageCues = {
  language: 'nl',
  stopwords: wordSet(`
    de het een en of maar dat die dit deze van in op te aan met voor door bij naar uit over onder tegen tussen tot
    sinds na om als dan
    zijn haar hun mijn ons onze jullie zich hij zij ze wij we ik jij je u hem wie wat waar welke
    is was waren ben bent wordt worden werd werden geweest zal zullen zou zouden
    heeft hebben had hadden hebt heb
    ook al nog wel zeer veel meer er
  `),
  negators: wordSet('niet geen nooit niemand niets nergens'),
  companions: wordSet(''),
  companionsAlone: false,
  negatorNeedsCompanion: false,
  elidedNegators: [],
  elisions: [],
  clauseEnd: wordSet('maar echter doch hoewel'),
  attribution: wordSet('zei zegt zeiden zeggen verklaarde verklaart meldde meldt stelde stelt volgens aldus benadrukte'),
  hedges: wordSet(`
    vermoedelijk mogelijk waarschijnlijk kennelijk blijkbaar verluidt zogenaamd zogenaamde vermeend vermeende
  `),
  months: wordMap(`
    januari 1 februari 2 maart 3 april 4 mei 5 juni 6 juli 7 augustus 8 september 9 oktober 10 november 11
    december 12
  `),
  evidential: wordSet('vermoedelijk verluidt zogenaamd zogenaamde vermeend vermeende'),
  lowercaseMonths: true,
  weekdays: wordMap('maandag 1 dinsdag 2 woensdag 3 donderdag 4 vrijdag 5 zaterdag 6 zondag 7'),
  numbers: new Map([
    ...wordMap(`
      twee 2 drie 3 vier 4 vijf 5 zes 6 zeven 7 acht 8 negen 9 tien 10 elf 11 twaalf 12 dertien 13 veertien 14
      vijftien 15 zestien 16 zeventien 17 achttien 18 negentien 19 honderd 100 duizend 1000
    `),
    ...compounds(),
  ]),
  scales: wordMap('duizend 1000 miljoen 1000000 miljard 1000000000'),
  dayLinks: wordSet(''),
  capitalizedNouns: false,
};

/**
 * The tens, the numbers written as one word from 21 to 99, the unit before the ten ("vierentwintig", and
 * "tweeëntwintig" after a unit that ends in e), and the hundreds ("tweehonderd").
 */
function compounds(): [string, number][] {
  const tens = wordMap('twintig 20 dertig 30 veertig 40 vijftig 50 zestig 60 zeventig 70 tachtig 80 negentig 90');
  const units = wordMap('een 1 twee 2 drie 3 vier 4 vijf 5 zes 6 zeven 7 acht 8 negen 9');
  const out: [string, number][] = [];
  for (const [ten, t] of tens) {
    out.push([ten, t]);
    for (const [unit, u] of units) out.push([`${unit}${unit.endsWith('e') ? 'ën' : 'en'}${ten}`, t + u]);
  }
  for (const [unit, u] of units) if (u > 1) out.push([`${unit}honderd`, 100 * u]);
  return out;
}
