/**
 * French segmentation data: forms of address, reference and date abbreviations of French typography
 * (Imprimerie nationale conventions), and the sentence starters used after "etc.".
 */
import type { LanguageData } from '../languages';
import { words } from './_words';

export const fr: LanguageData = {
  abbreviations: {
    prefix: words(`
      mme mmes mlle mlles mm dr dre pr me mgr st ste cf env ex p.ex c.-à-d c.à.d s.v.p svp av apr j.-c
      boul bd
    `),
    number: words('n° nº no p pp vol chap t art fig éd éds'),
    date: words('janv févr fév avr juil sept oct nov déc lun mar mer jeu ven sam dim'),
    general: words('etc cie éts ets sa sarl'),
  },
  starters: words(`
    je tu il elle on nous vous ils elles ce cet cette ces le la les un une des mais et ou donc or ni car
    puis ensuite alors aujourd'hui hier demain en dans au aux selon
  `),
};
