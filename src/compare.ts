/**
 * compare(a, b, options): runs the stages in order (segment -> features -> align -> summary) and nothing else.
 */
import { CorroborateError, parseOrThrow } from './errors';
import {
  CompareOptionsSchema,
  DocumentInputSchema,
  SCHEMA_VERSION,
  type CompareOptions,
  type CueKind,
  type DocumentInput,
  type Link,
  type Omission,
  type Report,
  type Stance,
  type Summary,
} from './schemas';
import { segmentResolved } from './segment/index';
import { isName, readAccount, withOtherTitles, type SentenceFeatures } from './features/index';
import { alignAccounts } from './align/index';
import { cuesFor } from './lexicon/cues';
import { resolveLanguage } from './segment/detect';
import { DEFAULT_MODEL } from './classify/index';
import { FITTED } from './classify/fitted';
import { priorIdf } from './classify/pair';
import {
  ALLEGATION_NOUNS,
  ANSWERING_REPORT,
  BACK_REFERENCES,
  BRANDINGS,
  CONFLICT_HEDGES,
  CONTRASTIVE_REFUTATIONS,
  DENIAL_VERBS,
  DOUBT_PHRASES,
  NO_COMMENT_PHRASES,
  EVIDENTIAL_HEDGES,
  FALSEHOOD_ADVERBS,
  FALSEHOOD_COPULAS,
  FALSEHOODS,
  GIVES_NEWS,
  NATURE_STARTS,
  NON_EVENTS,
  PASSIVE_BE,
  PASSED_OFF_PHRASES,
  PASSED_OFF_VERBS,
  POSSIBILITY_HEDGES,
  PROVED_PHRASES,
  QUESTION_WORDS,
  REFUTATION_PHRASES,
  REFUTATION_WORDS,
  REPORT_DISMISSALS,
  REPORT_NOUNS,
  REPORT_VERDICTS,
  RETRACTIONS,
  RUMOUR_NOUNS,
} from './lexicon/cues-en';

function toDocument(input: unknown, side: 'a' | 'b'): { id: string; title?: string; text: string } {
  if (input === undefined || input === null) {
    throw new CorroborateError(
      'E_INVALID_INPUT',
      `text ${side} is missing: expected a string or { text }, got ${String(input)}`,
    );
  }
  const doc = parseOrThrow(DocumentInputSchema, input, 'E_INVALID_INPUT', `text ${side}`);
  if (typeof doc === 'string') return { id: side, text: doc };
  const out: { id: string; title?: string; text: string } = { id: doc.id ?? side, text: doc.text };
  if (doc.title !== undefined) out.title = doc.title;
  return out;
}

/**
 * Compares two accounts of the same event. Splits both into sentences, links the sentences that speak to each
 * other as agreement, partial or contradiction, and lists what each account leaves out, with evidence as offsets.
 * Throws `CorroborateError` (`E_INVALID_INPUT`, `E_INVALID_OPTIONS`) on caller mistakes only; empty text gives an
 * empty report.
 *
 * @example
 * const report = compare(reportText, { id: 'pmo', title: 'PMO statement', text: statementText });
 * report.summary.stance; // 'disputes'
 */
export function compare(a: DocumentInput, b: DocumentInput, options?: CompareOptions): Report {
  return compareInContext(a, b, options).report;
}

/**
 * compare(), with the context its summary was made in (scripts/fit-topic.ts reads the stance without the topic rule
 * from it). Not part of the package's API.
 */
export function compareInContext(
  a: DocumentInput,
  b: DocumentInput,
  options?: CompareOptions,
): { report: Report; context: SummaryContext; nA: number; nB: number } {
  const docA = toDocument(a, 'a');
  const docB = toDocument(b, 'b');
  const opts = parseOrThrow(CompareOptionsSchema, options ?? {}, 'E_INVALID_OPTIONS', 'compare options');
  const progress = opts.onProgress ?? (() => undefined);
  const checkpoint = () => {
    if (opts.signal?.aborted) {
      throw new CorroborateError('E_ABORTED', 'comparison aborted', { cause: opts.signal.reason });
    }
  };
  const language = resolveLanguage(opts.language, docA.text, docB.text);
  const segOpts = { language, abbreviations: opts.abbreviations };
  checkpoint();
  progress({ stage: 'segment', done: 0, total: 2 });
  const sa = segmentResolved(docA.text, segOpts);
  progress({ stage: 'segment', done: 1, total: 2 });
  checkpoint();
  const sb = segmentResolved(docB.text, segOpts);
  progress({ stage: 'segment', done: 2, total: 2 });
  checkpoint();
  const cues = cuesFor(language);
  const ownA = readAccount(sa, cues);
  progress({ stage: 'features', done: sa.length, total: sa.length + sb.length });
  checkpoint();
  const ownB = readAccount(sb, cues);
  const fa = withOtherTitles(sa, ownA, ownB.titles);
  const fb = withOtherTitles(sb, ownB, ownA.titles);
  progress({ stage: 'features', done: sa.length + sb.length, total: sa.length + sb.length });
  const { links, omissions, duplicates } = alignAccounts(sa, sb, fa, fb, {
    threshold: opts.threshold,
    ordered: opts.ordered,
    onProgress: (done, total) => progress({ stage: 'align', done, total }),
    checkpoint,
  });
  progress({ stage: 'done', done: 1, total: 1 });
  const account = (doc: typeof docA, sentences: typeof sa) =>
    doc.title === undefined ? { id: doc.id, sentences } : { id: doc.id, title: doc.title, sentences };
  const passedOn = passesOn(
    docA.text,
    docB.text,
    fa,
    fb,
    cues?.evidential ?? EVIDENTIAL_HEDGES,
    cues === undefined ? POSSIBILITY_HEDGES : NO_WORDS,
  );
  const contradictionsPassedOn =
    cues === undefined
      ? links.filter((l) => l.relation === 'contradiction' && guessesConflict(l, docA.text, docB.text)).length
      : 0;
  const rejecting = rejectingSentence(links, fa, fb);
  // English only (the phrase lists): b says somewhere that the question is open (SummaryContext.open); elsewhere a
  // rejection of the report counts as b's own.
  const open = cues === undefined && leavesOpen(fb);
  const contested = rejecting >= 0 && open && toldBefore(links, rejecting);
  const context: SummaryContext = {
    hedgedB:
      (cues === undefined && (doubtsRestated(links, fa, fb) || withheld(fb))) ||
      links.some((l) => l.relation !== 'contradiction' && passedOn(l)),
    ...(contradictionsPassedOn > 0 ? { contradictionsPassedOn } : {}),
    rebuts:
      rebutsRestated(links, docA.text, docB.text) || rebutsAfter(links, fb) || (rejecting >= 0 && !contested),
    ...(contested ? { contested } : {}),
    ...(open ? { open } : {}),
    // Where a capital marks no name (German), whether the accounts share one is unknown.
    ...(cues?.capitalizedNouns === true ? {} : { sharedNames: sharesNames(fa, fb) }),
    // English only: the rarity weights (priorIdf) come from an English word list, and TOPIC_COVER was fitted on
    // English text; in another language every word would weigh alike, common ones too.
    ...(cues === undefined ? topicContext(fa, fb) : {}),
  };
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    language,
    a: account(docA, sa),
    b: account(docB, sb),
    links,
    omissions,
    duplicates,
    summary: summarize(links, omissions, sa.length, sb.length, context),
  };
  return { report, context, nA: sa.length, nB: sb.length };
}

/** SummaryContext.topic and topicNames. */
function topicContext(
  fa: readonly SentenceFeatures[],
  fb: readonly SentenceFeatures[],
): Pick<SummaryContext, 'topic' | 'topicNames'> {
  const { cover, names } = topicOf(fa, fb);
  return { topic: cover, topicNames: names };
}

/** No words: the possibility hedges of a language without a list of them. */
const NO_WORDS: ReadonlySet<string> = new Set();

