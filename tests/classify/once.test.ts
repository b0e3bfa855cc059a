import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/index';
import { analyzePair, analyzePairLazily, PAIR_FEATURES } from '../../src/classify/pair';

const f = (text: string) => extractFeatures({ index: 0, text, start: 0, end: text.length });
const ANTONYM = PAIR_FEATURES.indexOf('rule.antonym');

// relate() analyses a pair of fresh sentences once (`once`: no per-sentence tables or antonym indexes kept); its
// features must be those of analyzePair, which keeps them, bit for bit.
describe('a one-off pair analysis', () => {
  it.each([
    { a: 'The team won the game.', b: 'The team lost the game.', antonym: 1 },
    { a: 'The water is hot.', b: 'The water is cold.', antonym: 1 },
    { a: 'The water is hot.', b: 'The water is not cold.', antonym: 0 },
    { a: 'Netanyahu met Waltz in February.', b: 'Netanyahu did not meet Waltz.', antonym: 0 },
    // Antonyms beside a word both sentences hold oppose each other; apart from anything shared, they do not.
    { a: 'A man is playing a guitar.', b: 'A woman is playing a guitar.', antonym: 1 },
    { a: 'A man is playing a guitar.', b: 'A woman is slicing an onion.', antonym: 0 },
    { a: 'The match took place in 1958.', b: 'Edwards gave the team the lead.', antonym: 0 },
    { a: 'A man is playing a guitar.', b: 'A child is eating an apple.', antonym: 0 },
    { a: 'They won and lost.', b: 'They won and lost.', antonym: 0 },
    // Adjectives with many antonym ids (through their satellites), against one that is among them and one that is not.
    { a: 'The box is large.', b: 'The box is small.', antonym: 1 },
    { a: 'The box is small.', b: 'The box is large.', antonym: 1 },
    { a: 'The box is large.', b: 'The box is red.', antonym: 0 },
    { a: 'A little dog ran.', b: 'A big dog ran.', antonym: 1 },
  ])('"$a" / "$b"', ({ a, b, antonym }) => {
    const lazy = analyzePairLazily(f(a), f(b));
    const kept = analyzePair(f(a), f(b));
    expect(lazy.x).toStrictEqual(Array.from(kept.x));
    expect(lazy.alignment).toStrictEqual(kept.alignment);
    expect(lazy.x[ANTONYM]).toBe(antonym);
  });
});

// The character trigram cosine counts one side's trigrams and reads the other's: whichever side was counted last is
// reused, so pairs of kept views, met in any order, must score as fresh ones.
describe('pairs of kept sentence views', () => {
  it('score as fresh sentences do, whichever views were built last', () => {
    const texts = ['The cat sat on the mat.', 'A cat is sitting on a mat.', 'Stocks fell sharply on Monday.'];
    const kept = texts.map(f);
    const order: [number, number][] = [
      [0, 1],
      [2, 0],
      [1, 2],
      [1, 0],
      [0, 0],
      [2, 1],
    ];
    const char3 = PAIR_FEATURES.indexOf('char3');
    for (const [i, j] of order) {
      const x = analyzePair(kept[i]!, kept[j]!).x;
      expect(Array.from(x)).toStrictEqual(Array.from(analyzePair(f(texts[i]!), f(texts[j]!)).x));
      expect(x[char3]).toBeGreaterThan(i === j ? 0.99 : 0);
    }
  });
});
