import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/index';
import { analyzePair, PAIR_FEATURES, type PairFeatureName } from '../../src/classify/pair';
import { entailmentGaps, entails } from '../../src/similarity/index';

const f = (text: string) => extractFeatures({ index: 0, text, start: 0, end: text.length });
const features = (a: string, b: string) => {
  const x = analyzePair(f(a), f(b)).x;
  return (name: PairFeatureName) => x[PAIR_FEATURES.indexOf(name)]!;
};
/** The one term of a sentence with this key. */
const term = (text: string, key: string) => f(text).terms.find((t) => t.key === key)!;

describe('word-by-word entailment', () => {
  it('a word entails itself, its synonyms and what it is a kind of, not the reverse', () => {
    const banana = term('A banana.', 'banana');
    const fruit = term('A fruit.', 'fruit');
    expect(entails(banana, fruit)).toBe(true);
    expect(entails(fruit, banana)).toBe(false);
    expect(entails(banana, banana)).toBe(true);
    expect(entails(term('A car.', 'car'), term('An automobile.', 'automobil'))).toBe(true);
  });

  it('antonyms and unrelated words do not entail', () => {
    expect(entails(term('It is big.', 'big'), term('It is small.', 'small'))).toBe(false);
    expect(entails(term('A banana.', 'banana'), term('A guitar.', 'guitar'))).toBe(false);
  });

  it('names entail only the same name', () => {
    const paris = term('They met Paris Hilton in town.', 'paris');
    expect(paris.entity).toBe(true);
    expect(entails(paris, term('They met a city in town.', 'citi'))).toBe(false);
    expect(entails(paris, term('They met Paris in town.', 'paris'))).toBe(true);
  });

  it('counts the terms each side leaves unentailed, either way round', () => {
    const a = f('A man is eating a banana.');
    const b = f('A man is eating fruit.');
    expect(entailmentGaps(a, b)).toEqual({ termsA: 3, missA: 1, termsB: 3, missB: 0 });
    expect(entailmentGaps(b, a)).toEqual({ termsA: 3, missA: 0, termsB: 3, missB: 1 });
  });

  it('sets the gap features by direction', () => {
    const x = features('A man is eating a banana.', 'A man is eating fruit.');
    expect(x('entailGapA')).toBeCloseTo(1 / 3);
    expect(x('entailGapB')).toBe(0);
    expect(x('entailMissA')).toBeCloseTo(1 / 3);
    expect(x('entailedA')).toBe(0);
    expect(x('entailedB')).toBe(1);
  });

  it('negatedEntailed: the other side entails all that the negated side denies', () => {
    expect(features('There is no man eating food.', 'A man is eating a pizza.')('negatedEntailed')).toBe(1);
    expect(features('A man is eating a pizza.', 'There is no man eating food.')('negatedEntailed')).toBe(1);
    // Food is not a kind of pizza: a third of what is denied (man, eat, pizza) is left unentailed.
    expect(features('There is no man eating pizza.', 'A man is eating food.')('negatedEntailed')).toBeCloseTo(
      2 / 3,
    );
    // No negation, or both sides negated: not set.
    expect(features('A man is eating food.', 'A man is eating a pizza.')('negatedEntailed')).toBe(0);
    expect(features('No man is eating food.', 'No man is eating a pizza.')('negatedEntailed')).toBe(0);
  });
});

describe('roles', () => {
  it('the same agent, active or passive', () => {
    const x = features('A man is cutting a potato.', 'A potato is being cut by a man.');
    expect(x('agentSame')).toBe(1);
    expect(x('agentSwap')).toBe(0);
  });

  it('agent and patient swapped', () => {
    const x = features('Recruits are talking to an officer.', 'An officer is talking to the recruits.');
    expect(x('agentSame')).toBe(0);
    expect(x('agentSwap')).toBe(1);
    const p = features('A man is cutting a potato.', 'A man is being cut by a potato.');
    expect(p('agentSame')).toBe(0);
    expect(p('agentSwap')).toBe(1);
  });

  it('a clause without "be" has no roles', () => {
    const x = features('Men sawed logs.', 'Men cut wood.');
    expect(x('agentSame')).toBe(0);
    expect(x('agentSwap')).toBe(0);
  });
});

describe('word-by-word entailment of long texts', () => {
  // 2,100 terms a side: past the 2^22 term pairs from which each term is checked against its best match only.
  const many = (sentence: string) => Array.from({ length: 700 }, () => sentence).join(' ');

  it('a match the aligner found still entails', () => {
    const gaps = entailmentGaps(f(many('A man is slicing bread.')), f(many('A man is cutting bread.')));
    expect(gaps).toEqual({ termsA: 2100, missA: 0, termsB: 2100, missB: 0 });
  });

  it('a kind of word too far for the aligner to pair is not searched for', () => {
    // In a short text, "banana" entails "fruit" (above); here "fruit" has no best match to check.
    const gaps = entailmentGaps(f(many('A man is eating a banana.')), f(many('A man is eating fruit.')));
    expect(gaps).toEqual({ termsA: 2100, missA: 700, termsB: 2100, missB: 700 });
  });
});

describe('term bigrams', () => {
  it('the same words attached differently share fewer consecutive term pairs', () => {
    const same = features(
      'The girl in the blue uniform is cheering.',
      'The girl in the blue uniform is cheering.',
    );
    expect(same('termBigramDice')).toBe(1);
    // girl-blue, blue-uniform, uniform-cheer against girl-cheer, cheer-man, man-blue, blue-uniform: 2 * 1 / 7.
    const moved = features(
      'The girl in the blue uniform is cheering.',
      'The girl is cheering the man in the blue uniform.',
    );
    expect(moved('termBigramDice')).toBeCloseTo(2 / 7);
  });

  it('two sentences of one term each have no bigram to differ in', () => {
    expect(features('Hello.', 'Goodbye.')('termBigramDice')).toBe(1);
  });
});
