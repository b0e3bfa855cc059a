/**
 * English word lists the feature and classification stages read. Data, not code: each list says where it comes
 * from or why it holds what it holds, so it can be reviewed and extended without touching a rule.
 */

/** Function words that carry no claim of their own (a short closed-class list: articles, pronouns, auxiliaries, prepositions). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then else so than that this these those there here
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  who whom whose which what when where why how
  is am are was were be been being have has had having do does did doing
  will would shall should can could may might must ought
  of in on at by for with about against between into through during before after above below to from up down
  out off over under again further once
  as until while because since though although unless whether
  all any both each few more most other some such own same too very just also only
  s 's ’s t can't let let's
  one's upon via per onto amid among within without
  yet ever still even much many`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that negate what follows them. 'without' and the verbs of denial negate their complement; they are kept
 * here, while 'contrary to' and the like are refutations (see REFUTATION_PHRASES), which target another account.
 */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'n’t',
  'never',
  'no',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'nowhere',
  'without',
  'cannot',
]);

/**
 * What follows a negator in idioms that deny nothing and often assert: "not only", "not just" (and more), "not the
 * only" / "not the first" (others did too), "no secret" (openly), "no doubt" (surely), "no less than" / "no fewer
 * than" (at least), "no longer" (no more, a change of state rather than a denial of the words after it), and a
 * past verb of imagining ("never thought he would", "never dreamed it would": surprise at what happened, which the
 * clause after it tells; not "expected", which news writes in the passive: "is not expected to resign" denies), and
 * "never before" (the first time: "the park had never before had an escape" tells of this one).
 */
export const NON_DENYING_AFTER: readonly string[] = [
  'only',
  'just',
  'merely',
  'the only',
  'the first',
  'secret',
  'doubt',
  'less than',
  'fewer than',
  'longer',
  'thought',
  'imagined',
  'dreamed',
  'dreamt',
  'before',
];

/**
 * Verbs (lemmas) of confirming or telling whose clause a negator does not deny: "would not confirm that a deal was
 * close" and "did not say that he would resign" neither assert nor deny the deal or the resignation. A negation's
 * scope ends at the "that" or "if" after one.
 */
export const UNCOMMITTED_REPORTS: ReadonlySet<string> = new Set([
  ...['confirm', 'verify', 'say', 'disclose', 'reveal', 'specify', 'announce', 'comment', 'state'],
]);

/** Verbs whose object is asserted to be false: "denied the claims", "refuted the report". */
export const DENIAL_VERBS: ReadonlySet<string> = new Set([
  'deny',
  'denies',
  'denied',
  'denying',
  'refute',
  'refutes',
  'refuted',
  'refuting',
  'reject',
  'rejects',
  'rejected',
  'rejecting',
  'dispute',
  'disputes',
  'disputed',
  'disputing',
  'dismiss',
  'debunk',
  'debunks',
  'debunked',
  'debunking',
  'contradict',
  'contradicts',
  'contradicted',
]);

/**
 * Negative implicative verbs: "X failed to Y" and "X refused to Y" entail that X did not Y (Karttunen 1971,
 * "Implicative verbs"; Nairn, Condoravdi & Karttunen 2006, used by RTE systems). Base forms, matched on the lemma,
 * and only when "to" follows: "prices declined" is no refusal.
 */
export const NEGATIVE_IMPLICATIVES: ReadonlySet<string> = new Set([
  'fail',
  'refuse',
  'decline',
  'neglect',
  'unable',
]);

/**
 * Positive implicatives: "X managed to Y", "X was able to Y" entail Y, so "not able to Y" denies Y itself. The claim
 * conflict rule looks through them to the verb after "to" (same sources as NEGATIVE_IMPLICATIVES).
 */
export const POSITIVE_IMPLICATIVES: ReadonlySet<string> = new Set(['able', 'manage']);

/**
 * Verbs of ceasing: "stopped selling" is compatible with "does not sell" and so never counts as an assertion of
 * what it stops. They do not deny on their own ("stopped smoking" presupposes having smoked).
 */
export const CESSATION_VERBS: ReadonlySet<string> = new Set(['stop', 'cease', 'quit', 'halt', 'discontinue']);

