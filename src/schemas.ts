/**
 * zod schemas: the single source of every type that crosses the library's boundary.
 * Types are `z.infer`/`z.input`/`z.output` of these; there are no hand-written twins.
 */
import { z } from 'zod';

/** The report format's version. A renamed or removed field bumps it. */
export const SCHEMA_VERSION = 1 as const;

const index = z.number().int().nonnegative();

/** A sentence of one account, with its offsets into that account's original text. */
export const SentenceSchema = z.object({
  /** Position of the sentence in its account, from 0. */
  index,
  /** The sentence text, exactly `input.slice(start, end)`. */
  text: z.string(),
  /** Offset of the first UTF-16 code unit in the original text. */
  start: index,
  /** Offset one past the last UTF-16 code unit in the original text. */
  end: index,
});
export type Sentence = z.infer<typeof SentenceSchema>;

/** `[start, end)` offsets into one original text. */
export const SpanSchema = z.tuple([index, index]);
export type Span = z.infer<typeof SpanSchema>;

const cueFields = {
  /** Stable id of the rule that produced the cue, e.g. `negation.mismatch`. */
  rule: z.string(),
  /** Where the cue's words stand in account a's text. */
  a: SpanSchema.optional(),
  /** Where the cue's words stand in account b's text. */
  b: SpanSchema.optional(),
  /** A human-readable explanation, quoting the words. */
  detail: z.string(),
};

/** The kinds of evidence a judgment can rest on. */
export const CUE_KINDS = [
  'negation',
  'refutation',
  'antonym',
  'number',
  'date',
  'quantity',
  'hedge',
  'attribution',
  'entity',
  'overlap',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

const cue = <K extends CueKind>(kind: K) => z.object({ kind: z.literal(kind), ...cueFields });

/** One piece of evidence for a relation, with offsets into both texts. */
export const CueSchema = z.discriminatedUnion('kind', [
  cue('negation'),
  cue('refutation'),
  cue('antonym'),
  cue('number'),
  cue('date'),
  cue('quantity'),
  cue('hedge'),
  cue('attribution'),
  cue('entity'),
  cue('overlap'),
]);
export type Cue = z.infer<typeof CueSchema>;

/** What `relate()` can say of two sentences. */
export const RelationSchema = z.enum(['agreement', 'partial', 'contradiction', 'unrelated']);
export type Relation = z.infer<typeof RelationSchema>;

/** The relations a link in a report can carry (unrelated pairs are not linked). */
export const LinkRelationSchema = z.enum(['agreement', 'partial', 'contradiction']);
export type LinkRelation = z.infer<typeof LinkRelationSchema>;

const unit = z.number().min(0).max(1);

/** The result of `relate()`. */
export const RelationResultSchema = z.object({
  relation: RelationSchema,
  /** Semantic similarity of the two texts, in [0, 1]. */
  similarity: unit,
  /** How sure the judgment is, in [0, 1]. */
  confidence: unit,
  cues: z.array(CueSchema),
});
export type RelationResult = z.infer<typeof RelationResultSchema>;

/** One word-level change from jsdiff, between the a side and the b side of a link. */
export const DiffPartSchema = z.object({
  value: z.string(),
  added: z.boolean(),
  removed: z.boolean(),
});
export type DiffPart = z.infer<typeof DiffPartSchema>;

/** Sentences of a and b that speak to each other. One side holds several indices for a one-to-many link. */
export const LinkSchema = z.object({
  a: z.array(index).min(1),
  b: z.array(index).min(1),
  relation: LinkRelationSchema,
  similarity: unit,
  confidence: unit,
  cues: z.array(CueSchema),
  /** Word-level changes from a to b; empty for contradictions. */
  diff: z.array(DiffPartSchema),
});
export type Link = z.infer<typeof LinkSchema>;

export const SideSchema = z.enum(['a', 'b']);
export type Side = z.infer<typeof SideSchema>;

/** A sentence of one side with no counterpart in the other. */
export const OmissionSchema = z.object({
  side: SideSchema,
  /** Index of the sentence in its account. */
  sentence: index,
  /** How central the sentence is to its account, in [0, 1]. */
  salience: unit,
});
export type Omission = z.infer<typeof OmissionSchema>;

/** A sentence that repeats an earlier one of the same account; it is counted once, as that sentence. */
export const DuplicateSchema = z.object({
  side: SideSchema,
  /** Index of the repeating sentence. */
  sentence: index,
  /** Index of the first sentence of its group, which stands for it in links and omissions. */
  of: index,
});
export type Duplicate = z.infer<typeof DuplicateSchema>;

/** How account b stands towards account a. */
export const StanceSchema = z.enum(['agrees', 'disputes', 'discusses', 'unrelated']);
export type Stance = z.infer<typeof StanceSchema>;

export const AccountSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  sentences: z.array(SentenceSchema),
});
export type Account = z.infer<typeof AccountSchema>;

