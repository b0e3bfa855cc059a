/**
 * The published JSON Schema: generated from ReportSchema, committed as schema/report.schema.json, and it accepts
 * what the library writes and rejects what ReportSchema rejects.
 */
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { compare, reportJSONSchema, ReportSchema, toJSON } from '../../src/index';
import { fixture, valid } from '../helpers';

const schema = reportJSONSchema();
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const founding = JSON.parse(
  toJSON(valid(compare(fixture('fixtures/wapo-vs-pmo/a.txt'), fixture('fixtures/wapo-vs-pmo/b.txt')))),
) as Record<string, unknown>;

type Json = Record<string, unknown> & { links: Record<string, unknown>[] };
const edit = (f: (r: Json) => void) => {
  const r = structuredClone(founding) as Json;
  f(r);
  return r;
};

describe('reportJSONSchema', () => {
  it('is the committed schema/report.schema.json (npm run schema)', () => {
    expect(JSON.parse(fixture('../schema/report.schema.json'))).toEqual(schema);
  });

  it('is draft 2020-12 with named definitions', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs as object).sort()).toEqual(
      ['Account', 'Cue', 'Link', 'Omission', 'Sentence', 'Span', 'Summary'].sort(),
    );
  });

  it.each([
    { name: 'the founding case', report: founding },
    { name: 'an empty comparison', report: JSON.parse(toJSON(compare('', ''))) },
    { name: 'a report with an extra field', report: edit((r) => (r.generator = 'x')) },
  ])('accepts $name', ({ report }) => {
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    { name: 'another schemaVersion', report: edit((r) => (r.schemaVersion = 2)) },
    { name: 'an unknown relation', report: edit((r) => (r.links[0]!.relation = 'maybe')) },
    {
      name: 'an unknown cue kind',
      report: edit((r) => ((r.links[0]!.cues as { kind: string }[])[0]!.kind = 'vibe')),
    },
    {
      name: 'a span of three offsets',
      report: edit((r) => ((r.links[0]!.cues as { a: number[] }[])[0]!.a = [1, 2, 3])),
    },
    { name: 'a link with no sentence of a', report: edit((r) => (r.links[0]!.a = [])) },
    { name: 'a similarity above 1', report: edit((r) => (r.links[0]!.similarity = 1.5)) },
    {
      name: 'a negative offset',
      report: edit((r) => ((r.a as { sentences: { start: number }[] }).sentences[0]!.start = -1)),
    },
    { name: 'no summary', report: edit((r) => delete r.summary) },
  ])('rejects $name, as ReportSchema does', ({ report }) => {
    expect(validate(report)).toBe(false);
    expect(ReportSchema.safeParse(report).success).toBe(false);
  });
});