/**
 * Words before a number that make it a bound or an estimate ("more than 200", "about 80%", "up to 30"): such a number
 * is compatible with many others, so it never shows a mismatch. One or two words, matched on the words right
 * before the number.
 */
export const APPROXIMATORS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'almost',
  'some',
  'over',
  'under',
  'above',
  'below',
  'estimated',
  'circa',
  'barely',
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'up to',
]);

/**
 * Number words that are no count of their own: "one" is as often a pronoun ("one of the nurses"), the ordinals
 * rank rather than count, "both", "twice" and "half" relate to another quantity.
 */
export const NON_COUNT_NUMBERS: ReadonlySet<string> = new Set([
  'one',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'both',
  'twice',
  'half',
]);

/**
 * Multi-word phrases that explicitly rebut another account. Matched case-insensitively on token boundaries.
 * Single words that rebut ('false', 'untrue', 'baseless') only count next to a claim word (see REFUTATION_WORDS).
 */
export const REFUTATION_PHRASES: readonly string[] = [
  'contrary to',
  'in contrast to',
  'not true',
  'is false',
  'are false',
  'was false',
  'were false',
  'is untrue',
  'are untrue',
  'fake news',
  'a hoax',
  'is fake',
  'are fake',
  'was fake',
  'were fake',
  'a fabrication',
  'is a fraud',
  'was a fraud',
  'exposed as a fraud',
  'is a myth',
  'was a myth',
  'no basis',
  'no truth',
  'far from the truth',
  'complete nonsense',
  'utter nonsense',
  'total nonsense',
  'is nonsense',
  'was nonsense',
  'are nonsense',
  'were nonsense',
  'set the record straight',
];

/**
 * The refutation phrases that rebut another account while asserting their own clause: "Contrary to the report, X
 * did Y" says that X did Y. The others brand their own clause false ("Reports that X did Y are false").
 */
export const CONTRASTIVE_REFUTATIONS: readonly string[] = ['contrary to', 'in contrast to', 'set the record straight'];

/**
 * Nouns for another account or what it asserts, as a rebuttal names them: "rejects the claims", "denied the report",
 * "baseless allegations" (summary.stance). Surface forms and lemmas.
 */
export const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'reports',
  'reporting',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'story',
  'stories',
  'article',
  'articles',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'tale',
  'tales',
  'memo',
  'memos',
  'speculation',
  // A picture or a recording carries a claim as a story does: "the photo is fake", "dismissed the video".
  'photo',
  'photos',
  'photograph',
  'photographs',
  'picture',
  'pictures',
  'image',
  'images',
  'video',
  'videos',
  'footage',
]);

/** The REPORT_NOUNS that are charges against someone: denying them is the accused's plea (see compare.ts). */
export const ALLEGATION_NOUNS: ReadonlySet<string> = new Set([
  'allegation',
  'allegations',
  'accusation',
  'accusations',
]);

/** Words that, after a form of "be", say a report was wrong: "the reports were wrong". Read by summary.stance only. */
export const REPORT_VERDICTS: ReadonlySet<string> = new Set(['wrong', 'mistaken']);

/**
 * Phrases by which a report says it has not established a claim it tells of: "It is not clear whether her story is
 * true", "The video could not be independently verified", "Police have not confirmed the cause" (summary.stance: it
 * discusses the claim rather than agrees). Matched case-insensitively on word boundaries.
 */
export const DOUBT_PHRASES: readonly string[] = [
  'not clear whether',
  'not clear if',
  'unclear whether',
  'unclear if',
  'could not be verified',
  'could not be confirmed',
  'could not be independently verified',
  'could not be independently confirmed',
  'could not be immediately verified',
  'could not be immediately confirmed',
  'could not independently verify',
  'could not independently confirm',
  'could not verify',
  'could not confirm',
  'unable to verify',
  'unable to confirm',
  'unable to independently verify',
  'unable to independently confirm',
  'not been verified',
  'not been confirmed',
  'not been independently verified',
  'not been independently confirmed',
  'has not confirmed',
  'have not confirmed',
  'did not confirm',
  'would not confirm',
  'declined to confirm',
  'no independent confirmation',
  'yet to confirm',
  'yet to be confirmed',
  'yet to verify',
  'yet to be verified',
  'not yet confirmed',
  'not yet been confirmed',
  'not yet verified',
  'not yet been verified',
  'not yet established',
  'not been established',
  'not yet been established',
  'no conclusions have been reached',
  'no conclusion has been reached',
  'no conclusions had been reached',
  'no conclusion had been reached',
  'too early to say',
  'too early to tell',
  'too early to draw',
  'too early to know',
  'too soon to say',
  'too soon to tell',
  'impossible to say',
];

