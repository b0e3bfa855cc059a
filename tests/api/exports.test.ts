import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../../src/index';
import type { CompareOptions, HTMLOptions, Link, Report, Sentence, TextOptions } from '../../src/index';
import { valid } from '../helpers';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'AccountSchema',
      'CUE_KINDS',
      'CompareManyOptionsSchema',
      'CompareOptionsSchema',
      'ComparePairSchema',
      'CorroborateError',
      'CueSchema',
      'DiffPartSchema',
      'DocumentInputSchema',
      'DuplicateSchema',
      'LinkRelationSchema',
      'LinkSchema',
      'MAX_SENTENCE',
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
      'compareMany',
      'relate',
      'relateAsync',
      'reportJSONSchema',
      'segment',
      'similarity',
      'summarize',
      'toHTML',
      'toJSON',
      'toMarkdown',
      'toText',
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
    expectTypeOf(api.toHTML).returns.toEqualTypeOf<string>();
    expectTypeOf(api.toText).returns.toEqualTypeOf<string>();
    expectTypeOf<{ color: boolean; width: number }>().toExtend<TextOptions>();
    expectTypeOf<{ title: string; lang: string }>().toExtend<HTMLOptions>();
  });

  it('has schemaVersion 1', () => {
    expect(api.SCHEMA_VERSION).toBe(1);
    expect(valid(api.compare('a', 'b')).schemaVersion).toBe(1);
  });
});
