import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../../src/index';
import type { CompareOptions, Link, Report, Sentence } from '../../src/index';
import { valid } from '../helpers';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'AccountSchema',
      'CUE_KINDS',
      'CompareOptionsSchema',
      'CorroborateError',
      'CueSchema',
      'DiffPartSchema',
      'DocumentInputSchema',
      'LinkRelationSchema',
      'LinkSchema',
      'OmissionSchema',
      'ProgressSchema',
      'RelateOptionsSchema',
      'RelationResultSchema',
      'RelationSchema',
      'ReportSchema',
      'SCHEMA_VERSION',
      'SegmentOptionsSchema',
      'SentenceSchema',
      'SideSchema',
      'SpanSchema',
      'StanceSchema',
      'SummarySchema',
      'compare',
      'relate',
      'segment',
      'similarity',
      'summarize',
      'toJSON',
      'toMarkdown',
    ]);
  });

  it('has the documented types', () => {
    expectTypeOf(api.compare).returns.toEqualTypeOf<Report>();
    expectTypeOf(api.segment).returns.toEqualTypeOf<Sentence[]>();
    expectTypeOf(api.similarity).returns.toEqualTypeOf<number>();
    expectTypeOf<Link['relation']>().toEqualTypeOf<'agreement' | 'partial' | 'contradiction'>();
    expectTypeOf<{ threshold: number; ordered: boolean }>().toExtend<CompareOptions>();
    expectTypeOf<CompareOptions['threshold']>().toEqualTypeOf<number | undefined>();
    expectTypeOf(api.relate).returns.toHaveProperty('relation');
  });

  it('has schemaVersion 1', () => {
    expect(api.SCHEMA_VERSION).toBe(1);
    expect(valid(api.compare('a', 'b')).schemaVersion).toBe(1);
  });
});
