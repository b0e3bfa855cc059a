/**
 * Russian segmentation data: abbreviations in common Russian use ("т. е.", "им.", "ул.", "млн"), and the sentence
 * starters used after "и т. д.". "г." (year, city) is read as a general abbreviation: a boundary before a capital
 * only when a sentence starter follows.
 */
import type { LanguageData } from '../languages';
import { words } from './_words';

export const ru: LanguageData = {
  abbreviations: {
    prefix: words('т.е т.к т.н проф акад им ул д кв св гр ген тов см напр'),
    number: words('стр п ст рис табл тел гл'),
    date: words('янв фев февр апр авг сент сен окт нояб дек'),
    general: words('г гг т.д т.п др пр млн млрд тыс руб долл коп'),
  },
  starters: words(`
    я ты он она оно мы вы они это этот эта эти но и а или однако затем сегодня вчера завтра в на с по как что
    когда также
  `),
};
