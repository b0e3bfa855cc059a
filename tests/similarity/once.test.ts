import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/index';
import { alignTerms, unitWeight, type TermWeight } from '../../src/similarity/index';

const f = (text: string) => extractFeatures({ index: 0, text, start: 0, end: text.length });

const sentences = [
  'Netanyahu met Waltz in February.',
  'Netanyahu did not meet Waltz.',
  'A man is playing a guitar.',
  'A woman is slicing an onion.',
  'The team won the game on Monday.',
  'The team lost the game.',
  'Prime Minister Netanyahu spoke to the U.N.',
  'The PM spoke.',
];

/** A weight that differs per term, so that a table's cached weights from another function would show. */
const byLength: TermWeight = (t) => t.key.length;

// `once` keeps tables in a few recent slots instead of per sentence: a pair must align the same either way, also
// after other pairs have taken the slots, and when one pair is aligned several times with different weights.
describe('alignTerms with once', () => {
  it.each(sentences.flatMap((a, i) => sentences.map((b, j) => ({ a, b, i, j }))).filter((p) => p.i !== p.j))(
    '"$a" / "$b"',
    ({ a, b }) => {
      const fa = f(a);
      const fb = f(b);
      for (const weight of [unitWeight, byLength, unitWeight]) {
        expect(alignTerms(fa, fb, weight, { once: true })).toStrictEqual(alignTerms(f(a), f(b), weight));
        expect(alignTerms(fb, fa, weight, { once: true })).toStrictEqual(alignTerms(f(b), f(a), weight));
      }
    },
  );

  it('gives each sentence its own table when more sentences meet than there are slots', () => {
    const feats = sentences.map(f);
    const once = feats.map((x, i) => alignTerms(x, feats[(i + 1) % feats.length]!, byLength, { once: true }));
    const again = feats.map((x, i) =>
      alignTerms(x, feats[(i + 1) % feats.length]!, byLength, { once: true }),
    );
    const fresh = sentences.map((s, i) =>
      alignTerms(f(s), f(sentences[(i + 1) % sentences.length]!), byLength),
    );
    expect(once).toStrictEqual(fresh);
    expect(again).toStrictEqual(fresh);
    expect(new Set(fresh.map((x) => x.score)).size).toBeGreaterThan(1);
  });
});
