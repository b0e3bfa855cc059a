import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/index';
import { analyzePair, pairFeaturesBothWays } from '../../src/classify/pair';

const f = (text: string) => extractFeatures({ index: 0, text, start: 0, end: text.length });

// similarity() computes the features of both orders of a pair together, sharing what does not depend on the order
// and running the symmetric conflict rules once: each order must still equal analyzePair's, bit for bit.
describe('pair features of both orders', () => {
  it.each([
    { a: 'A man is playing a guitar.', b: 'A woman is slicing an onion.' },
    { a: 'The team won the game.', b: 'The team lost the game.' },
    { a: 'He made one phone call.', b: 'They had many calls and meetings.' },
    { a: 'They met in February 2024.', b: 'They met on Monday in March 2023.' },
    { a: 'Contrary to the report, they never met.', b: 'They met twice, the report said.' },
    { a: '3 people and 5 people were hurt.', b: '3 people were hurt.' },
    { a: 'Netanyahu met Waltz.', b: 'Netanyahu did not meet Waltz, his office denied.' },
    { a: 'Prime Minister Netanyahu spoke.', b: 'The PM spoke to the U.N. on 12 May.' },
    { a: '', b: 'Nobody came.' },
  ])('"$a" / "$b"', ({ a, b }) => {
    const [ab, ba] = pairFeaturesBothWays(f(a), f(b));
    expect(Array.from(ab)).toStrictEqual(Array.from(analyzePair(f(a), f(b)).x));
    expect(Array.from(ba())).toStrictEqual(Array.from(analyzePair(f(b), f(a)).x));
  });
});