/**
 * Phrases by which a report says that someone would not speak to a claim: "The club declined to comment", "A
 * spokesperson would not say whether ...", "did not respond to requests for comment". A story that gives them beside
 * a party's denial leaves the question open (summary.stance: it discusses the claim rather than disputes it).
 * Matched case-insensitively on word boundaries.
 */
export const NO_COMMENT_PHRASES: readonly string[] = [
  'declined to comment',
  'refused to comment',
  'would not comment',
  'did not comment',
  'has not commented',
  'have not commented',
  'declined to discuss',
  'would not discuss',
  ...['would not say', 'did not say', 'declined to say'].flatMap((p) =>
    ['whether', 'if', 'who', 'when', 'where', 'why', 'how', 'what'].map((w) => `${p} ${w}`),
  ),
  'did not respond to',
  'did not reply to',
  'did not return',
  'not immediately respond',
  'not immediately return',
  'not immediately reply',
  'could not be reached',
  'nothing further to add',
];

/**
 * Verbs and phrasal verbs that reject a report only when one is their object ("dismissed reports that ...",
 * "dismissed as false a story that ...", "has shot down rumours that ...", "poured cold water on claims that ..."):
 * on their own they as often mean something else ("dismissed his adviser", "shut down the plant"), so they are no
 * verbs of denial (DENIAL_VERBS) and open no negation scope. Lowercase word sequences; read by summary.stance only.
 */
