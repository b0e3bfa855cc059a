import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/index';
import { analyzePair, PAIR_FEATURES, priorIdf, type PairFeatureName } from '../../src/classify/pair';

const f = (text: string) => extractFeatures({ index: 0, text, start: 0, end: text.length });
const feature = (a: string, b: string, name: PairFeatureName) =>
  analyzePair(f(a), f(b)).x[PAIR_FEATURES.indexOf(name)]!;

describe('pair features', () => {
  it.each([
    { a: 'A man is playing a guitar.', b: 'A man is playing a guitar.', name: 'alignIdf', lo: 1, hi: 1 },
    { a: 'A man is playing a guitar.', b: 'Bananas are yellow.', name: 'alignIdf', lo: 0, hi: 0 },
    {
      a: 'A man is playing a guitar.',
      b: 'The man is playing the guitar.',
      name: 'exactIdf',
      lo: 0.99,
      hi: 1,
    },
    { a: 'A man is playing a guitar.', b: 'A woman is playing a flute.', name: 'exactIdf', lo: 0.1, hi: 0.6 },
    { a: 'The car is red.', b: 'The automobile is red.', name: 'align', lo: 0.9, hi: 1 },
    { a: 'A dog runs.', b: 'A puppy runs.', name: 'softAlign', lo: 0.6, hi: 0.99 },
    { a: 'A dog runs.', b: 'A puppy runs.', name: 'sif', lo: 0.5, hi: 0.99 },
    {
      a: 'A man is playing.',
      b: 'A man is playing a guitar on a stage.',
      name: 'lenRatio',
      lo: 0.4,
      hi: 0.5,
    },
    { a: 'Three people died.', b: 'Three people died.', name: 'numberMatch', lo: 1, hi: 1 },
    { a: 'Three people died.', b: 'Five people died.', name: 'numberMismatch', lo: 1, hi: 1 },
    { a: 'Three people died.', b: 'People died.', name: 'numberOneSide', lo: 1, hi: 1 },
    { a: 'A man is playing.', b: 'A man is not playing.', name: 'negParity', lo: 1, hi: 1 },
    { a: 'A man is not playing.', b: 'The man is never playing.', name: 'negParity', lo: 0, hi: 0 },
    { a: 'A man is playing.', b: 'There is no man playing.', name: 'negExistential', lo: 1, hi: 1 },
    { a: 'A man is playing.', b: 'There is no man playing.', name: 'negVerb', lo: 0, hi: 0 },
    { a: 'A man is playing.', b: 'A man is not playing.', name: 'negVerb', lo: 1, hi: 1 },
    { a: 'A man is playing.', b: 'A man is not playing.', name: 'rule.negation', lo: 1, hi: 1 },
    { a: 'The team won the game.', b: 'The team lost the game.', name: 'rule.antonym', lo: 1, hi: 1 },
    { a: 'They met in February.', b: 'They met in March.', name: 'rule.date', lo: 1, hi: 1 },
    { a: 'Obama met Putin.', b: 'Obama met Merkel.', name: 'entityUnmatched', lo: 0.6, hi: 0.7 },
    { a: 'The dogs bark.', b: 'The dog barks.', name: 'lemma.ngram1', lo: 1, hi: 1 },
    { a: 'The dogs bark.', b: 'The dog barks.', name: 'lemma.ngram3', lo: 1, hi: 1 },
    { a: 'Police said the men left.', b: 'The man left, police said.', name: 'lemma.ngram1', lo: 1, hi: 1 },
    {
      a: 'Police said the men left.',
      b: 'The man left, police said.',
      name: 'lemma.ngram2',
      lo: 0.75,
      hi: 0.75,
    },
    {
      a: 'Police said the men left.',
      b: 'The man left, police said.',
      name: 'lemma.lcsMax',
      lo: 0.6,
      hi: 0.6,
    },
    { a: 'Obama met Putin in Paris.', b: 'Obama met Putin.', name: 'contentLeftMax', lo: 0.69, hi: 0.7 },
    { a: 'Obama met Putin in Paris.', b: 'Obama met Putin.', name: 'contentLeftMin', lo: 0, hi: 0 },
    { a: 'Obama met Putin in Paris.', b: 'Obama met Putin.', name: 'lenDiff', lo: 1.09, hi: 1.1 },
  ] as const)('$name of "$a" / "$b" is in [$lo, $hi]', ({ a, b, name, lo, hi }) => {
    const v = feature(a, b, name);
    expect(v).toBeGreaterThanOrEqual(lo - 1e-9);
    expect(v).toBeLessThanOrEqual(hi + 1e-9);
  });

  it('weighs rare words above frequent ones', () => {
    expect(priorIdf('the')).toBeLessThan(priorIdf('guitar'));
    expect(priorIdf('guitar')).toBeLessThan(priorIdf('xylophonist'));
  });

  it.each([
    // Dates conflict when a word both sentences hold is near each; not a life's years far from what they date.
    {
      a: 'Netanyahu met Waltz in February.',
      b: 'Netanyahu met Waltz in March.',
      rule: 'date.mismatch',
      fires: true,
    },
    {
      a: 'Smith, who was born in 1950, won the Booker Prize for his novel.',
      b: 'Smith won the Booker Prize for a novel he wrote in 1985.',
      rule: 'date.mismatch',
      fires: false,
    },
    // Counts of one thing conflict when the two sides share none of them.
    {
      a: 'Three people died in the fire.',
      b: 'Five people died in the fire.',
      rule: 'number.mismatch',
      fires: true,
    },
    {
      a: 'It took five years to make the film and three years to write it.',
      b: 'The director returned to the film after five years.',
      rule: 'number.mismatch',
      fires: false,
    },
    // Antonyms conflict beside a word both sentences hold.
    {
      a: 'The surfer rode a big wave.',
      b: 'The surfer rode a small wave.',
      rule: 'antonym.wordnet',
      fires: true,
    },
    {
      a: 'The match took place in 1958.',
      b: 'Edwards gave the team the lead in the match.',
      rule: 'antonym.wordnet',
      fires: false,
    },
  ])('$rule fires: $fires on "$a" / "$b"', ({ a, b, rule, fires }) => {
    expect(analyzePair(f(a), f(b)).fired.has(rule)).toBe(fires);
  });

  it('keeps the cues of the rules that fired, with offsets into both texts', () => {
    const a = 'The summit was held in February.';
    const b = 'The summit was held in March.';
    const { cues, fired } = analyzePair(f(a), f(b));
    expect(fired.has('date.mismatch')).toBe(true);
    const date = cues.find((c) => c.kind === 'date')!;
    expect(a.slice(...date.a!)).toBe('February');
    expect(b.slice(...date.b!)).toBe('March');
  });
});
