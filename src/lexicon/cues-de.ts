/**
 * German cue words (see LanguageCues in cues.ts): closed-class words of standard written German, as grammars and
 * news style use them.
 */
import type { LanguageCues } from './cues';
import { wordMap, wordSet } from './_lists';

export const de: LanguageCues = {
  language: 'de',
  stopwords: wordSet(`
    der die das den dem des ein eine einen einem einer eines
    und oder aber doch sondern denn dass daß ob wenn als wie so weil da damit
    zu zum zur im in ins am an ans auf aus bei beim mit nach von vom vor über unter um durch für gegen bis seit
    während wegen trotz zwischen neben hinter gegenüber
    ist sind war waren wird werden wurde wurden worden sein seien sei gewesen bin bist
    hat haben hatte hatten habe habest hätte hätten wäre wären würde würden
    kann können konnte konnten muss müssen musste mussten soll sollen sollte sollten will wollen wollte wollten
    darf dürfen durfte
    ich du er sie es wir ihr man ihm ihn ihnen sich mich mir dich dir uns euch
    sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer
    dieser diese dieses diesen diesem jener jene jenes welche welcher welches welchen welchem
    auch noch nur schon sehr mehr dann hier dort nun jetzt was wer wo wann warum wie
    alle allen aller alles jeder jede jedes jeden jedem viel viele vielen einige anderen andere anderer etwa
  `),
  // "ohne" is left out: "ohne Zweifel" means "no doubt".
  negators: wordSet('nicht kein keine keinen keinem keiner keines nie niemals nichts niemand nirgends weder'),
  companions: wordSet(''),
  companionsAlone: false,
  negatorNeedsCompanion: false,
  elidedNegators: [],
  elisions: [],
  clauseEnd: wordSet('aber doch jedoch sondern obwohl allerdings'),
  attribution: wordSet(`
    sagte sagten sagt sagen erklärte erklärten erklärt teilte teilten betonte betonten berichtete berichteten
    berichtet behauptete behaupteten behauptet meldete meldeten zufolge laut
  `),
  hedges: wordSet(`
    angeblich mutmaßlich mutmaßliche mutmaßlichen vermutlich offenbar offenbar anscheinend möglicherweise
    wahrscheinlich vermeintlich vermeintliche vermeintlichen
  `),
  months: wordMap(`
    januar 1 jänner 1 jan 1 februar 2 feb 2 febr 2 märz 3 maerz 3 mär 3 april 4 apr 4 mai 5 juni 6 jun 6
    juli 7 jul 7 august 8 aug 8 september 9 sep 9 sept 9 oktober 10 okt 10 november 11 nov 11 dezember 12 dez 12
  `),
  evidential: wordSet(`
    angeblich mutmaßlich mutmaßliche mutmaßlichen offenbar anscheinend vermeintlich vermeintliche vermeintlichen
  `),
  lowercaseMonths: false,
  weekdays: wordMap(`
    montag 1 dienstag 2 mittwoch 3 donnerstag 4 freitag 5 samstag 6 sonnabend 6 sonntag 7
  `),
  numbers: wordMap(`
    eins 1 zwei 2 drei 3 vier 4 fünf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 elf 11 zwölf 12
    zwanzig 20 dreißig 30 vierzig 40 fünfzig 50 hundert 100 tausend 1000
  `),
  scales: wordMap('tausend 1000 million 1000000 millionen 1000000 mio 1000000 milliarde 1000000000 milliarden 1000000000 mrd 1000000000'),
  dayLinks: wordSet('.'),
  capitalizedNouns: true,
};
