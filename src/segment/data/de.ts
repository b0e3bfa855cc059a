/**
 * German segmentation data: the abbreviations of everyday and press German (Duden's list of common ones), the
 * month names after which "3." is an ordinal ("am 3. Mai"), and the sentence starters used after "usw." or "etc.".
 */
import type { LanguageData } from '../languages';
import { words } from './_words';

export const de: LanguageData = {
  abbreviations: {
    prefix: words(`
      dr prof hr hrn fr frl dipl ing mag st sog vgl bzw ca d.h z.b z.t u.a.m o.ä u.ä i.a i.d.r m.e s.o s.u
      ggf evtl inkl zzgl exkl ggü bspw insb ehem geb gest verh allg urspr abs
    `),
    number: words('nr s bd bde kap tel art abb tab anm hrsg aufl'),
    date: words('jan feb febr mär apr jun jul aug sep sept okt nov dez'),
    general: words('usw etc u.a usf ff mio mrd jh jhd chr v.chr n.chr str co gmbh ag kg'),
  },
  starters: words(`
    ich du er sie es wir ihr das der die dies diese dieser dann aber doch denn und oder auch so nun jetzt
    heute gestern morgen damit daher deshalb trotzdem wenn als weil im in am an auf bei mit nach seit
  `),
  ordinalFollowers: words(`
    januar jänner februar märz april mai juni juli august september oktober november dezember jahrhundert
  `),
};