/** What `summarize()` cannot read from the links alone. */
export interface SummaryContext {
  /**
   * b passes a's claims on without vouching for them: a sentence of b linked to a (not as a contradiction) carries an
   * evidential hedge ("reportedly", "allegedly"; EVIDENTIAL_HEDGES), or one of mere possibility ("may":
   * POSSIBILITY_HEDGES) when it is the link's only b sentence, or gives the claim as the content of a report ("a story
   * that ...", "reports that ...", "according to a report"), where the a side of the link does not. Or b says that
   * someone would not speak to the story (NO_COMMENT_PHRASES: "Representatives for the singer did not respond to
   * requests for comment", "The company declined to say whether dosing had been paused"): reporters write that of a
   * claim the parties have not confirmed (in bench/stance-dev.json 66 of the 142 bodies that discuss their headline
   * do, and 6 of the 142 that agree with it). b then discusses a rather than agrees.
   */
  hedgedB?: boolean;
  /**
   * How many of the contradiction links b gives only as a guess or a report: a modal or evidential hedge
   * (CONFLICT_HEDGES) before the conflict in its clause, that a does not have ("X may not play Y after all" against
   * "X to play Y"). b then tells of a conflict without asserting it, which makes it discuss a rather than dispute it,
   * unless b refutes a claim outright (a refutation cue, or `rebuts`). Undefined counts as 0.
   */
  contradictionsPassedOn?: number;
  /**
   * One account restates a claim of the other to call it false ("Reports that X did Y are false" against "X did
   * Y"): a link that is no contradiction, at partial-match similarity or more, carries a refutation on one side
   * only that brands its own clause false (a refutation phrase such as "are false" or "a hoax", not a contrastive
   * one: CONTRASTIVE_REFUTATIONS; or a word of REFUTATION_WORDS after a form of "be": "A notice purporting to show
   * ... was fabricated"), or one of the sentences right after such a link in b calls it false by reference
   * ("The story is false."). Or b rejects the report itself: a verb of denial whose object is a report or its
   * claims ("The Mayor's Office rejects the claims published by the Harbor Times"), or a report branded false
   * ("baseless allegations", "the report is false"), naming little that a does not. Or b's lead answers a report of
   * a's claim with a party's own news ("The library will stay open, council officials said, after posts claimed it
   * was to close"), or says what the thing a's claim is told of proved to be ("A wreck hailed as the Albion Star is
   * in fact a fishing trawler"), or that its publisher took the report back ("The magazine has since removed the
   * article and published a correction"). b then disputes a.
   */
  rebuts?: boolean;
  /**
   * b tells of a's claim, then gives a party's rejection of it ("His agent rejected the story"), and says elsewhere
   * that the question is open: not established, or someone would not speak to it ("The network declined to
   * comment"). The rejection is one side of the story, not b's verdict: b discusses a (news stance data, FNC-1's
   * guidelines, calls such a story a discussion), neither agrees with it nor disputes it, unless b asserts a
   * contradiction of a's claim. English only.
   */
  contested?: boolean;
  /**
   * b says somewhere that the question is open: not established (DOUBT_PHRASES: "could not be independently
   * verified") or someone would not speak to it (NO_COMMENT_PHRASES: "regulators declined to say whether ..."). A
   * contradiction of a that b then gives is one side of the story, most often a party's denial ("the manufacturer
   * insists there has been no recall"), not b's verdict: b discusses a rather than disputes it, unless it refutes a
   * outright (a refutation cue, or `rebuts`). English only (the phrase lists).
   */
  open?: boolean;
  /**
   * The accounts name a participant in common somewhere (a person, place or body; not a title), linked or not. Two
   * accounts whose only links are weak partial matches on common words are about the same thing when they share a
   * name ("Kim Jong Un" in a body's first sentence, "he" in the one that links), and unrelated when they do not.
   * Undefined (summaries built by hand) counts as shared.
   */
  sharedNames?: boolean;
  /**
   * How much of a's subject b mentions anywhere, linked or not (topicCover, in [0, 1]). A body that tells of the
   * same story without restating a's claim in any one sentence may link nothing, yet discusses it; a story about
   * something else mentions little of it. When nothing links, from TOPIC_COVER on and with a name in common
   * (sharedNames), b discusses a rather than being unrelated. Undefined (other languages than English) counts as 0.
   */
  topic?: number;
  /**
   * How many separate names of a (a name of several words counting once) b mentions anywhere. A story that names two
   * of a's people or places ("Hurricane Delphine" and "Isla Verdana") is of a's story even where its links are weak;
   * another story of the same person or place names one. Undefined counts as 0.
   */
  topicNames?: number;
}

/**
 * Share of a's subject (its words other than names: topicCover) from which b, when it links to a only weakly and
 * names someone a names (topicDecides), is about the same story (SummaryContext.topic); below it, b is unrelated to
 * a. Fitted by `npm run fit:topic` (scripts/fit-topic.ts): the multiple of 0.05 with the fewest errors on the cases
 * of bench/stance-dev.json the rule decides (40 of 419: 16 unrelated bodies that mention much of a's subject, 24
 * related ones that mention little of it; 0.35 makes 40 too, and the fit takes the lower), among those at which at
 * most 1 in 200 WiCE dev claims set against another claim's chunk would read as about the claim's story (3 of 1,043
 * do).
 */
export const TOPIC_COVER = 0.3;

/**
 * Whether b speaks to a only weakly, so that the topic rule decides whether it is about a's story at all: no link
 * reaches the STS "2 of 5" (FITTED.partial), none is a contradiction, and b does not rebut a. No link at all is
 * weak.
 */
function weaklyLinked(links: readonly Link[], context: SummaryContext): boolean {
  return (
    context.rebuts !== true &&
    context.contested !== true &&
    !links.some((l) => l.relation === 'contradiction' || l.similarity >= FITTED.partial)
  );
}

/**
 * Whether the topic rule decides if b is about a's story: the topic cover is known (English), the accounts share a
 * name, and b links to a only weakly (weaklyLinked) or not at all; where it links weakly, it names at most one of a's
 * names (SummaryContext.topicNames: a story that names two is of a's story).
 */
export function topicDecides(links: readonly Link[], context: SummaryContext): boolean {
  return (
    context.topic !== undefined &&
    context.sharedNames !== false &&
    weaklyLinked(links, context) &&
    (links.length === 0 || (context.topicNames ?? 0) < 2)
  );
}

/** The topic cover the topic rule reads (SummaryContext.topic): 0 where the accounts share no name. */
export function topicalCover(context: SummaryContext): number {
  return context.sharedNames === false ? 0 : (context.topic ?? 0);
}

/**
 * How much of a's subject b mentions anywhere: the share of a's distinct content-term keys other than names (framing
 * words such as "said" left out), each weighted by its rarity in English (priorIdf: "hysterectomy" weighs much,
 * "year" little), that are among b's term keys. Names are left out of the share: a body that names a's people and
 * places may tell another story of theirs ("Ashmoor" in a report on its farm show, against a theft of hives from
 * Ashmoor farms), and whether the accounts share a name is read on its own (sharesNames). 0 unless b mentions at least
 * two separate things of a, a name among them counting once however many words it has: against a one-line headline,
 * a body that shares only its one name ("Apple", "Kim Jong Un") may tell another story of the same company or
 * person. 0 when a has no content term other than names.
 */
export function topicCover(fa: readonly SentenceFeatures[], fb: readonly SentenceFeatures[]): number {
  return topicOf(fa, fb).cover;
}

/** topicCover, and how many separate names of a (a name of several words counting once) b mentions. */
export function topicOf(
  fa: readonly SentenceFeatures[],
  fb: readonly SentenceFeatures[],
): { cover: number; names: number } {
  // In b, the keys and the words as written: a word one account reads as a name and the other, where it opens a
  // sentence, as a common word ("apple" and "appl") is one word.
  const keysB = new Set<string>();
  const wordsB = new Set<string>();
  // The words b writes as names: in a headline that capitalizes every word, a's reading may take part of a name for
  // common words ("Kim Jong Un Undergoes Ankle Surgery": "un" is a word of the lexicon), and count one person as
  // several things.
  const namesB = new Set<string>();
  for (const f of fb) {
    for (const t of f.terms) {
      const written = f.tokens[t.token]!.lower;
      keysB.add(t.key);
      wordsB.add(written);
      if (isName(t)) namesB.add(written);
    }
  }
  const seen = new Set<string>();
  // Which thing of a each term names: the words of one name (adjacent tokens) share one.
  const mentioned = new Set<number>();
  const namesMentioned = new Set<number>();
  let thing = 0;
  let total = 0;
  let found = 0;
  for (const f of fa) {
    let nameEnd = -2;
    for (const t of f.terms) {
      if (t.framing) continue;
      const token = f.tokens[t.token]!;
      const name = isName(t) || (token.cap && namesB.has(token.lower));
      if (!(name && t.token <= nameEnd + 1)) thing++;
      if (name) nameEnd = t.token;
      if (seen.has(t.key)) continue;
      seen.add(t.key);
      const here = keysB.has(t.key) || wordsB.has(token.lower);
      if (here) mentioned.add(thing);
      if (here && name) namesMentioned.add(thing);
      // Names count as things mentioned, but not in the share: a body that names a's people and places may tell
      // another story of theirs (sharesNames is checked on its own), and what it says of a's event decides.
      if (name) continue;
      const w = priorIdf(t.lemma);
      total += w;
      if (here) found += w;
    }
  }
  return { cover: total > 0 && mentioned.size >= 2 ? found / total : 0, names: namesMentioned.size };
}

/**
 * Whether the two accounts share a name (see SummaryContext.sharedNames): one that both read as a name, or one that
 * one account reads as a name and the other writes with a capital only where any word has one, at the start of a
 * sentence ("Apple will hold an event" against a story that writes "analysts expect Apple to"); a one-line headline
 * tells no name from a common word that opens it.
 */
