/**
 * corroborate: compare two accounts of the same event. The public surface only.
 */
export { compare, summarize, type SummaryContext } from './compare';
export { compareMany, CompareManyOptionsSchema, ComparePairSchema } from './many';
export type { CompareManyOptions, ComparePair, ManyProgress } from './many';
export { segment, MAX_SENTENCE } from './segment/index';
export { similarity, relate, relateAsync } from './relate';
export type { SentenceScorer, RelateAsyncOptions } from './relate';
export { toJSON, toMarkdown, toHTML, toText, reportJSONSchema } from './report/index';
export type { HTMLOptions, TextOptions } from './report/index';
export { CorroborateError } from './errors';
export type { CorroborateErrorCode } from './errors';
export {
  SCHEMA_VERSION,
  SentenceSchema,
  SpanSchema,
  CueSchema,
  CUE_KINDS,
  RelationSchema,
  LinkRelationSchema,
  RelationResultSchema,
  DiffPartSchema,
  LinkSchema,
  SideSchema,
  OmissionSchema,
  DuplicateSchema,
  StanceSchema,
  AccountSchema,
  SummarySchema,
  ReportSchema,
  DocumentInputSchema,
  SegmentOptionsSchema,
  RelateOptionsSchema,
  CompareOptionsSchema,
  ProgressSchema,
} from './schemas';
export type {
  Sentence,
  Span,
  Cue,
  CueKind,
  Relation,
  LinkRelation,
  RelationResult,
  DiffPart,
  Link,
  Side,
  Omission,
  Duplicate,
  Stance,
  Account,
  Summary,
  Report,
  DocumentInput,
  SegmentOptions,
  RelateOptions,
  CompareOptions,
  Progress,
} from './schemas';