export const REPORT_DISMISSALS: ReadonlySet<string> = new Set([
  ...['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  ...['discount', 'discounts', 'discounted', 'discounting'],
  ...['quash', 'quashes', 'quashed', 'quashing'],
  ...['scotch', 'scotches', 'scotched', 'scotching'],
  ...['squash', 'squashes', 'squashed', 'squashing'],
  ...['rubbishes', 'rubbished', 'rubbishing'],
  ...['slam', 'slams', 'slammed', 'slamming'],
  ...['shut down', 'shuts down', 'shutting down'],
  ...['shoot down', 'shoots down', 'shot down', 'shooting down'],
  ...['hit back at', 'hits back at', 'hitting back at'],
  ...['laugh off', 'laughs off', 'laughed off', 'laughing off'],
  ...['brush off', 'brushes off', 'brushed off', 'brushing off'],
  ...['brush aside', 'brushes aside', 'brushed aside', 'brushing aside'],
  ...['pour cold water on', 'pours cold water on', 'poured cold water on', 'pouring cold water on'],
  ...['put to rest', 'puts to rest', 'putting to rest'],
  // The publisher takes its own report back: "Glint Weekly has withdrawn a report that ...".
  ...['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  ...['retract', 'retracts', 'retracted', 'retracting'],
  // "contradicting claims circulating online that ...": the participle, as a sentence's aside, rejects a report.
  'contradicting',
]);

/**
 * Words by which a story's lead sets its own news against an earlier report, after the news and its source: "Declan
 * Marsh is on board for Ironshore 4, the studio said, days after reports claimed he had quit"; "..., the club
 * announced, ending weeks of speculation that ...". Read by summary.stance only (compare.ts, countersReport).
 */
export const ANSWERING_REPORT: ReadonlySet<string> = new Set([
  'after',
  'ending',
  'contradicting',
  'dashing',
  'dispelling',
  'despite',
]);

/**
 * Verbs by which a party gives its own news after it ("..., council officials said on Wednesday"), or data show it
 * ("..., figures released on Friday show"). Not "confirmed": a lead that confirms restates the report it answers.
 */
export const GIVES_NEWS: ReadonlySet<string> = new Set([
  ...['said', 'says', 'announced', 'announces', 'stated', 'insisted', 'insists'],
  ...['show', 'shows', 'showed'],
]);

/** What else than REPORT_NOUNS a rumour a lead answers travels as: "after posts on social media claimed ...". */
export const RUMOUR_NOUNS: ReadonlySet<string> = new Set(['post', 'posts', 'fears', 'suggestions', 'talk']);

/**
 * Phrases by which a story says what a thing proved to be: "A wreck hailed as the Albion Star is in fact a fishing
 * trawler", "The document has turned out to be a contract template". Read by summary.stance only (compare.ts,
 * provesOtherwise).
 */
export const PROVED_PHRASES: readonly string[] = [
  ...['is in fact', 'was in fact', 'are in fact', 'were in fact'],
  ...['is actually', 'was actually', 'are actually', 'were actually'],
  ...['turned out to be', 'turns out to be'],
];

/**
 * Phrases by which a story says the report of a claim was taken back by its publisher: "The magazine has since
 * removed the article and published a correction". Read by summary.stance only (compare.ts, retracts); not after a
 * negator ("had not published a correction").
 */
export const RETRACTIONS: readonly string[] = [
  ...['published', 'issued', 'ran', 'printed', 'posted', 'added', 'appended'].flatMap((verb) => [
    `${verb} a correction`,
    `${verb} a retraction`,
  ]),
  'in a correction',
  ...['corrected', 'retracted'].flatMap((verb) =>
    ['article', 'story', 'report'].flatMap((noun) => [`${verb} its ${noun}`, `${verb} the ${noun}`]),
  ),
  ...['removed', 'deleted', 'took down', 'taken down', 'pulled'].flatMap((verb) =>
    ['article', 'story', 'report', 'post'].flatMap((noun) => [`${verb} its ${noun}`, `${verb} the ${noun}`]),
  ),
];

/**
 * Words by which a story tells what a thing was passed off as, before saying what it is: "A tunnel widely described
 * online as an escape route is part of the drainage system"; "a document that claimed to be the maths paper was a
 * fake". A verb of showing or telling, then "as" within its clause, or one of the phrases. Read by summary.stance
 * only (compare.ts, provesOtherwise).
 */
export const PASSED_OFF_VERBS: readonly string[] = [
  ...['described', 'hailed', 'billed', 'touted', 'branded', 'presented', 'shared', 'circulated', 'circulating'],
  ...['sold', 'advertised', 'celebrated', 'reported'],
];
export const PASSED_OFF_PHRASES: readonly string[] = [
  ...['said to', 'claimed to', 'purporting to', 'purported to', 'claiming to'],
  ...['appears to show', 'appeared to show', 'seems to show', 'seemed to show'],
];

/**
 * Words that, right after "is" or "was", begin what a thing passed off as something is: "is part of the drainage
 * system", "was a fake", "is from a 2019 film".
 */
export const NATURE_STARTS: readonly string[] = [
  ...['a', 'an', 'the', 'part', 'one', 'from', 'of', 'just', 'merely', 'simply', 'only', 'nothing'],
];

/** Words that make what follows a report noun a question, not a claim: "speculation over who would ...". */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  ...['who', 'whom', 'whether', 'what', 'which', 'when', 'where', 'how', 'if'],
]);

/**
 * Phrases by which a sentence says an event it refers back to did not take place at all: "Police say the incident
 * never happened." Read by summary.stance only, after a definite or demonstrative subject ("the incident", "this").
 */
export const NON_EVENTS: readonly string[] = [
  'never happened',
  'did not happen',
  "didn't happen",
  'never took place',
  'did not take place',
  "didn't take place",
  'never occurred',
  'did not occur',
  "didn't occur",
  'does not exist',
  "doesn't exist",
  'did not exist',
  "didn't exist",
  'never existed',
];

/**
 * What a sentence says of a thing it refers back to when it calls it false, after a form of "be" or "looks like"
 * and perhaps an adverb ("the warning is misinformation", "That number is simply wrong", "that document was a
 * forgery", "This looks like a hoax"). Read by summary.stance only, after a subject as NON_EVENTS take one.
 */