function sharesNames(fa: readonly SentenceFeatures[], fb: readonly SentenceFeatures[]): boolean {
  // Names as keys ("Mike" and "Michael", "UN" and "United Nations" alike) and as the words written.
  const keysA = new Set<string>();
  for (const f of fa) for (const t of f.terms) if (isName(t)) keysA.add(t.key);
  for (const f of fb) for (const t of f.terms) if (isName(t) && keysA.has(t.key)) return true;
  const written = (fs: readonly SentenceFeatures[]) => {
    const out = new Set<string>();
    for (const f of fs) for (const t of f.terms) if (isName(t)) out.add(f.tokens[t.token]!.lower);
    return out;
  };
  const capitalized = (fs: readonly SentenceFeatures[], of: ReadonlySet<string>) =>
    of.size > 0 && fs.some((f) => f.tokens.some((t) => t.cap && of.has(t.lower)));
  return capitalized(fa, written(fb)) || capitalized(fb, written(fa));
}

/**
 * Whether b passes a link on without vouching for it: a sentence of b in it carries an evidential hedge that its
 * counterpart in a does not, or one of mere possibility ("may", "might") when it is the link's only b sentence (in a
 * link of several b sentences, a "may" belongs as often to a clause about something else), or gives the claim as the
 * content of a report. Where a hedges the claim with the same word ("X reportedly did Y" both ways), or gives it as a
 * report's content too, b reports it as a does, and vouches for it no less; another hedge of a ("..., sources say")
 * does not make b's hedge a's. See SummaryContext.hedgedB and contradictionsPassedOn.
 */
function passesOn(
  textA: string,
  textB: string,
  fa: readonly SentenceFeatures[],
  fb: readonly SentenceFeatures[],
  evidentialHedges: ReadonlySet<string>,
  possibilityHedges: ReadonlySet<string>,
): (link: Link) => boolean {
  // The hedge word at `span`, lowercase, when it passes a claim on; else undefined.
  const hedgeAt = (text: string, span: readonly number[] | undefined, alone: boolean) => {
    if (span === undefined) return undefined;
    const [from, to] = span as [number, number];
    const word = text.slice(from, to).toLowerCase();
    if (SETTLED.test(text.slice(Math.max(0, from - 60), from))) return undefined;
    if (word === 'alleged' && ALLEGED_NOUN.test(text.slice(to, to + 24))) return undefined;
    return evidentialHedges.has(word) || (alone && possibilityHedges.has(word)) ? word : undefined;
  };
  const reported = (fs: readonly SentenceFeatures[], idx: readonly number[]) =>
    idx.some((i) => fs[i] !== undefined && reportsThat(fs[i]!));
  const hedgeWords = (l: Link, side: 'a' | 'b', text: string, alone: boolean) => {
    const words = new Set<string>();
    for (const c of l.cues) {
      const word = c.kind === 'hedge' ? hedgeAt(text, c[side], alone) : undefined;
      if (word !== undefined) words.add(word);
    }
    return words;
  };
  return (l: Link) => {
    const inB = hedgeWords(l, 'b', textB, l.b.length === 1);
    const inA = hedgeWords(l, 'a', textA, true);
    // b passes the claim on as a does when a uses the same hedge ("reportedly" both ways) or gives it as a report's
    // content too; a headline's "..., insiders claim" does not make a body's "Speculation that ..." its own.
    const sameHedge = [...inB].some((w) => inA.has(w));
    const byHedge = inB.size > 0 && !sameHedge;
    const byReport = reported(fb, l.b) && !reported(fa, l.a) && !sameHedge;
    return byHedge || byReport;
  };
}

/**
 * What settles the speculation or rumours a hedge word names, right before it: "confirmed on Tuesday, ending months
 * of speculation", "putting an end to rumours", "confirming speculation that". No hedge then.
 */
const SETTLED =
  /\b(?:end(?:s|ed|ing)?|confirm(?:s|ed|ing)?|put(?:s|ting)?\s+an\s+end\s+to)\s+(?:[\w-]+\s+){0,3}$/i;

/** The conflict cues of a contradiction: what b says against a. */
const CONFLICT_KINDS: ReadonlySet<CueKind> = new Set(['negation', 'antonym', 'number', 'date', 'quantity']);

/**
 * Whether b gives its side of a contradiction as a guess or a report: a hedge of CONFLICT_HEDGES comes before a
 * conflict cue of b in the same clause ("X may not play Y after all", "X reportedly never signed"), and a has none.
 * Not a claim verb ("after a website claimed that", "despite claims that"): that introduces the report b denies.
 */
function guessesConflict(l: Link, textA: string, textB: string): boolean {
  const hedged = (text: string, side: 'a' | 'b') =>
    l.cues.some((h) => {
      const at = h[side];
      if (h.kind !== 'hedge' || at === undefined) return false;
      if (!CONFLICT_HEDGES.has(text.slice(at[0], at[1]).toLowerCase())) return false;
      return l.cues.some((c) => {
        const to = c[side];
        return (
          CONFLICT_KINDS.has(c.kind) &&
          to !== undefined &&
          to[0] >= at[1] &&
          !CLAUSE_BREAK.test(text.slice(at[1], to[0]))
        );
      });
    });
  return hedged(textB, 'b') && !hedged(textA, 'a');
}

/**
 * "alleged" before the noun it qualifies ("the alleged fraud", "an alleged bribe"): the legal hedge on a charge, which
 * a story that reports an arrest or a trial as fact gives all the same (news style calls a crime alleged until a
 * court finds it). It hedges that noun, not the story's account of the arrest. The verb ("alleged that", "is alleged
 * to", "alleged by") and "it is alleged," pass a claim on.
 */
