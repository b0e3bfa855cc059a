/**
 * English segmentation data. Abbreviations are lowercase, without their final period, with inner periods kept
 * ('u.s', 'e.g'). The class says what the period does before the next word (see `AbbreviationClass`).
 * Sources: AP and Chicago style abbreviations for titles, months, US states and companies, plus the units and
 * reference words common in news and scholarly prose.
 */
import type { LanguageData } from '../languages';
import { words } from './_words';

export const en: LanguageData = {
  abbreviations: {
    // Titles and words that always lead into what follows: "Sen. Warren", "Lt. Col. Smith", "e.g. apples".
    prefix: words(`
      mr mrs ms mx messrs mmes dr drs prof profs gen gens sen sens rep reps gov govs lt col capt cmdr cmdt
      cdr sgt adm maj rev hon pres supt brig cpl pvt pfc spc det insp msgr fr atty attys amb lieut comdr
      sec secy treas ens e.g i.e cf viz vs v ca approx appx abt incl
    `),
    // A period that is no boundary before a number: "No. 5", "p. 55", "Fig. 3", "Vol. 2", "c. 1900", "b. 1950".
    number: words(`
      no nos nr n° nº num art arts fig figs p pp pg pgs vol vols ch chap chaps sect ext op para paras par
      pts tab eq eqs ex ed eds ser suppl bk bks cols ref refs c b d fl
    `),
    // Months and weekdays: no boundary before a number ("Jan. 5", "Tue. 3 May").
    date: words(`
      jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    `),
    // Clock times: a boundary before a capital unless a zone, day or date follows ("5 p.m. EDT", "5 p.m. Friday").
    time: words('a.m p.m'),
    // Everything else: a boundary before a capital only when the capital is a common sentence starter.
    general: words(`
      u.s u.s.a u.k u.n e.u u.a.e u.s.s.r d.c n.y n.y.c l.a n.j n.h n.m n.c n.d s.c s.d r.i w.va p.r st
      ste ave av blvd rd sq ct cir pkwy hts mtn ft mt mts pt jct ln hwy rt rte tel ph fax apt rm bldg div
      univ inst assn assoc dept depts dist govt natl intl co cos corp inc ltd llc plc bros mfg mgmt cie
      gmbh ag ala ariz ark calif colo conn fla ga kan kans ky md mich minn mont neb nebr nev okla ore pa
      tenn tex vt va wis wyo ont que alta jr sr esq ph.d phd m.d b.a m.a b.s m.s m.b.a j.d ll.b ll.m d.d.s
      r.n b.sc m.sc al etc ibid id cit loc seq et misc esp orig var ver vers trans transl repr abbr abr
      anon illus introd pref ps p.s n.b q.v a.d b.c b.c.e c.e est admin asst avg dir exec mgr sup temp min
      max hr hrs yr yrs mo mos wk wks secs oz lb lbs gal qt tsp tbsp doz mi yd yds cu mph deg
    `),
  },
  // Capitalised words that, after an ambiguous period ("U.S.", "Co.", "E."), begin a new sentence far more often
  // than they continue a name: pronouns, determiners, conjunctions, auxiliaries and sentence adverbs.
  starters: words(`
    i you he she it we they this that these those there here the a an my your his her its our their some
    many most all both each every no none one two three four five six seven eight nine ten but and or nor
    so yet however then now still also meanwhile moreover furthermore nevertheless nonetheless instead
    thus therefore indeed otherwise in on at for if when while after before as since although though
    because during despite according what who whom why how where which whose do does did is are was were
    can could will would should shall might must have has had let please yes not even only just perhaps
    maybe another such other neither either once until unless whether with without by from to of under
    over about last next earlier later today yesterday tomorrow
  `),
  // Words after "a.m."/"p.m." that continue the time: zones, days, dates.
  timeFollowers: words(`
    et est edt ct cst cdt mt mst mdt pt pst pdt akst akdt hst gmt utc bst cet cest eet eest ist jst kst
    aest aedt eastern central mountain pacific local monday tuesday wednesday thursday friday saturday
    sunday mon tue tues wed thu thur thurs fri sat sun january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  `),
  // A sentence cannot be only "At 5 a.m.": a short phrase opened by one of these is an introductory adverbial.
  frontedPrepositions: words(`
    at by before after until till around about from since on in near between shortly just approximately
    roughly starting beginning as circa
  `),
  // Verbs of saying: `"Why?" Smith asked.` is one sentence, the quote and its attribution.
  speechVerbs: words(`
    said says asked asks added adds told tells wrote writes replied replies shouted yelled screamed
    continued explained noted recalled responded answered insisted argued declared warned tweeted posted
    stated concluded cried exclaimed whispered murmured demanded wondered quipped joked admitted
    acknowledged conceded claimed countered agreed observed remarked announced pleaded urged snapped
  `),
  unspacedStops: true,
  initialsMayEnd: true,
};