export const FALSEHOODS: readonly string[] = [
  'misinformation',
  'disinformation',
  'a hoax',
  'a fake',
  'fake',
  'false',
  'untrue',
  'not true',
  'not real',
  'not genuine',
  'not accurate',
  'wrong',
  'incorrect',
  'inaccurate',
  'mistaken',
  'a forgery',
  'forged',
  'a fabrication',
  'fabricated',
  'made up',
  'invented',
  'bogus',
  'baseless',
  'unfounded',
  'groundless',
  'nonsense',
  'doctored',
  'a myth',
];

/** Verbs that join a subject to FALSEHOODS: "is", "looks like", "appears to be", "turned out to be". */
export const FALSEHOOD_COPULAS: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  'turned out to be',
  'turns out to be',
  'proved to be',
  'proved',
  'proven to be',
  'proven',
  'looks like',
  'look like',
  'appears to be',
  'appear to be',
  'seems to be',
  'seem to be',
];

/**
 * Verbs that brand what they refer back to with FALSEHOODS: "describing it as 'a crude forgery'", "called it a hoax",
 * "labelled them fake". Read by summary.stance only.
 */
export const BRANDINGS: readonly string[] = [
  ...['call', 'calls', 'called', 'calling'],
  ...['describe', 'describes', 'described', 'describing'],
  ...['label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling'],
  ...['brand', 'brands', 'branded', 'branding'],
  ...['dismiss', 'dismisses', 'dismissed', 'dismissing'],
];

/** Adverbs that may stand between FALSEHOOD_COPULAS and FALSEHOODS: "is simply wrong". */
export const FALSEHOOD_ADVERBS: readonly string[] = [
  'simply',
  'wildly',
  'completely',
  'totally',
  'entirely',
  'just',
  'clearly',
  'absolutely',
  'all',
  'also',
  'plainly',
  'utterly',
];

/** Words that refer back to something already told: the subjects NON_EVENTS and FALSEHOODS deny. */
export const BACK_REFERENCES: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'it']);

/** Forms of "be" before a participle that make it passive ("have been debunked", "were denied"). */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/** Adjectives that brand a claim false: "false reports", "baseless claims". */
export const REFUTATION_WORDS: ReadonlySet<string> = new Set([
  'false',
  'untrue',
  'baseless',
  'unfounded',
  'groundless',
  'fabricated',
  'inaccurate',
  'incorrect',
  'misleading',
  'erroneous',
  'bogus',
  'doctored',
]);

/**
 * The hedges by which a writer passes a claim on without vouching for it (evidentials: "reportedly", "allegedly",
 * "unconfirmed"), as opposed to the modal ones ("may", "could", "likely"), which weigh a claim the writer still makes.
 * A report that repeats another's claims only with these discusses them rather than agrees (summary.stance).
 * "Claim" is among them: news style keeps "said" for neutral attribution, as "claimed" casts doubt on what follows
 * (the AP Stylebook's advice on verbs of attribution).
 */
export const EVIDENTIAL_HEDGES: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'claimed',
  'claiming',
  'allegedly',
  'reportedly',
  'apparently',
  'purportedly',
  'purported',
  'purports',
  'purporting',
  'supposedly',
  'seemingly',
  'rumored',
  'rumoured',
  'alleged',
  'suspected',
  'unconfirmed',
  'appeared',
  'appears',
  'seems',
  'seemed',
  // Conjecture passed on: "analysts have suggested he may have had surgery", "prompting speculation".
  'suggested',
  'speculated',
  'speculation',
  'unverified',
]);

/**
 * The hedges of mere possibility, by which a report that repeats a claim stated outright does not vouch for it
 * either (summary.stance: it discusses the claim rather than agrees): "Apple may unveil a watch" against "Apple to
 * unveil a watch", "a man may have been killed" against "man killed". Not "could", which as often tells what someone
 * was able to do ("the fire could be seen for miles"), nor "likely" and "probably", which lean to the claim.
 */
