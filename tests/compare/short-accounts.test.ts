/**
 * Accounts of one sentence each (a headline against a headline, a claim against a claim): IDF within each account
 * weighs the words the two share as much as the words only one has (src/align/index.ts, idfWeights), so that two
 * sentences that differ in one word are compared at all.
 */
import { describe, expect, it } from 'vitest';
import { compare, segment } from '../../src/index';
import { readAccount } from '../../src/features/index';
import { idfWeights } from '../../src/align/index';

const features = (text: string) => readAccount(segment(text)).features;

describe('compare() on one sentence against one', () => {
  it.each([
    { a: 'He was born in 1950.', b: 'He was born in 1951.', relation: 'contradiction', cue: 'date' },
    { a: 'Nobody was injured.', b: 'Two people were injured.', relation: 'contradiction', cue: 'negation' },
    { a: 'Profits rose 5%.', b: 'Profits rose 5 percent.', relation: 'agreement', cue: 'overlap' },
  ])('$a ~ $b: $relation', ({ a, b, relation, cue }) => {
    const links = compare(a, b).links;
    expect(links.map((l) => l.relation)).toEqual([relation]);
    expect(links[0]!.cues.map((c) => c.kind)).toContain(cue);
  });

  it('weighs a word both sentences hold as much as a word one of them has', () => {
    const a = features('The minister was born in Seville.');
    const b = features('The minister was born in Madrid.');
    const weight = idfWeights(a, b);
    const term = (f: typeof a, key: string) => f[0]!.terms.find((t) => t.key === key)!;
    expect(weight(term(a, 'born'), 'a')).toBeCloseTo(weight(term(a, 'seville'), 'a') / 1.2, 10);
    expect(weight(term(b, 'born'), 'b')).toBeCloseTo(weight(term(b, 'madrid'), 'b') / 1.2, 10);
  });

  it('weighs a word an account repeats in every sentence less than a word it writes once', () => {
    const a = features('Lopez won the prize. Lopez thanked the jury. Lopez left early.');
    const b = features('Lopez won.');
    const weight = idfWeights(a, b);
    const lopez = a[0]!.terms.find((t) => t.key === 'lopez')!;
    const jury = a[1]!.terms.find((t) => t.key === 'juri')!;
    expect(weight(lopez, 'a') / 1.2).toBeLessThan(weight(jury, 'a'));
  });
});
