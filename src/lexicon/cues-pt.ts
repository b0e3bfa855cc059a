/**
 * Portuguese cue words (see LanguageCues in cues.ts). "não" opens a negation; "nunca", "nada", "ninguém",
 * "nenhum" deny alone before the verb and only repeat it after one ("não disse nada"). Weekdays are the full
 * "segunda-feira" forms (and "terça"): "segunda", "quinta" and "sexta" alone are also ordinals.
 */
import type { LanguageCues } from './cues';
import { wordMap, wordSet } from './_lists';

export const pt: LanguageCues = {
  language: 'pt',
  stopwords: wordSet(`
    o a os as um uma uns umas e ou mas que de do da dos das em no na nos nas num numa por pelo pela pelos pelas
    para com sem sobre entre até desde após ante contra sob ao aos à às
    seu sua seus suas meu minha meus minhas nosso nossa nossos nossas se lhe lhes me te vos ele ela eles elas eu
    tu você vocês
    este esta estes estas esse essa esses essas aquele aquela aqueles aquelas isto isso aquilo
    é são era eram foi foram ser sido seja sejam será serão seria está estão estava estavam estar estado
    há havia haver tem têm tinha tinham ter tido terá teria
    muito mais também já como quando onde quem qual quais cujo porque pois
  `),
  negators: wordSet('não'),
  companions: wordSet('nunca jamais nada ninguém nenhum nenhuma nenhuns nenhumas tampouco'),
  companionsAlone: true,
  negatorNeedsCompanion: false,
  elidedNegators: [],
  elisions: [],
  clauseEnd: wordSet('mas porém contudo todavia embora'),
  attribution: wordSet(`
    disse disseram afirmou afirmaram declarou declararam informou informaram explicou explicaram anunciou
    anunciaram segundo conforme
  `),
  hedges: wordSet(`
    supostamente alegadamente aparentemente provavelmente possivelmente suposto suposta supostos supostas
    alegado alegada alegados alegadas
  `),
  months: wordMap(`
    janeiro 1 fevereiro 2 março 3 marco 3 abril 4 maio 5 junho 6 julho 7 agosto 8 setembro 9 outubro 10
    novembro 11 dezembro 12
  `),
  evidential: wordSet(`
    supostamente alegadamente suposto suposta supostos supostas alegado alegada alegados alegadas
  `),
  lowercaseMonths: true,
  weekdays: wordMap(`
    segunda-feira 1 terça-feira 2 terca-feira 2 terça 2 quarta-feira 3 quinta-feira 4 sexta-feira 5 sábado 6
    sabado 6 domingo 7
  `),
  numbers: wordMap(`
    dois 2 duas 2 três 3 tres 3 quatro 4 cinco 5 seis 6 sete 7 oito 8 nove 9 dez 10 onze 11 doze 12 treze 13
    catorze 14 quatorze 14 quinze 15 dezesseis 16 dezasseis 16 dezessete 17 dezassete 17 dezoito 18 dezenove 19
    dezanove 19 vinte 20 trinta 30 quarenta 40 cinquenta 50 sessenta 60 setenta 70 oitenta 80 noventa 90 cem 100
    cento 100 duzentos 200 duzentas 200 trezentos 300 trezentas 300 quinhentos 500 quinhentas 500 mil 1000
  `),
  scales: wordMap('mil 1000 milhão 1000000 milhões 1000000 bilhão 1000000000 bilhões 1000000000'),
  dayLinks: wordSet('de'),
  capitalizedNouns: false,
};
