/**
 * Spanish cue words (see LanguageCues in cues.ts). "no" opens a negation; "nunca", "nada", "nadie", "ningún" deny
 * alone before the verb and only repeat it after one ("no vino nunca").
 */
import type { LanguageCues } from './cues';
import { wordMap, wordSet } from './_lists';

export const es: LanguageCues = {
  language: 'es',
  stopwords: wordSet(`
    el la los las lo un una unos unas y e o u pero sino que de del a al en por para con sobre entre hasta desde
    hacia durante contra ante tras
    su sus mi mis tu tus nuestro nuestra nuestros nuestras se le les me te nos os él ella ellos ellas yo tú
    usted ustedes este esta estos estas ese esa esos esas aquel aquella esto eso
    es son era eran fue fueron ser sido sea está están estaba estaban estar estado
    ha han había habían haber hay habrá será serán sería habría
    muy más también ya como cuando donde quien quienes cual cuales cuyo porque pues si
  `),
  negators: wordSet('no'),
  companions: wordSet('nunca jamás nada nadie ningún ninguno ninguna ningunos ningunas tampoco'),
  companionsAlone: true,
  negatorNeedsCompanion: false,
  elidedNegators: [],
  elisions: [],
  clauseEnd: wordSet('pero sino aunque'),
  attribution: wordSet(`
    dijo dijeron afirmó afirmaron declaró declararon señaló señalaron indicó indicaron aseguró aseguraron
    explicó explicaron informó informaron según
  `),
  hedges: wordSet(`
    presuntamente supuestamente aparentemente probablemente posiblemente presunto presunta presuntos presuntas
    supuesto supuesta
  `),
  months: wordMap(`
    enero 1 febrero 2 marzo 3 abril 4 mayo 5 junio 6 julio 7 agosto 8 septiembre 9 setiembre 9 octubre 10
    noviembre 11 diciembre 12
  `),
  evidential: wordSet(`
    presuntamente supuestamente aparentemente presunto presunta presuntos presuntas supuesto supuesta
  `),
  lowercaseMonths: true,
  weekdays: wordMap(`
    lunes 1 martes 2 miércoles 3 miercoles 3 jueves 4 viernes 5 sábado 6 sabado 6 domingo 7
  `),
  numbers: wordMap(`
    dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 once 11 doce 12 veinte 20 treinta 30
    cuarenta 40 cincuenta 50 cien 100 ciento 100 mil 1000
  `),
  scales: wordMap('mil 1000 millón 1000000 millones 1000000 millardo 1000000000'),
  dayLinks: wordSet('de'),
  capitalizedNouns: false,
};
