/**
 * Spanish segmentation data: forms of address, reference and date abbreviations listed by the Real Academia
 * Española, and the sentence starters used after "etc.".
 */
import type { LanguageData } from '../languages';
import { words } from './_words';

export const es: LanguageData = {
  abbreviations: {
    prefix: words(`
      sr sra srta sres sras dr dra drs lic ing prof profa arq mtro mtra ud uds vd vds d dña dn fr sto sta
      gral cnel tte sgto p.ej ej aprox ca vs cf av avda c
    `),
    number: words('n° nº núm no p pp pág págs vol vols cap art fig tel apdo'),
    date: words('ene feb mar abr jun jul ago sep sept oct nov dic lun mié jue vie sáb dom'),
    general: words('etc cía s.a s.l ltda hnos ee.uu a.c d.c dpto admón atte'),
  },
  starters: words(`
    yo tú él ella nosotros ellos ellas usted ustedes el la los las un una este esta estos estas eso pero y
    o sin embargo entonces luego hoy ayer mañana en con por para según
  `),
};