export const SummarySchema = z.object({
  agreements: index,
  partials: index,
  contradictions: index,
  omissions: z.object({ a: index, b: index }),
  stance: StanceSchema,
  /** Confidence in the stance, in [0, 1]. */
  confidence: unit,
  /**
   * How much of a's subject b mentions anywhere, linked or not, in [0, 1]: the share of a's content words, weighted
   * by rarity, found in b, or 0 when b mentions fewer than two separate things of a. With a name in common, it makes
   * b discuss a when no sentence of b restates a claim of a. English only: absent for other languages, and in
   * reports made before it was added.
   */
  topic: unit.optional(),
});
export type Summary = z.infer<typeof SummarySchema>;

/** The full result of `compare()`. */
export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /**
   * The language both accounts were read in, a BCP 47 tag: the one given, or with `language: 'auto'` the one told
   * from the texts ('en', 'de', 'fr', 'es', 'it', 'pt', 'nl' or 'ru'). It picks the segmenter's abbreviations and the
   * cue words. Absent in reports made before it was added.
   */
  language: z.string().min(2).optional(),
  a: AccountSchema,
  b: AccountSchema,
  links: z.array(LinkSchema),
  omissions: z.array(OmissionSchema),
  /** Near-duplicate sentences within one account, grouped so that they do not count twice. */
  duplicates: z.array(DuplicateSchema),
  summary: SummarySchema,
});
export type Report = z.infer<typeof ReportSchema>;

/** A text to compare: a plain string, or a document with an optional id and title. */
export const DocumentInputSchema = z.union([
  z.string(),
  z.object({
    id: z.string().optional(),
    title: z.string().optional(),
    text: z.string(),
  }),
]);
export type DocumentInput = z.input<typeof DocumentInputSchema>;

/** Options of `segment()`. */
export const SegmentOptionsSchema = z.strictObject({
  /**
   * BCP 47 language tag, or 'auto' (English, German, French, Spanish, Italian, Portuguese, Dutch or Russian, told from
   * the text's function words); English has full abbreviation data, the other seven lists of their own, others a
   * conservative rule set (default: 'en').
   */
  language: z.string().min(2).default('en'),
  /** Extra abbreviations that never end a sentence, without their final period, e.g. `['approx', 'Dept']` (default: []). */
  abbreviations: z.array(z.string().min(1)).default([]),
});
export type SegmentOptions = z.input<typeof SegmentOptionsSchema>;
export type ResolvedSegmentOptions = z.output<typeof SegmentOptionsSchema>;

/** Options of `similarity()` and `relate()`. */
export const RelateOptionsSchema = z.strictObject({
  /**
   * Language of both texts, a BCP 47 tag, or 'auto': English, German, French, Spanish, Italian, Portuguese, Dutch or
   * Russian, told from their function words (English when too short to tell). 'de', 'fr', 'es', 'it', 'pt', 'nl' and
   * 'ru' have cue words and a stemmer of their own, others are read with the English lists (default: 'auto').
   */
  language: z.string().min(2).default('auto'),
});
export type RelateOptions = z.input<typeof RelateOptionsSchema>;
export type ResolvedRelateOptions = z.output<typeof RelateOptionsSchema>;

/** Where a comparison stands, as passed to `onProgress`. */
export const ProgressSchema = z.object({
  stage: z.enum(['segment', 'features', 'align', 'done']),
  /** Units of work done in this stage. */
  done: index,
  /** Units of work in this stage. */
  total: index,
});
export type Progress = z.infer<typeof ProgressSchema>;

/** Options of `compare()`. */
export const CompareOptionsSchema = z.strictObject({
  /**
   * Language of both texts, a BCP 47 tag, or 'auto': English, German, French, Spanish, Italian, Portuguese, Dutch or
   * Russian, told from the function words of the texts' first 20,000 characters each (English when too short to
   * tell). It picks the segmenter's abbreviations and the cue words (negators, dates, numbers, function words; 'de',
   * 'fr', 'es', 'it', 'pt', 'nl' and 'ru' have their own, others use the English lists) (default: 'auto').
   */
  language: z.string().min(2).default('auto'),
  /** Extra abbreviations for the segmenter (default: []). */
  abbreviations: z.array(z.string().min(1)).default([]),
  /**
   * Minimum similarity for two sentences to be linked, in [0, 1]. It is low on purpose: similarity is the harmonic
   * mean of how much of each sentence the other covers, so a contradiction or a partial match between two long
   * sentences that share one event scores low; the relation rules, not the threshold, decide (default: 0.15).
   */
  threshold: z.number().min(0).max(1).default(0.15),
  /** Align in order, for two versions of the same text (default: false). */
  ordered: z.boolean().default(false),
  /** Called as the comparison advances, for progress bars on long documents (default: none). */
  onProgress: z
    .custom<(progress: Progress) => void>((v) => typeof v === 'function', {
      message: 'onProgress must be a function',
    })
    .optional(),
  /** Cancels a long comparison: `compare()` then throws `CorroborateError` with code `E_ABORTED` (default: none). */
  signal: z
    .custom<AbortSignal>((v) => typeof AbortSignal !== 'undefined' && v instanceof AbortSignal, {
      message: 'signal must be an AbortSignal',
    })
    .optional(),
});
export type CompareOptions = z.input<typeof CompareOptionsSchema>;
export type ResolvedCompareOptions = z.output<typeof CompareOptionsSchema>;