export const POSSIBILITY_HEDGES: ReadonlySet<string> = new Set(['may', 'might', 'possibly', 'perhaps', 'maybe']);

/**
 * Hedges that, before a denial or another conflict in their clause, make it a guess or a report rather than a
 * statement: "X may not play Y after all", "X reportedly never signed". Modals and adverbs only: a verb of claiming
 * introduces the report that a denial answers ("has not been arrested, after a website claimed he had").
 */
export const CONFLICT_HEDGES: ReadonlySet<string> = new Set([
  ...POSSIBILITY_HEDGES,
  'allegedly',
  'reportedly',
  'apparently',
  'purportedly',
  'supposedly',
  'seemingly',
]);

/** Hedges: the claim is held at a distance, not denied. Kept as cues, never treated as negation. */
export const HEDGES: ReadonlySet<string> = new Set([
  ...EVIDENTIAL_HEDGES,
  'possibly',
  'perhaps',
  'maybe',
  'likely',
  'unlikely',
  'probably',
  'may',
  'might',
  'could',
]);

/** Verbs of saying that mark attribution: "one official said", "the report noted". */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'reported',
  'reports',
  'noted',
  'notes',
  'stated',
  'states',
  'claimed',
  'claims',
  'added',
  'according',
  'quoted',
  'wrote',
  'announced',
  'confirmed',
  'insisted',
  'argued',
  'suggested',
  'concluded',
  'explained',
]);

/**
 * Quantity and intensity words on a two-ended scale. A "low" word on one side and a "high" word on the other,
 * about the same thing, is a quantity mismatch: "one phone conversation" against "intensive contact".
 */
export const QUANTITY_LOW: ReadonlySet<string> = new Set([
  'one',
  'single',
  'once',
  'only',
  'sole',
  'few',
  'brief',
  'briefly',
  'rare',
  'rarely',
  'little',
  'minimal',
  'occasional',
  'occasionally',
  'limited',
  'seldom',
  'hardly',
]);
export const QUANTITY_HIGH: ReadonlySet<string> = new Set([
  'many',
  'multiple',
  'numerous',
  'several',
  'intensive',
  'intense',
  'extensive',
  'frequent',
  'frequently',
  'repeated',
  'repeatedly',
  'regular',
  'regularly',
  'constant',
  'constantly',
  'close',
  'closely',
  'ongoing',
  'sustained',
  'countless',
]);

/**
 * How bad a harm is, low or high: "minor injuries" against "badly hurt", "slightly damaged" against "severely
 * damaged" (see HARM_STEMS). Two accounts of one event often differ on it: a police report and a witness.
 */
export const SEVERITY_LOW: ReadonlySet<string> = new Set([
  'minor',
  'slight',
  'slightly',
  'mild',
  'mildly',
  'superficial',
  'superficially',
  'non-life-threatening',
]);
export const SEVERITY_HIGH: ReadonlySet<string> = new Set([
  'serious',
  'seriously',
  'severe',
  'severely',
  'critical',
  'critically',
  'grave',
  'gravely',
  'badly',
  'grievous',
  'grievously',
  'life-threatening',
]);

/**
 * What a severity word must qualify, as Porter stems, by kind: harm to people and damage to things. "A minor party"
 * or "serious concerns" are no harm.
 */
export const HARM_STEMS: ReadonlyMap<string, 'hurt' | 'damage'> = new Map([
  ['injuri', 'hurt'],
  ['injur', 'hurt'],
  ['hurt', 'hurt'],
  ['wound', 'hurt'],
  ['burn', 'hurt'],
  ['condit', 'hurt'],
  ['ill', 'hurt'],
  ['damag', 'damage'],
]);

/** Number words to their values. Scales multiply the number before them ("1.5 million"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['dozen', 12],
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['both', 2],
  ['twice', 2],
  ['half', 0.5],
]);
/**
 * Scales news style abbreviates, standing alone ("$1.5 bn", "90 mln") or written onto the number ("$1.5bn",
 * "2.3bn people"). "m", "k" and "b" count only written onto a number after a currency sign (MONEY_SUFFIX_SCALES:
 * "£90m", "€20k"; "a 5m wall" is five metres).
 */
