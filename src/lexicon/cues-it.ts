/**
 * Italian cue words (see LanguageCues in cues.ts). "non" opens a negation; "nessuno", "niente", "nulla" deny alone
 * before the verb and only repeat it after one ("non è venuto nessuno"). "mai" is left out of the negation words:
 * alone after a noun it means "ever" ("il più grande mai visto").
 */
import type { LanguageCues } from './cues';
import { wordMap, wordSet } from './_lists';

export const it: LanguageCues = {
  language: 'it',
  stopwords: wordSet(`
    il lo la i gli le l un uno una e ed o od ma però che di del dello della dei degli delle a al allo alla ai agli
    alle da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle con col su sul sullo sulla sui sugli
    sulle per tra fra
    suo sua suoi sue mio mia miei mie tuo tua nostro nostra nostri nostre vostro vostra loro si ci vi mi ti ne
    lui lei noi voi essi esse egli ella io tu
    questo questa questi queste quello quella quelli quelle ciò
    è sono era erano fu furono essere stato stata stati state sia siano sarà saranno sarebbe
    ha hanno aveva avevano avere avuto abbia abbiano avrà avrebbe ho hai abbiamo avete
    molto più anche già come quando dove chi cui perché se poi mai
  `),
  negators: wordSet('non'),
  companions: wordSet('nessuno nessuna nessun niente nulla neanche nemmeno neppure mica affatto'),
  companionsAlone: true,
  negatorNeedsCompanion: false,
  elidedNegators: [],
  elisions: [
    "dell'",
    "dall'",
    "nell'",
    "sull'",
    "all'",
    "quest'",
    "quell'",
    "un'",
    "l'",
    "d'",
    "c'",
    "s'",
    "m'",
    "t'",
    "v'",
  ],
  clauseEnd: wordSet('ma però tuttavia bensì eppure sebbene'),
  attribution: wordSet(`
    detto dichiarato affermato spiegato annunciato riferito sottolineato precisato secondo dice afferma dichiara
    spiega
  `),
  hedges: wordSet(`
    presumibilmente presuntamente presunto presunta presunti presunte probabilmente forse apparentemente
    asseritamente
  `),
  months: wordMap(`
    gennaio 1 febbraio 2 marzo 3 aprile 4 maggio 5 giugno 6 luglio 7 agosto 8 settembre 9 ottobre 10 novembre 11
    dicembre 12
  `),
  evidential: wordSet('presumibilmente presuntamente presunto presunta presunti presunte asseritamente'),
  lowercaseMonths: true,
  weekdays: wordMap(`
    lunedì 1 lunedi 1 martedì 2 martedi 2 mercoledì 3 mercoledi 3 giovedì 4 giovedi 4 venerdì 5 venerdi 5 sabato 6
    domenica 7
  `),
  numbers: new Map([
    ...wordMap(`
      due 2 tre 3 quattro 4 cinque 5 sei 6 sette 7 otto 8 nove 9 dieci 10 undici 11 dodici 12 tredici 13
      quattordici 14 quindici 15 sedici 16 diciassette 17 diciotto 18 diciannove 19 cento 100 duecento 200
      trecento 300 quattrocento 400 cinquecento 500 mille 1000
    `),
    ...compounds(),
  ]),
  scales: wordMap('mila 1000 mille 1000 milione 1000000 milioni 1000000 miliardo 1000000000 miliardi 1000000000'),
  dayLinks: wordSet(''),
  capitalizedNouns: false,
};

/**
 * The tens and the numbers written as one word from 21 to 99: "ventiquattro", "ventuno" and "ventotto" (the tens
 * drop their last vowel before "uno" and "otto"), "ventitré" (also written "ventitre").
 */
function compounds(): [string, number][] {
  const tens = wordMap('venti 20 trenta 30 quaranta 40 cinquanta 50 sessanta 60 settanta 70 ottanta 80 novanta 90');
  const units = wordMap('uno 1 due 2 tre 3 quattro 4 cinque 5 sei 6 sette 7 otto 8 nove 9');
  const out: [string, number][] = [];
  for (const [ten, t] of tens) {
    out.push([ten, t]);
    for (const [unit, u] of units) {
      const stem = unit === 'uno' || unit === 'otto' ? ten.slice(0, -1) : ten;
      out.push([stem + unit, t + u]);
      if (unit === 'tre') out.push([`${ten}tré`, t + u]);
    }
  }
  return out;
}
