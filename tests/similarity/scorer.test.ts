import { describe, expect, it } from 'vitest';
import { CorroborateError, relateAsync, type SentenceScorer } from '../../src/index';
import { RelationResultSchema } from '../../src/schemas';

/** A deterministic stand-in for an embedding model: the share of shared lowercase words. */
const overlap: SentenceScorer = async (a, b) => {
  const x = new Set(a.toLowerCase().match(/\w+/g));
  const y = new Set(b.toLowerCase().match(/\w+/g));
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
};

describe('relateAsync with a pluggable scorer', () => {
  it.each([
    { a: 'The cat sat on the mat.', b: 'The cat sat on the mat today.', relation: 'agreement' },
    { a: 'The cat sat on the mat.', b: 'The cat slept on a sofa.', relation: 'partial' },
    { a: 'The cat sat on the mat.', b: 'Parliament passed the budget.', relation: 'unrelated' },
    { a: 'The summit was held in February.', b: 'The summit was held in March.', relation: 'contradiction' },
  ])('$a ~ $b: $relation', async ({ a, b, relation }) => {
    const r = RelationResultSchema.parse(await relateAsync(a, b, { scorer: overlap }));
    expect(r.relation).toBe(relation);
    expect(r.similarity).toBeCloseTo(await overlap(a, b), 12);
  });

  it('accepts a synchronous scorer and its thresholds', async () => {
    const r = await relateAsync('a b', 'c d', { scorer: () => 0.5, agreement: 0.5 });
    expect(r.relation).toBe('agreement');
    expect(r.similarity).toBe(0.5);
  });

  it.each([
    { options: { scorer: 'no' }, message: /scorer must be a function, got string/ },
    { options: { scorer: () => 1, partial: 1.5 }, message: /partial must be between 0 and 1, got 1.5/ },
  ])('rejects $options', async ({ options, message }) => {
    const call = relateAsync('a', 'b', options as never);
    await expect(call).rejects.toThrow(CorroborateError);
    await expect(relateAsync('a', 'b', options as never)).rejects.toThrow(message);
  });
});