const ALLEGED_NOUN = /^\s+(?!(?:that|to|by|in|on|at|and|or)\b)[^\s,.;:!?"“”()]/i;

/** Punctuation that ends a clause between a hedge and the conflict it would qualify. */
const CLAUSE_BREAK = /[,;:.!?]/;

/**
 * Phrases as one alternation of a pattern: `gap` between words (any white space unless said), either apostrophe.
 */
function alternation(phrases: readonly string[], gap = '\\s+'): string {
  return phrases.map((p) => p.replace(/'/g, "['’]").split(' ').join(gap)).join('|');
}

/**
 * Any of `phrases`, case-insensitively on word boundaries, with quote marks allowed between their words: a reporter
 * quotes part of a phrase ('said it would "not comment on any individual\'s actions"').
 */
function phrasesIn(phrases: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${alternation(phrases, `(?:\\s|["“”‘’'])+`)})\\b`, 'i');
}

/** Sentences of b from a linked one that may say it is not established ("It is not clear whether ..."). */
const DOUBT_REACH = 2;
const DOUBT = phrasesIn(DOUBT_PHRASES);

/**
 * b restates a claim of a and, in the same sentence or one of the next DOUBT_REACH, says it has not established it
 * ("A Florida woman says she had a third breast implanted. [...] It is not clear whether her story is true"; "Police
 * have not confirmed the cause of death"): b tells of the claim without vouching for it. Unless a says as much of
 * its own claims. English only (DOUBT_PHRASES).
 */
function doubtsRestated(
  links: readonly Link[],
  fa: readonly SentenceFeatures[],
  fb: readonly SentenceFeatures[],
): boolean {
  const doubts = (f: SentenceFeatures) => DOUBT.test(f.sentence.text);
  for (const l of links) {
    if (l.relation === 'contradiction' || l.similarity < DEFAULT_MODEL.partial) continue;
    for (const j of l.b) {
      for (let k = j; k <= j + DOUBT_REACH && k < fb.length; k++) if (doubts(fb[k]!)) return !fa.some(doubts);
    }
  }
  return false;
}

const NO_COMMENT = phrasesIn(NO_COMMENT_PHRASES);

/** b says someone would not speak to the story (NO_COMMENT_PHRASES): see SummaryContext.hedgedB. */
function withheld(fb: readonly SentenceFeatures[]): boolean {
  return fb.some((f) => NO_COMMENT.test(f.sentence.text));
}

/** Participles by which a report noun gives its claim: "a video claiming that ...", "posts alleging ...". */
const CLAIMING: ReadonlySet<string> = new Set(['claiming', 'alleging', 'suggesting', 'purporting']);

/** How far after "according to" its report noun may come ("according to a report in the Daily Mail"). */
const ACCORDING_REACH = 4;

/**
 * A claim given as the content of a report: "sharing a story that a woman gave birth on a flight", "reports that the
 * talks had failed", "according to a report in a local newspaper, ...". The writer tells of the report, and does not
 * vouch for what it says. "According to" a person or a body ("according to police") is attribution, as "said" is.
 */
function reportsThat(f: SentenceFeatures): boolean {
  const tokens = f.tokens;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const word = tokens[k]!.lower;
    if (REPORT_NOUNS.has(word) && tokens[k + 1]!.lower === 'that') return true;
    // "a video claiming that ...", "posts alleging the mayor had resigned".
    if (REPORT_NOUNS.has(word) && CLAIMING.has(tokens[k + 1]!.lower)) return true;
    if (word !== 'according' || tokens[k + 1]!.lower !== 'to') continue;
    for (let n = k + 2; n < tokens.length && n <= k + 1 + ACCORDING_REACH; n++) {
      if (tokens[n]!.kind === 'punct') break;
      if (REPORT_NOUNS.has(tokens[n]!.lower)) return true;
    }
  }
  return false;
}

/**
 * See SummaryContext.rebuts. Both sides refuting the same claim agree (a text against itself). Only refutation
 * phrases that predicate falsehood count ("are false", "not true", "a hoax"): a single word as often describes a
 * thing in the claim ("filed false tax returns"), and a verb of denial is read by the negation rule, which found no
 * conflict in the pair.
 */
function rebutsRestated(links: readonly Link[], textA: string, textB: string): boolean {
  const brands = (text: string, [from, to]: readonly [number, number]) => {
    const words = text.slice(from, to);
    if (brandsFalse(words)) return true;
    // A word of REFUTATION_WORDS as what something "was" ("A notice purporting to show ... was fabricated"), not as a
    // verb of the claim itself ("the dean fabricated data").
    return (
      REFUTATION_WORDS.has(words.toLowerCase()) && BRANDING_BE.test(text.slice(Math.max(0, from - 40), from))
    );
  };
  return links.some((l) => {
    if (l.relation === 'contradiction' || l.similarity < DEFAULT_MODEL.partial) return false;
    const refutations = l.cues.filter((c) => c.kind === 'refutation');
    const onA = refutations.filter((c) => c.a !== undefined);
    const onB = refutations.filter((c) => c.b !== undefined);
    if (onA.length > 0 === onB.length > 0) return false;
    return onA.some((c) => brands(textA, c.a!)) || onB.some((c) => brands(textB, c.b!));
  });
}

/** The refutation phrases that predicate falsehood of their own clause ("are false", "a hoax"). */
const FALSEHOOD_PHRASES = REFUTATION_PHRASES.filter((p) => !CONTRASTIVE_REFUTATIONS.includes(p));

/** A form of "be" and perhaps an adverb, right before a word: "was fabricated", "is entirely false". */
const BRANDING_BE = /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$/i;

/** Whether a refutation, as written, is one of FALSEHOOD_PHRASES. */
function brandsFalse(refutation: string): boolean {
  const words = refutation.toLowerCase();
  return FALSEHOOD_PHRASES.some((p) => words.startsWith(p));
}

/** Sentences after a linked one of b that may rebut it by reference ("The report is false."): the next two. */
const REBUTTAL_REACH = 2;
/** Content terms of its own (not in the claim, outside its refutation) a rebuttal by reference may have. */
const REBUTTAL_OWN_TERMS = 2;

/**
 * b restates a claim of a and, in one of the next sentences (REBUTTAL_REACH) that no link holds, calls it false by
 * reference: "Reports said X did Y. The story is false." Only refutation phrases that predicate falsehood count ("is
 * false", "not true", "a hoax"), not single words, which as often describe something else ("a false name"), nor
 * contrastive ones (CONTRASTIVE_REFUTATIONS).
 */
function rebutsAfter(links: readonly Link[], fb: readonly SentenceFeatures[]): boolean {
  const linked = new Set(links.flatMap((l) => l.b));
  for (const j of restatingSentences(links)) {
    for (let k = j + 1; k <= j + REBUTTAL_REACH && k < fb.length; k++) {
      if (linked.has(k)) continue;
      const f = fb[k]!;
      const rebuttal = f.refutations.find((r) => brandsFalse(r.text));
      if (rebuttal === undefined) continue;
      // A rebuttal by reference names little of its own besides what it refutes: a subject ("the story") and who
      // says so ("his spokesman"). "Rumors that the mayor resigned are not true" refutes a claim of its own.
      const claim = new Set(fb[j]!.terms.map((t) => t.key));
      const own = f.terms.filter(
        (t) =>
          !t.framing && !claim.has(t.key) && (t.span[1] <= rebuttal.span[0] || t.span[0] >= rebuttal.span[1]),
      ).length;
      if (own <= REBUTTAL_OWN_TERMS) return true;
    }
  }
  return false;
}

/** b's sentences that restate a claim of a: in a link that is no contradiction, at partial-match similarity or more. */
function restatingSentences(links: readonly Link[]): Set<number> {
  const restating = new Set<number>();
  for (const l of links) {
    if (l.relation !== 'contradiction' && l.similarity >= DEFAULT_MODEL.partial)
      for (const j of l.b) restating.add(j);
  }
  return restating;
}

/** How far after a verb of REPORT_DISMISSALS its report may come ("dismissed as false a widely shared story"). */
const DISMISSAL_REACH = 6;

/** REPORT_DISMISSALS as word sequences, by their first word. */
const DISMISSALS_BY_FIRST = new Map<string, string[][]>();
for (const phrase of REPORT_DISMISSALS) {
  const words = phrase.split(' ');
  const list = DISMISSALS_BY_FIRST.get(words[0]!) ?? [];
  list.push(words);
  DISMISSALS_BY_FIRST.set(words[0]!, list);
}

/** The number of tokens of a REPORT_DISMISSALS phrase that starts at token k, or 0. */
function dismissalAt(tokens: SentenceFeatures['tokens'], k: number): number {
  const phrases = DISMISSALS_BY_FIRST.get(tokens[k]!.lower);
  if (phrases === undefined) return 0;
  for (const words of phrases) {
    if (words.every((w, i) => tokens[k + i]?.lower === w)) return words.length;
  }
  return 0;
}

/**
 * The terms of a report's claim, from the report noun at token `noun` to the end of its clause: a punctuation mark
 * other than a hyphen, or "as", which in "dismissed the reports of his death as propaganda" brings the dismissal's
 * own verdict.
 */
function claimAfter(f: SentenceFeatures, noun: number): SentenceFeatures['terms'] {
  let end = noun + 1;
  while (end < f.tokens.length) {
    const t = f.tokens[end]!;
    if ((t.kind === 'punct' && t.text !== '-') || t.lower === 'as') break;
    end++;
  }
  return f.terms.filter((x) => x.token > noun && x.token < end);
}

/**
 * A sentence that dismisses a report (REPORT_DISMISSALS with a report noun after it, in the same clause) whose
 * claim, after the report noun, is a's (`ofA`): "Officials dismissed reports that militants had been captured in
 * Texas", "The band hit back at reports that its singer had quit".
 */
function dismissesReport(
  f: SentenceFeatures,
  ofA: (terms: SentenceFeatures['terms']) => boolean,
  restated: boolean,
): boolean {
  const tokens = f.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const length = dismissalAt(tokens, k);
    if (length === 0) continue;
    const be = passiveBefore(f, k);
    if (be >= 0) {
      // "Reports that X married in secret have been firmly dismissed": the report is the subject, its claim what
      // comes between the report noun and the verb; "the story was quickly put to rest" refers back to one.
      const subject = passiveReport(f, be);
      if (subject !== null && (subject.claim.length > 0 ? ofA(subject.claim) : restated)) return true;
      continue;
    }
    for (let n = k + length; n < tokens.length && n < k + length + DISMISSAL_REACH; n++) {
      const t = tokens[n]!;
      if (t.kind === 'punct' && t.text !== '-') break;
      if (!REPORT_NOUNS.has(t.lower)) continue;
      const claim = claimAfter(f, n);
      if (claim.length > 0 ? ofA(claim) : restated && referredBack(f, n)) return true;
      break;
    }
  }
  return false;
}

/** Adverbs that may stand between a passive "be" and its participle: "have been firmly dismissed". */
const PASSIVE_ADVERBS = 2;

/**
 * The token of the form of "be" (PASSIVE_BE) that makes the participle at token k passive, perhaps with up to
 * PASSIVE_ADVERBS adverbs in "-ly" between ("were quickly and firmly denied" is not read), or -1.
 */
function passiveBefore(f: SentenceFeatures, k: number): number {
  for (let n = k - 1; n >= 0 && n >= k - 1 - PASSIVE_ADVERBS; n--) {
    const word = f.tokens[n]!.lower;
    if (PASSIVE_BE.has(word)) return n;
    if (!/^[a-z]+ly$/.test(word)) return -1;
  }
  return -1;
}

/** Auxiliaries and forms of "be", "have" and "do": a clause that holds one has its own verb. */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did'],
  ...['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must'],
]);

/** Plurals not in "-s", which WordNet reads as inflections as it reads a verb's past. */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'men',
  'women',
  'children',
  'people',
  'feet',
  'teeth',
  'mice',
  'geese',
]);

/** Forms of "have" before a passive's "be": "have been dismissed". */
const HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** How many words (and "have" forms) may stand between a report noun and the "be" of its passive: "the viral claims". */
const PASSIVE_SUBJECT_REACH = 2;

/**
 * The report a passive at "be" (token `be`) says something of, and the terms of its claim: a report noun right
 * before it ("the story was put to rest": no claim, it refers back), or a report noun with a "that" clause that has
 * a verb of its own ("Reports that X married in secret have been dismissed": the claim is the clause). Not "Reports
 * that Waltz was dismissed", where the passive is the clause's own verb. Null when there is none.
 */
function passiveReport(
  f: SentenceFeatures,
  be: number,
): { noun: number; claim: SentenceFeatures['terms'] } | null {
  const tokens = f.tokens;
  let end = be;
  while (end > 0 && HAVE.has(tokens[end - 1]!.lower)) end--;
  for (let n = end - 1; n >= 0 && n >= end - PASSIVE_SUBJECT_REACH; n--) {
    if (tokens[n]!.kind === 'punct') break;
    if (REPORT_NOUNS.has(tokens[n]!.lower)) return { noun: n, claim: [] };
  }
  const noun = tokens.findIndex(
    (t, n) => n + 1 < end && REPORT_NOUNS.has(t.lower) && tokens[n + 1]!.lower === 'that',
  );
  if (noun < 0) return null;
  const clause = tokens.slice(noun + 2, end);
  // A verb: an auxiliary, a past in "-ed" ("married", which WordNet also lists as an adjective), or a word WordNet
  // reads as another word's inflection that is no plural ("fell"; not "reports" or "men").
  const verb = clause.some(
    (t) =>
      FINITE_AUXILIARIES.has(t.lower) ||
      (t.lower.length > 4 && t.lower.endsWith('ed') && t.lower !== 'hundred') ||
      (t.lemma !== t.lower && !t.lower.endsWith('s') && !IRREGULAR_PLURALS.has(t.lower)),
  );
  return verb ? { noun, claim: f.terms.filter((t) => t.token > noun && t.token < end) } : null;
}

/** How far before a verb of denial a negator makes it no denial: "has not confirmed or denied", "did not deny". */
const NEGATED_DENIAL_REACH = 4;

/** Whether a negator stands shortly before the verb of denial at token k, in its clause. */
function negatedDenial(f: SentenceFeatures, k: number): boolean {
  for (let n = k - 1; n >= 0 && n >= k - NEGATED_DENIAL_REACH; n--) {
    const t = f.tokens[n]!;
    if (t.kind === 'punct') return false;
    if (f.negations.some((m) => m.token === n)) return true;
  }
  return false;
}

/** NON_EVENTS as one pattern: "the incident never happened". */
const NON_EVENT = new RegExp(`\\b(?:${alternation(NON_EVENTS)})\\b`, 'i');
/** Words a subject that NON_EVENTS deny may have after its determiner: "the alleged attack". */
const NON_EVENT_SUBJECT = 2;

/**
 * A sentence that says a thing it refers back to never happened, or is false: NON_EVENTS or FALSEHOODS right after a
 * subject of at most NON_EVENT_SUBJECT words after "the", "this" or "that", or after "it" alone ("Police say the
 * incident never happened", "It never took place", "Officials say the warning is misinformation", "That number is
 * simply wrong"), or NON_EVENTS after a subject that opens the sentence with "The" or "This" ("The planet announced
 * last month does not exist").
 */
function deniesEvent(f: SentenceFeatures, keysA: () => Set<string>): boolean {
  for (const pattern of [NON_EVENT, FALSEHOOD]) {
    const m = pattern.exec(f.sentence.text);
    if (m === null) continue;
    const at = f.sentence.start + m.index;
    const first = f.tokens.findIndex((t) => t.start >= at);
    if (first <= 0) continue;
    // A non-event whose subject opens the sentence with "The" or "This", runs to it unbroken and names something of
    // a's other than a name: "The Earth-sized planet announced last month around a nearby red dwarf does not exist".
    // Not where it is provisional ("does not exist yet").
    const opener = f.tokens[0];
    if (
      pattern === NON_EVENT &&
      opener !== undefined &&
      (opener.lower === 'the' || opener.lower === 'this') &&
      f.tokens.slice(1, first).every((t) => t.kind !== 'punct' || t.text === '-') &&
      f.terms.some((t) => t.token < first && !t.framing && !isName(t) && keysA().has(t.key)) &&
      !PROVISIONAL.test(f.sentence.text)
    )
      return true;
    for (let k = first - 1; k >= 0 && k >= first - 1 - NON_EVENT_SUBJECT; k--) {
      const t = f.tokens[k]!;
      if (t.kind === 'punct') break;
      if (BACK_REFERENCES.has(t.lower)) {
        if (
          (t.lower !== 'it' || k === first - 1) &&
          !supposed(f, k) &&
          !reportContent(f, k) &&
          !opensClause(f, k)
        )
          return true;
        break;
      }
    }
  }
  return false;
}

/** Words after which "that" opens a clause rather than pointing back: "certain that Powell was wrong". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...BACK_REFERENCES,
  'a',
  'an',
  'he',
  'she',
  'they',
  'we',
  'i',
]);

/** Whether "that" at token k opens a clause ("that the story was false", "that Powell was wrong"). */
function opensClause(f: SentenceFeatures, k: number): boolean {
  const next = f.tokens[k + 1];
  return f.tokens[k]!.lower === 'that' && next !== undefined && (next.cap || CLAUSE_OPENERS.has(next.lower));
}

/**
 * Whether token k opens the content of a report ("Rumors that the mayor resigned are not true"): its subject is the
 * report, whose claim is its own, not something b told before.
 */
function reportContent(f: SentenceFeatures, k: number): boolean {
  return f.tokens[k - 1]?.lower === 'that' && REPORT_NOUNS.has(f.tokens[k - 2]?.lower ?? '');
}

/** Words that make a clause a supposition: "a rebuttal would have come if the story were untrue". */
const SUPPOSING: ReadonlySet<string> = new Set(['if', 'whether', 'unless']);

/** Whether the clause holding token k supposes what it says rather than states it ("if", "whether", "unless"). */
function supposed(f: SentenceFeatures, k: number): boolean {
  for (let n = k - 1; n >= 0; n--) {
    const t = f.tokens[n]!;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (SUPPOSING.has(t.lower)) return true;
  }
  return false;
}

/**
 * FALSEHOODS after a copula and perhaps two adverbs, quoted or not: "is simply wrong", "looks like a hoax", 'were
 * "not accurate"'. Not before "to" or "that", where "it" stands for what follows ("it is wrong to say", "it is not true that ..."), not for something
 * told before; nor before "of" ("is made up of the champions").
 */
const FALSEHOOD = new RegExp(`\\b(?:${alternation(FALSEHOOD_COPULAS)})\\s+${falsehoodAfter()}`, 'i');

/**
 * The pattern of a falsehood after its copula or branding verb: perhaps two adverbs, an opening quote, FALSEHOODS
 * (those with "a" perhaps with one word between: "a crude forgery", "a cruel hoax"), and no "to", "that" or "of" after.
 */
function falsehoodAfter(): string {
  const phrases = FALSEHOODS.map((p) =>
    p.startsWith('a ') ? `a\\s+(?:[\\w-]+\\s+)?${alternation([p.slice(2)])}` : alternation([p]),
  ).join('|');
  return `(?:(?:${alternation(FALSEHOOD_ADVERBS)})\\s+){0,2}["“‘']?(?:${phrases})\\b(?!\\s+(?:to|that|of)\\b)`;
}

/**
 * A thing b refers back to, branded false by a verb of BRANDINGS: "describing it as 'a crude forgery'", "called
 * them fake", 'called the article "a complete fabrication"'. Read where b has restated a's claim, as NON_EVENTS are.
 * Not of allegations: the accused who calls them false makes a plea (ALLEGATION_NOUNS).
 */
const BRANDED = new RegExp(
  `\\b(?:${alternation(BRANDINGS)})\\s+(?:(?:it|them|this|that|these|those|the\\s+(?:[\\w-]+\\s+)?(?:${alternation([...REPORT_NOUNS].filter((n) => !ALLEGATION_NOUNS.has(n)))}))\\s+(?:as\\s+)?|as\\s+)${falsehoodAfter()}`,
  'i',
);

/** "as" and up to three words, then a verb of reporting: "as widely reported", "as local officials had claimed". */
const AS_REPORTED = /^as\s+(?:[\w-]+\s+){0,3}(?:reported|claimed|rumou?red|suggested|alleged|stated)\b/i;

/** "no evidence that ...", "no evidence whatsoever of ...": what follows is said to be unsupported. */
const NO_EVIDENCE =
  /\bno\s+(?:evidence|proof|sign|indication)\s+(?:whatsoever\s+|at\s+all\s+)?(?:that|of)\b/i;

/**
 * Words that make a lack of evidence provisional: "At this stage we have no evidence that anything has escaped, but
 * we are not ruling anything out" says the claim is not established, not that it is false.
 */
const PROVISIONAL =
  /\b(?:at\s+this\s+(?:stage|point|time)|so\s+far|as\s+yet|yet|at\s+present|currently|for\s+now|rul(?:e|ed|ing)\s+(?:\w+\s+)?out)\b/i;

/**
 * A sentence that says there is no evidence of a's claim: "found no evidence that any aircraft was involved", against
 * "Drone strike killed 12 civilians". The claim, to the end of the clause, must name something of a's other than a
 * name and be a's (`ofA`): "no evidence of foul play" says nothing of a story that does not tell of foul play. Not
 * where the sentence makes it provisional (PROVISIONAL: "so far", "at this stage", "not ruling anything out").
 */
function findsNoEvidence(
  f: SentenceFeatures,
  keysA: () => Set<string>,
  ofA: (terms: SentenceFeatures['terms']) => boolean,
): boolean {
  const m = NO_EVIDENCE.exec(f.sentence.text);
  if (m === null || PROVISIONAL.test(f.sentence.text)) return false;
  const at = f.sentence.start + m.index + m[0].length;
  const from = f.tokens.findIndex((t) => t.start >= at);
  if (from < 0) return false;
  let to = from;
  while (to < f.tokens.length && !(f.tokens[to]!.kind === 'punct' && f.tokens[to]!.text !== '-')) to++;
  const claim = f.terms.filter((t) => t.token >= from && t.token < to && !t.framing);
  return claim.some((t) => !isName(t) && keysA().has(t.key)) && ofA(claim);
}

/**
 * A sentence that denies something "as reported": "The body is not that of a centuries-old hunter, as widely
 * reported, but of a climber". The negated words are the report's.
 */
function correctsReport(f: SentenceFeatures): boolean {
  const text = f.sentence.text;
  return f.negations.some((n) => {
    const end = f.tokens[n.token]?.end;
    if (end === undefined) return false;
    // Within the clause of the negation: up to the "as", nothing that ends a sentence or a clause but a comma.
    const rest = text.slice(end - f.sentence.start);
    const m = /\bas\s/i.exec(rest);
    return m !== null && !/[;:.!?]/.test(rest.slice(0, m.index)) && AS_REPORTED.test(rest.slice(m.index));
  });
}

/**
 * b rejects the other account as a whole (see SummaryContext.rebuts): a sentence of b denies or dismisses a report
 * ("rejects the claims published by the Harbor Times", "denied the report", "poured cold water on claims that ...")
 * or brands one false ("baseless allegations", "the story is false", "the image is doctored"), or says a report was
 * denied ("Claims that ... have been debunked"), and what it says of the report is a's: it names at most
 * REBUTTAL_OWN_TERMS things that a does not, or fewer than it names of a's. A denial of another report ("denied
 * reports of a second explosion", where a has no second explosion) is no rebuttal of a. Contrastive refutations
 * ("contrary to the report") assert a claim of their own and do not count. When b restates a's claim in a link (not
 * a contradiction, at partial-match similarity or more), a report that b only refers back to ("the image has been
 * debunked") is that claim's, and so is an event said never to have happened ("the incident never happened"), and
 * a report dismissed in a sentence of such a link is a's whatever else it names. One of b's first COUNTER_LEAD
 * sentences may also answer a report of a's claim with a party's own news (countersReport), or say what the thing
 * a's claim is told of proved to be (provesOtherwise), unless a's claim is itself that something is false. Where b
 * restates a's claim, a sentence that says the report was taken back (retracts) rejects it too.
 */
function rejectingSentence(
  links: readonly Link[],
  fa: readonly SentenceFeatures[],
  fb: readonly SentenceFeatures[],
): number {
  let keysA: Set<string> | undefined;
  const aKeys = () => (keysA ??= keysOf(fa));
  const ofA = (terms: SentenceFeatures['terms']) => {
    const keys = aKeys();
    const claim = terms.filter((t) => !t.framing && !REPORT_NOUNS.has(t.lemma));
    const own = claim.filter((t) => !keys.has(t.key)).length;
    return own <= REBUTTAL_OWN_TERMS || 2 * own < claim.length;
  };
  // b's sentences that restate a's claim: a report they dismiss is a's ("X has shut down rumours that she is
  // expecting her first child with husband Y", against "X pregnant with first child").
  const restating = restatingSentences(links);
  const restated = restating.size > 0;
  // a's words other than names and verbs of saying: what a lead's own news must not restate (countersReport).
  let claimKeys: string[] | undefined;
  // A claim that something is false is not disputed by a lead that says what the thing proved to be.
  let falsehood: boolean | undefined;
  const claimsFalsehood = () =>
    (falsehood ??= fa.some((x) => x.refutations.length > 0 || CLAIMS_FALSEHOOD.test(x.sentence.text)));
  const claimWords = () =>
    (claimKeys ??= [
      ...new Set(fa.flatMap((f) => f.terms.filter((t) => !isName(t) && !t.framing).map((t) => t.key))),
    ]);
  // Allegations are charges against someone: "his lawyer said he rejected the allegations" in a story that confirms
  // the arrest is the accused's plea, not a rebuttal of the story. A denial of them rebuts a only where b also
  // contradicts a.
  const contradicts = links.some((l) => l.relation === 'contradiction');
  const contradicting = new Set(links.flatMap((l) => (l.relation === 'contradiction' ? l.b : [])));
  const reportsIn = (tokens: readonly SentenceFeatures['tokens'][number][]) => {
    const nouns = tokens.filter((t) => REPORT_NOUNS.has(t.lower));
    return nouns.length > 0 && (contradicts || nouns.some((t) => !ALLEGATION_NOUNS.has(t.lower)));
  };
  for (const [j, f] of fb.entries()) {
    // A report in a sentence that restates a's claim is a's whatever else it names.
    const ofThis = restating.has(j) ? () => true : ofA;
    if (dismissesReport(f, ofThis, restated)) return j;
    if (restated && (deniesEvent(f, aKeys) || BRANDED.test(f.sentence.text) || deniesExistence(f, aKeys))) {
      return j;
    }
    if (contradicting.has(j) && correctsReport(f)) return j;
    if (restated && findsNoEvidence(f, aKeys, ofA)) return j;
    for (const r of f.refutations) {
      const cue = r.text.toLowerCase();
      const be = DENIAL_VERBS.has(cue) ? passiveBefore(f, r.token) : -1;
      if (be >= 0) {
        // "Claims that a man died after eating cinnamon have been debunked": the report is the subject, its claim
        // what comes after the report noun; "the image has been debunked" refers back to one.
        const subject = passiveReport(f, be);
        if (subject === null || !reportsIn([f.tokens[subject.noun]!])) continue;
        if (subject.claim.length > 0 ? ofA(subject.claim) : restated) return j;
      } else if (DENIAL_VERBS.has(cue)) {
        // "rejects the claims published today by the Harbor Times": the denied scope, the run of denied words right
        // after the verb, holds the report. "has not confirmed or denied the report" denies nothing.
        if (negatedDenial(f, r.token)) continue;
        let end = r.token + 1;
        while (end < f.tokens.length && f.tokens[end]!.negated) end++;
        if (!reportsIn(f.tokens.slice(r.token + 1, end))) continue;
        const terms = f.terms.filter((t) => t.token > r.token && t.token < end);
        if (ofA(terms)) return j;
      } else if (brandsFalse(cue) || REFUTATION_WORDS.has(cue)) {
        // "baseless allegations", "the report is false": a report noun next to the branding, in its clause, and the
        // clause is what counts ("The magazine's story is incorrect, and no announcement is being prepared"). Further
        // off, a report referred back to as the clause's subject: "The images circulating online are misleading",
        // not "Rumors that the mayor resigned are not true", whose claim is its own.
        const [from, to] = clauseOf(f, r.token);
        const near = f.tokens.slice(Math.max(from, r.token - 3), Math.min(to, r.token + 4));
        const subject = f.tokens.findIndex(
          (t, k) =>
            k >= from &&
            k < r.token &&
            REPORT_NOUNS.has(t.lower) &&
            referredBack(f, k) &&
            f.tokens[k + 1]?.lower !== 'that',
        );
        if (!reportsIn(subject >= 0 ? [f.tokens[subject]!] : near)) continue;
        // A report referred back to ("the reports had no basis in reality") is the one b told of a's claim in; not
        // where it is only supposed ("a rebuttal would have come if the story were untrue").
        if (supposed(f, r.token)) continue;
        if (subject >= 0 && restated) return j;
        const terms = f.terms.filter(
          (t) => t.token >= from && t.token < to && (t.span[1] <= r.span[0] || t.span[0] >= r.span[1]),
        );
        if (ofA(terms)) return j;
      }
    }
    if (brandsReportWrong(f, reportsIn)) return j;
    if (restated && retracts(f)) return j;
    if (j < COUNTER_LEAD && countersReport(f, claimWords(), ofThis)) return j;
    if (j < COUNTER_LEAD && !claimsFalsehood() && provesOtherwise(f, claimWords(), ofThis)) {
      return j;
    }
  }
  return -1;
}

/** How many of b's first sentences may answer a report of a's claim with b's own news (countersReport). */
const COUNTER_LEAD = 2;
/** How far after a word of ANSWERING_REPORT its report noun may come ("days after tabloid reports claimed ..."). */
const ANSWER_REACH = 5;
/** How far before the word of ANSWERING_REPORT the verb of saying may come ("announced on Thursday, ending"). */
const SAYING_REACH = 6;
/**
 * How far before the verb of saying the comma that ends the news may come: its source may be long ("..., the
 * company and the national product safety regulator said").
 */
const SOURCE_REACH = 10;
/** The nouns a report of a's claim may travel as in a lead that answers it. */
const LEAD_REPORTS: ReadonlySet<string> = new Set([...REPORT_NOUNS, ...RUMOUR_NOUNS]);

/**
 * A lead that gives a party's news and sets it against a report of a's claim: "Declan Marsh is on board for
 * Ironshore 4, Halcyon Pictures said on Tuesday, days after tabloid reports claimed the actor had walked away";
 * "Millbrook library will stay open, council officials said, after posts on social media claimed it was to close".
 * The news comes first, then a comma, its source and a verb of saying (GIVES_NEWS), then a word of
 * ANSWERING_REPORT and the report; the report's claim is a's (`ofA`), and the news does not restate it: it holds
 * fewer than half of `claimKeys`, a's words other than names and verbs of saying. Without the source after the
 * news the shape is a reporter's own ("Shares fell after reports that ...", "Police are searching the park amid
 * claims that ..."), which tells of the report without answering it. Speculation over a question ("ending weeks of
 * speculation over who would ...") is no claim.
 */
function countersReport(
  f: SentenceFeatures,
  claimKeys: readonly string[],
  ofA: (terms: SentenceFeatures['terms']) => boolean,
): boolean {
  const tokens = f.tokens;
  for (let k = 1; k < tokens.length; k++) {
    if (!ANSWERING_REPORT.has(tokens[k]!.lower)) continue;
    let saying = -1;
    for (let m = k - 1; m >= 0 && m >= k - SAYING_REACH && saying < 0; m--) {
      if (GIVES_NEWS.has(tokens[m]!.lower)) saying = m;
    }
    let comma = -1;
    for (let c = saying - 1; c > 0 && c >= saying - SOURCE_REACH && comma < 0; c--) {
      if (tokens[c]!.text === ',') comma = c;
    }
    if (saying < 0 || comma < 0) continue;
    for (let n = k + 1; n < tokens.length && n <= k + ANSWER_REACH; n++) {
      const t = tokens[n]!;
      if (t.kind === 'punct' && t.text !== '-') break;
      if (!LEAD_REPORTS.has(t.lower)) continue;
      if (QUESTION_WORDS.has(tokens[n + 1]?.lower ?? '') || QUESTION_WORDS.has(tokens[n + 2]?.lower ?? '')) {
        return false;
      }
      const claim = claimAfter(f, n);
      if (claim.length === 0 || !ofA(claim)) return false;
      const news = new Set(f.terms.filter((x) => x.token < comma).map((x) => x.key));
      return 2 * claimKeys.filter((key) => news.has(key)).length < claimKeys.length;
    }
  }
  return false;
}

/** What a thing told of proved to be (PROVED_PHRASES), anywhere in a sentence. */
const PROVED = new RegExp(`\\b(?:${alternation(PROVED_PHRASES)})\\b`, 'gi');
/** A relative pronoun just before: what proved so is another thing ("rumours, several of which turned out ..."). */
const OTHER_THINGS = /\b(?:which|whom|them)\s+(?:[\w-]+\s+){0,2}$/i;
/** a's claim is itself that something is false ("... is a forgery, experts claim"): FALSEHOODS, without "a" or "not". */
const CLAIMS_FALSEHOOD = new RegExp(
  `\\b(?:${alternation(FALSEHOODS.map((p) => p.replace(/^(?:a|not) /, '')))})\\b`,
  'i',
);

/**
 * A lead that says what the thing a's claim is told of proved to be: "A wreck off Carrow Point that was hailed last
 * month as the long-lost steamer Albion Star is in fact a steel fishing trawler"; "A document circulating online as
 * proof that Dax Corrigan bought into Lunari has turned out to be a generic contract template". Or, after what the
 * thing was passed off as (PASSED_OFF), a plain "is" before what it is (NATURE): "A tunnel widely described online
 * as an inmate escape route is part of the prison's drainage system". What comes before is a's claim (`ofA`), what
 * comes after does not restate it; not of other things ("rumours, several of which turned out to be false").
 */
function provesOtherwise(
  f: SentenceFeatures,
  claimKeys: readonly string[],
  ofA: (terms: SentenceFeatures['terms']) => boolean,
): boolean {
  const text = f.sentence.text;
  // Where the phrases are: PROVED_PHRASES, and the first "is" or "was" of a nature (NATURE) after PASSED_OFF.
  const found: { at: number; length: number }[] = [...text.matchAll(PROVED)].map((m) => ({
    at: m.index,
    length: m[0].length,
  }));
  const passed = PASSED_OFF.exec(text);
  if (passed !== null) {
    const after = passed.index + passed[0].length;
    const is = NATURE.exec(text.slice(after));
    if (is !== null) found.push({ at: after + is.index, length: is[0].length });
  }
  for (const { at, length } of found) {
    if (OTHER_THINGS.test(text.slice(0, at))) continue;
    const from = f.sentence.start + at;
    const to = from + length;
    // What it proved to be: the terms after the phrase, to the end of its clause.
    const end = f.tokens.find((t) => t.start >= to && t.kind === 'punct' && t.text !== '-');
    const stop = end?.start ?? Infinity;
    const proved = new Set(f.terms.filter((t) => t.span[0] >= to && t.span[0] < stop).map((t) => t.key));
    const subject = f.terms.filter((t) => t.span[1] <= from);
    if (proved.size === 0 || subject.length === 0 || !ofA(subject)) continue;
    if (2 * claimKeys.filter((key) => proved.has(key)).length < claimKeys.length) return true;
  }
  return false;
}

/** How far after a verb of PASSED_OFF_VERBS its "as" may come: "described online as", "hailed on social media as". */
const PASSED_OFF_REACH = 60;
/** What a thing was passed off as: a verb of PASSED_OFF_VERBS and its "as" in the same clause, or PASSED_OFF_PHRASES. */
const PASSED_OFF = new RegExp(
  `\\b(?:(?:${alternation(PASSED_OFF_VERBS)})\\b[^,;:.!?]{0,${PASSED_OFF_REACH}}?\\bas|${alternation(PASSED_OFF_PHRASES)})\\b`,
  'i',
);
/** "is" or "was" before what a thing is (NATURE_STARTS): "is part of", "was a fake". */
const NATURE = new RegExp(`\\b(?:is|was|are|were)\\s+(?=(?:${alternation(NATURE_STARTS)})\\b)`, 'i');
const RETRACTED = new RegExp(`(?<!\\b(?:not|never|no)\\s+)\\b(?:${alternation(RETRACTIONS)})\\b`, 'i');

/** A sentence that says the report was taken back by its publisher (RETRACTIONS). */
function retracts(f: SentenceFeatures): boolean {
  return RETRACTED.test(f.sentence.text);
}

/**
 * Whether b tells of a's claim (a link that is no contradiction) in a sentence before `j`. With the question left open
 * (leavesOpen), b's rejection of the report in sentence `j` (rejectingSentence) is one party's side of it
 * (SummaryContext.contested); a story that opens with the rejection, or leaves nothing open, rejects the claim itself.
 */
function toldBefore(links: readonly Link[], j: number): boolean {
  return links.some((l) => l.relation !== 'contradiction' && l.b.some((k) => k < j));
}

/** Whether b says anywhere that the question is open (DOUBT_PHRASES, NO_COMMENT_PHRASES): SummaryContext.open. */
function leavesOpen(fb: readonly SentenceFeatures[]): boolean {
  return fb.some((f) => DOUBT.test(f.sentence.text) || NO_COMMENT.test(f.sentence.text));
}

/** Every term key of an account. */
function keysOf(features: readonly SentenceFeatures[]): Set<string> {
  return new Set(features.flatMap((f) => f.terms.map((t) => t.key)));
}

/** Words that may describe a report between its determiner and itself: "the heartwarming tale", "the viral photo". */
const REPORT_MODIFIERS = 2;

/** Whether the report noun at token k is referred back to: "the", "this" or "that" before it, or before its modifiers. */
function referredBack(f: SentenceFeatures, k: number): boolean {
  for (let n = k - 1; n >= 0 && n >= k - 1 - REPORT_MODIFIERS; n--) {
    const t = f.tokens[n]!;
    if (BACK_REFERENCES.has(t.lower)) return true;
    if (t.kind === 'punct' || t.stop) return false;
  }
  return false;
}

const INSIDE_CLAUSE = /^[-"“”'‘’]+$/;

/** The clause that holds token k: from after the punctuation mark before it to the one after it. */
function clauseOf(f: SentenceFeatures, k: number): [number, number] {
  const tokens = f.tokens;
  // Quotation marks and hyphens stand inside clauses: 'the reports had "no basis in reality"'.
  const breaks = (t: SentenceFeatures['tokens'][number]) => t.kind === 'punct' && !INSIDE_CLAUSE.test(t.text);
  let from = k;
  while (from > 0 && !breaks(tokens[from - 1]!)) from--;
  let to = k + 1;
  while (to < tokens.length && !breaks(tokens[to]!)) to++;
  return [from, to];
}

/** How far before a verdict of REPORT_VERDICTS its report noun may stand ("the reports were wrong"). */
const VERDICT_REACH = 3;

/** A report said to be wrong: a form of "be", then REPORT_VERDICTS, with a report noun shortly before. */
function brandsReportWrong(
  f: SentenceFeatures,
  reportsIn: (tokens: readonly SentenceFeatures['tokens'][number][]) => boolean,
): boolean {
  const tokens = f.tokens;
  for (let k = 1; k < tokens.length; k++) {
    if (!REPORT_VERDICTS.has(tokens[k]!.lower) || !PASSIVE_BE.has(tokens[k - 1]!.lower)) continue;
    if (reportsIn(tokens.slice(Math.max(0, k - 1 - VERDICT_REACH), k - 1))) return true;
  }
  return false;
}

/** Forms of "be" after "there" that state what exists: "there was no leak", "there has been no escape". */
const EXISTENTIAL_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been']);

/**
 * A sentence that says a thing a tells of did not exist: "there was no X" or "there has been no X", X a content
 * word of a that is no name ("There has been no escape", against "Snow leopard escapes from the zoo").
 */
function deniesExistence(f: SentenceFeatures, keysA: () => Set<string>): boolean {
  const tokens = f.tokens;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]!.lower !== 'there') continue;
    let n = k + 1;
    if (tokens[n]!.lower === 'has' || tokens[n]!.lower === 'had' || tokens[n]!.lower === 'have') n++;
    if (!EXISTENTIAL_BE.has(tokens[n]?.lower ?? '') || tokens[n + 1]?.lower !== 'no') continue;
    const denied = f.terms.find((t) => t.token > n + 1);
    if (denied !== undefined && denied.token <= n + 3 && !denied.entity && keysA().has(denied.key))
      return true;
  }
  return false;
}

