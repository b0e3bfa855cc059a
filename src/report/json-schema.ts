/**
 * The report's JSON Schema (draft 2020-12), generated from `ReportSchema` so that the two never drift apart.
 * `schema/report.schema.json` is this function's output, written by `npm run schema`.
 */
import { z } from 'zod';
import {
  AccountSchema,
  CueSchema,
  LinkSchema,
  OmissionSchema,
  ReportSchema,
  SentenceSchema,
  SpanSchema,
  SummarySchema,
} from '../schemas';

/**
 * The JSON Schema of the JSON report (`toJSON`, `corroborate --format json`), generated from the zod
 * `ReportSchema`. It describes what `ReportSchema` accepts, so extra fields are allowed: fields are only added
 * within one `schemaVersion`. Shared parts (Account, Sentence, Span, Cue, Link, Omission, Summary) are `$defs`.
 *
 * @example
 * import Ajv from 'ajv/dist/2020';
 * const validate = new Ajv().compile(reportJSONSchema());
 * validate(JSON.parse(toJSON(compare(a, b)))); // true
 */
export function reportJSONSchema(): Record<string, unknown> {
  const metadata = z.registry<{ id?: string; title?: string; description?: string; $comment?: string }>();
  metadata.add(ReportSchema, {
    title: 'corroborate report',
    description:
      'The result of comparing two accounts of the same event: their sentences, the links between them ' +
      '(agreement, partial, contradiction) with cues as offsets into both texts, the omissions, and the stance.',
    $comment: 'Generated from ReportSchema (src/schemas.ts) by npm run schema; do not edit.',
  });
  const defs = {
    AccountSchema,
    SentenceSchema,
    SpanSchema,
    CueSchema,
    LinkSchema,
    OmissionSchema,
    SummarySchema,
  };
  for (const [name, schema] of Object.entries(defs))
    metadata.add(schema, { id: name.replace(/Schema$/, '') });
  return z.toJSONSchema(ReportSchema, { metadata, io: 'input', unrepresentable: 'throw' }) as Record<
    string,
    unknown
  >;
}
