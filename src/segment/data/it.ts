/**
 * Italian segmentation data: forms of address, reference and date abbreviations in common Italian use, and the
 * sentence starters used after "ecc.".
 */
import type { LanguageData } from '../languages';
import { words } from './_words';

export const it: LanguageData = {
  abbreviations: {
    prefix: words(`
      sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa ing avv arch geom rag on sen dr mons p.es es
      gen col ten magg s.e card
    `),
    number: words('n nn pag pagg p pp art artt vol cap fig tel'),
    date: words('genn febbr apr magg giu lug ag sett ott nov dic'),
    general: words('ecc spa s.p.a srl s.r.l cfr ca'),
  },
  starters: words(`
    io tu lui lei noi voi loro il lo la i gli le un una uno questo questa questi queste quello quella ma e o
    però quindi poi oggi ieri domani in con per secondo dopo anche
  `),
};