export const SUFFIX_SCALES: ReadonlyMap<string, number> = new Map([
  ['bn', 1e9],
  ['bln', 1e9],
  ['mn', 1e6],
  ['mln', 1e6],
  ['tn', 1e12],
  ['trn', 1e12],
]);
export const NUMBER_SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ...SUFFIX_SCALES,
  ['percent', 1],
  ['%', 1],
]);
export const MONEY_SUFFIX_SCALES: ReadonlyMap<string, number> = new Map([
  ['m', 1e6],
  ['k', 1e3],
  ['b', 1e9],
]);

/** Units of measure written onto a number: "20km", "5kg", "70mph". */
export const SUFFIX_UNITS: ReadonlySet<string> = new Set([
  'km',
  'kg',
  'mph',
  'kph',
  'kmh',
  'cm',
  'mm',
  'ft',
  'lb',
  'lbs',
  'mw',
  'gw',
  'kw',
  'ha',
]);

/** The months' full names, January first: what an abbreviation ("Feb.") is read as. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sunday', 7],
]);

/**
 * Short forms and the names they stand for, so that "UN" matches "United Nations". Keys are lowercase short forms;
 * values are the lowercase full name whose words the entity matcher compares.
 */
export const ALIASES: ReadonlyMap<string, string> = new Map([
  ['un', 'united nations'],
  ['u.n.', 'united nations'],
  ['us', 'united states'],
  ['u.s.', 'united states'],
  ['usa', 'united states'],
  ['america', 'united states'],
  ['uk', 'united kingdom'],
  ['u.k.', 'united kingdom'],
  ['britain', 'united kingdom'],
  ['eu', 'european union'],
  ['e.u.', 'european union'],
  ['nato', 'north atlantic treaty organization'],
  ['isis', 'islamic state'],
  ['isil', 'islamic state'],
  ['pm', 'prime minister'],
  ['vp', 'vice president'],
  ['nsc', 'national security council'],
  ['nsa', 'national security agency'],
  ['cia', 'central intelligence agency'],
  ['fbi', 'federal bureau of investigation'],
  ['who', 'world health organization'],
  ['imf', 'international monetary fund'],
  ['gop', 'republican party'],
  ['potus', 'president'],
  ['pmo', "prime minister's office"],
]);

/**
 * Adjectives of nationality and the countries they name, so that "an American journalist" and "a US journalist", or
 * "Israeli officials" and "Israel", name the same participant. Keys are lowercase adjectives; values, as in ALIASES,
 * the lowercase name. Left out: adjectives shared by two countries ("Korean") or that name a people across several
 * ("Arab", "Kurdish").
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['american', 'united states'],
  ['british', 'united kingdom'],
  ['israeli', 'israel'],
  ['palestinian', 'palestine'],
  ['russian', 'russia'],
  ['ukrainian', 'ukraine'],
  ['chinese', 'china'],
  ['japanese', 'japan'],
  ['indian', 'india'],
  ['pakistani', 'pakistan'],
  ['afghan', 'afghanistan'],
  ['iranian', 'iran'],
  ['iraqi', 'iraq'],
  ['syrian', 'syria'],
  ['lebanese', 'lebanon'],
  ['egyptian', 'egypt'],
  ['turkish', 'turkey'],
  ['saudi', 'saudi arabia'],
  ['french', 'france'],
  ['german', 'germany'],
  ['italian', 'italy'],
  ['spanish', 'spain'],
  ['polish', 'poland'],
  ['dutch', 'netherlands'],
  ['greek', 'greece'],
  ['mexican', 'mexico'],
  ['canadian', 'canada'],
  ['brazilian', 'brazil'],
  ['australian', 'australia'],
  ['nigerian', 'nigeria'],
]);

/** English given-name short forms, so "Mike Waltz" matches "Michael Waltz". */
export const NICKNAMES: ReadonlyMap<string, string> = new Map([
  ['mike', 'michael'],
  ['bill', 'william'],
  ['will', 'william'],
  ['bob', 'robert'],
  ['rob', 'robert'],
  ['jim', 'james'],
  ['jimmy', 'james'],
  ['joe', 'joseph'],
  ['tom', 'thomas'],
  ['dick', 'richard'],
  ['rick', 'richard'],
  ['dan', 'daniel'],
  ['dave', 'david'],
  ['steve', 'steven'],
  ['stephen', 'steven'],
  ['chris', 'christopher'],
  ['matt', 'matthew'],
  ['nick', 'nicholas'],
  ['tony', 'anthony'],
  ['ben', 'benjamin'],
  ['bibi', 'benjamin'],
  ['alex', 'alexander'],
  ['andy', 'andrew'],
  ['ed', 'edward'],
  ['ted', 'edward'],
  ['liz', 'elizabeth'],
  ['kate', 'katherine'],
  ['jen', 'jennifer'],
  ['sam', 'samuel'],
  ['pete', 'peter'],
  ['don', 'donald'],
  ['ron', 'ronald'],
  ['jd', 'james'],
]);

