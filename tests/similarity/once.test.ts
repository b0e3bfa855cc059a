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
  // A word both asserted and denied: ties between counterparts go to the one with the same polarity.
  'They met and did not meet.',
  'They did not meet.',
];

/** A weight that differs per term, so that a table's cached weights from another function would show. */
const byLength: TermWeight = (t) => t.key.length;

// `once` keeps tables in a few recent slots instead of per sentence, and the matches of the last pair are reused
// for its next alignments (other weights, or both ways round): a pair must align as fresh features do, also after
// other pairs have taken the slots.
describe('alignTerms of a pair aligned several times', () => {
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

describe('alignTerms both ways round', () => {
  it('breaks ties by polarity on either side', () => {
    const met = f('They met and did not meet.');
    const not = f('They did not meet.');
    alignTerms(met, not, byLength);
    const back = alignTerms(not, met, byLength);
    const meet = not.terms.findIndex((t) => t.key === 'meet');
    // b's "meet" is denied: of a's "met" and "meet" (both scoring 1), the denied one is its match.
    const m = back.matches.find((x) => x.a === meet);
    expect(m && met.terms[m.b]!.negated).toBe(true);
    expect(back).toStrictEqual(
      alignTerms(f('They did not meet.'), f('They met and did not meet.'), byLength),
    );
  });
});
