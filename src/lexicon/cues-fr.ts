/**
 * French cue words (see LanguageCues in cues.ts). Negation is split, "ne ... pas": "ne" (or "n'" fused with the
 * verb) opens the scope when "pas", "jamais", "rien", "plus", "aucun" or the like follows in its clause ("ne ... que"
 * is "only"). "sans" is left out: "sans doute" means "probably".
 */
import type { LanguageCues } from './cues';
import { wordMap, wordSet } from './_lists';

export const fr: LanguageCues = {
  language: 'fr',
  stopwords: wordSet(`
    le la les un une des du de au aux et ou mais donc or car que qui quoi dont où
    à en dans par pour sur sous avec chez vers entre depuis pendant avant après selon contre
    ce cet cette ces ceci cela ça son sa ses leur leurs mon ma mes ton ta tes notre nos votre vos
    il elle ils elles on je tu nous vous se lui eux y soi
    est sont était étaient été être sera seront serait seraient soit
    a ont avait avaient avoir aura auront aurait auraient eu ai as avons avez
    fait comme aussi très tout tous toute toutes même si lorsque quand puis
  `),
  negators: wordSet('ne'),
  companions: wordSet('pas jamais rien aucun aucune nullement guère plus personne'),
  companionsAlone: false,
  negatorNeedsCompanion: true,
  elidedNegators: ["n'"],
  elisions: ["l'", "d'", "qu'", "s'", "c'", "j'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'"],
  clauseEnd: wordSet('mais cependant toutefois pourtant quoique'),
  attribution: wordSet(`
    dit déclaré affirmé indiqué précisé expliqué assuré annoncé souligné estimé rapporté selon déclare affirme
    indique précise explique assure
  `),
  hedges: wordSet(`
    prétendument apparemment présumé présumée présumés présumées supposé supposée probablement
    vraisemblablement éventuellement
  `),
  months: wordMap(`
    janvier 1 janv 1 février 2 fevrier 2 févr 2 mars 3 avril 4 avr 4 mai 5 juin 6 juillet 7 juil 7 août 8 aout 8
    septembre 9 sept 9 octobre 10 oct 10 novembre 11 nov 11 décembre 12 decembre 12 déc 12
  `),
  evidential: wordSet('prétendument apparemment présumé présumée présumés présumées supposé supposée'),
  lowercaseMonths: true,
  weekdays: wordMap('lundi 1 mardi 2 mercredi 3 jeudi 4 vendredi 5 samedi 6 dimanche 7'),
  numbers: wordMap(`
    deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 vingt 20 trente 30
    quarante 40 cinquante 50 cent 100 mille 1000
  `),
  scales: wordMap('mille 1000 million 1000000 millions 1000000 milliard 1000000000 milliards 1000000000'),
  dayLinks: wordSet(''),
  capitalizedNouns: false,
};
