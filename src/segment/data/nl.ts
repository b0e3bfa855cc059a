/**
 * Dutch segmentation data: forms of address, reference and date abbreviations in common Dutch use, and the
 * sentence starters used after "enz.".
 */
import type { LanguageData } from '../languages';
import { words } from './_words';

export const nl: LanguageData = {
  abbreviations: {
    prefix: words('dhr mevr mw mr dr drs ir ing prof ds st gen bijv b.v vs mgr ca'),
    number: words('nr blz p pp art vol fig tel hfst'),
    date: words('jan feb mrt apr jun jul aug sep sept okt nov dec'),
    general: words('enz etc e.d d.w.z m.a.w o.a n.v i.p.v t.o.v'),
  },
  starters: words(`
    ik jij je hij zij ze wij we u het de een dit dat deze die maar en of toch dus daarna vandaag gisteren
    morgen in met voor volgens ook er
  `),
};