/**
 * b's stance towards a, from the links. It disputes a when it refutes a's claims explicitly (a contradiction with a
 * refutation cue, or a claim restated to be called false: SummaryContext.rebuts), or contradicts them in more links
 * than it confirms them (agreements and partial matches at partial-match similarity or more: a story that confirms a
 * claim in one sentence and gives another date for it in another has not taken sides). It agrees when it confirms them
 * without contradiction, its links at partial-match similarity or more covering half of a's sentences or of its own,
 * one of them restating a claim (an agreement, or a partial match that shares a name, reaches the STS "2 of 5" or joins
 * several sentences), and vouches for them (no evidential hedge: SummaryContext). It discusses a when it shares the
 * subject without taking a side, or passes the claims on as reported, or when nothing links but it names someone a
 * names and mentions TOPIC_COVER or more of a's subject elsewhere (SummaryContext.topic). It is unrelated when nothing
 * else links, when its only links are partial matches that restate nothing and the accounts name no one in common,
 * or when they name someone in common but its links are weak (weaklyLinked) and it mentions less than TOPIC_COVER of
 * a's subject: the same person or place in another story.
 */
export function summarize(
  links: readonly Link[],
  omissions: readonly Omission[],
  nA: number,
  nB: number,
  context: SummaryContext = {},
): Summary {
  const count = (r: Link['relation']) => links.filter((l) => l.relation === r).length;
  const agreements = count('agreement');
  const partials = count('partial');
  const contradictions = count('contradiction');
  const refutes = links.some(
    (l) => l.relation === 'contradiction' && l.cues.some((c) => c.kind === 'refutation'),
  );
  // How much the links speak to: a's claims, or b's content, whichever they cover more of (a one-line headline
  // against a long story is covered whole by one link; a short statement against a long report covers itself).
  // Only links at the similarity of a partial match count: a claim's weak supporters (support.ts) link below it,
  // and a short a against an unrelated long b finds one often enough.
  const firm = links.filter((l) => l.similarity >= DEFAULT_MODEL.partial);
  // Confirmations are firm too: a weak partial link ("Swindon remains central to our plans" against a report of job
  // cuts there) confirms nothing that a contradiction of the claim itself would outweigh.
  const confirmations = firm.filter((l) => l.relation !== 'contradiction').length;
  // Where b asserts as many contradictions as it gives confirmations, the closer match decides: "Grayfield will not
  // close its 140 stores by Christmas" (0.96) outweighs "Grayfield closed stores before Christmas last year" (0.6).
  const closest = (contradicting: boolean) =>
    Math.max(
      0,
      ...firm.filter((l) => (l.relation === 'contradiction') === contradicting).map((l) => l.similarity),
    );
  // Contradictions b asserts, not those it passes on as reported (SummaryContext.contradictionsPassedOn).
  const asserted = contradictions - Math.min(contradictions, context.contradictionsPassedOn ?? 0);
  // Whether what b asserts is its verdict: not where b says the question is open (SummaryContext.open).
  const verdict = context.open !== true;
  // What b must have to agree: a's claim stated again, as an agreement, or a partial match that names the same
  // participants, shares details at the STS guidelines' "2 of 5" (FITTED.partial), or is made of several sentences
  // that cover the claim together (support.ts). One partial match on a few common words ("It took five years to
  // make the film" against a review that mentions "the film") confirms nothing.
  const restates = firm.some(
    (l) =>
      l.relation === 'agreement' ||
      (l.relation === 'partial' &&
        (l.similarity >= FITTED.partial ||
          l.cues.some((c) => c.kind === 'entity') ||
          Math.max(l.a.length, l.b.length) > 1)),
  );
  const linkedA = new Set(firm.flatMap((l) => l.a)).size;
  const linkedB = new Set(firm.flatMap((l) => l.b)).size;
  const coverage = Math.max(nA > 0 ? linkedA / nA : 0, nB > 0 ? linkedB / nB : 0);
  let stance: Stance;
  let confidence: number;
  if (links.length > 0 && topicDecides(links, context) && topicalCover(context) < TOPIC_COVER) {
    // Only weak partial matches, a name in common, and little else of a's subject: the same person or place in
    // another story ("Ashmoor" in a report on its farm show, against a theft of hives from Ashmoor farms). Where the
    // topic cover is unknown (another language, a summary built by hand), the links decide alone.
    stance = 'unrelated';
    confidence = 0.6;
  } else if (links.length === 0 && topicalCover(context) >= TOPIC_COVER) {
    // Nothing links, but b tells of a's story elsewhere (SummaryContext.topic) and names someone a names: common
    // words alone ("young people") make no story.
    stance = 'discusses';
    confidence = 0.5 + 0.5 * Math.min(1, context.topic! - TOPIC_COVER);
  } else if (links.length === 0) {
    stance = 'unrelated';
    confidence = nA > 0 && nB > 0 ? 0.8 : 0.5;
  } else if (!restates && contradictions === 0 && context.rebuts !== true && context.sharedNames === false) {
    // Only partial matches on common words, and no name in common: two stories that happen to share some words.
    stance = 'unrelated';
    confidence = 0.6;
  } else if (
    (contradictions > 0 && refutes) ||
    (verdict && asserted > 0 && asserted > confirmations) ||
    (verdict && asserted > 0 && asserted === confirmations && closest(true) > closest(false)) ||
    context.rebuts === true
  ) {
    stance = 'disputes';
    confidence = Math.min(1, 0.55 + 0.15 * contradictions + (refutes || context.rebuts === true ? 0.2 : 0));
  } else if (
    restates &&
    contradictions === 0 &&
    coverage >= 0.5 &&
    context.hedgedB !== true &&
    context.contested !== true
  ) {
    stance = 'agrees';
    confidence = Math.min(1, 0.4 + 0.6 * coverage);
  } else {
    stance = 'discusses';
    confidence = 0.5 + 0.3 * Math.min(1, coverage);
  }
  return {
    agreements,
    partials,
    contradictions,
    omissions: {
      a: omissions.filter((o) => o.side === 'a').length,
      b: omissions.filter((o) => o.side === 'b').length,
    },
    stance,
    confidence: Math.round(confidence * 1000) / 1000,
    ...(context.topic === undefined ? {} : { topic: Math.round(context.topic * 1000) / 1000 }),
  };
}