/** British and American spellings folded to one form before stemming. */
export const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['advisor', 'adviser'],
  ['advisors', 'advisers'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['labour', 'labor'],
  ['honour', 'honor'],
  ['favour', 'favor'],
  ['centre', 'center'],
  ['programme', 'program'],
  ['organisation', 'organization'],
  ['cancelled', 'canceled'],
]);

/**
 * Titles that stand before a name and, with "the", stand in for it later ("the PM", "the former National Security
 * Advisor"). Lowercase, multi-word titles as phrases.
 */
export const TITLES: readonly string[] = [
  'president',
  'vice president',
  'prime minister',
  'minister',
  'secretary of state',
  'secretary',
  'national security adviser',
  'adviser',
  'ambassador',
  'senator',
  'sen',
  'representative',
  'rep',
  'governor',
  'gov',
  'general',
  'gen',
  'mayor',
  'chancellor',
  'king',
  'queen',
  'chief',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'mr',
  'mrs',
  'ms',
  'dr',
  'pm',
  'vp',
];

/** Words that can stand before a title without changing who is meant ("the former PM"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former',
  'then',
  'current',
  'new',
  'outgoing',
  'incoming',
  'acting',
  'interim',
  'deputy',
  'israeli',
  'american',
  'us',
]);

/**
 * Verbs of saying whose subject, when it opens the sentence, only says who holds the claim that follows: "Okafor said
 * the driver did not stop". Verbs that as often name an act of the subject's own ("announced", "confirmed",
 * "claimed": "the group claimed the attack") are left out.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'stated',
  'states',
  'added',
  'noted',
  'notes',
  'insisted',
  'argued',
  'wrote',
  'explained',
]);

/**
 * Words that frame a claim rather than make it: verbs of saying and speech acts. "Trump announced that he has
 * nominated Waltz" and "We congratulate Mr. Waltz on his appointment" make the same claim; the framing words weigh
 * little in the similarity so that they do not hide it.
 */
export const FRAMING: ReadonlySet<string> = new Set([
  ...ATTRIBUTION_VERBS,
  'say',
  'tell',
  'report',
  'note',
  'state',
  'claim',
  'add',
  'announce',
  'confirm',
  'congratulate',
  'congratulated',
  'congratulates',
  'welcome',
  'welcomed',
  'welcomes',
  'praise',
  'praised',
  'thank',
  'thanked',
  'applaud',
  'applauded',
  'insist',
  'write',
]);

/**
 * Evaluative words: they state the speaker's attitude, not a checkable fact ("his important appointment", "a warm
 * meeting"). Like framing words they weigh little, so two accounts of one fact match whatever each thinks of it.
 */
export const EVALUATIVE: ReadonlySet<string> = new Set([
  'important',
  'warm',
  'great',
  'good',
  'excellent',
  'historic',
  'wonderful',
  'productive',
  'fruitful',
  'friendly',
  'cordial',
  'positive',
  'successful',
  'significant',
  'remarkable',
  'terrible',
  'bad',
  'disgraceful',
  'shameful',
  'outrageous',
  'unfortunate',
  'excellent',
  'deep',
  'sincere',
  'heartfelt',
  'valuable',
  'honored',
  'proud',
  'pleased',
  'delighted',
  'happy',
]);
