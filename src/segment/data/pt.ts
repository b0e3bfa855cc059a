/**
 * Portuguese segmentation data: forms of address, reference and date abbreviations in common Portuguese and
 * Brazilian use, and the sentence starters used after "etc.".
 */
import type { LanguageData } from '../languages';
import { words } from './_words';

export const pt: LanguageData = {
  abbreviations: {
    prefix: words(`
      sr sra srs sras srta dr dra drs dras prof profa eng arq des min gen cel ten sgt exmo exma ilmo ilma d sto
      sta av p.ex
    `),
    number: words('n nº n.º pág págs p pp art arts vol cap fig tel'),
    date: words('jan fev abr jun jul ago set out nov dez'),
    general: words('etc ltda s.a cia a.c d.c'),
  },
  starters: words(`
    eu tu ele ela nós eles elas você vocês o a os as um uma este esta estes estas isso esse essa mas e ou
    porém então hoje ontem amanhã em com por para segundo depois também
  `),
};
