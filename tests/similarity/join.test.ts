import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jaccardPairs } from '../../src/similarity/join';

/** Every pair, compared directly. */
function bruteForce(sets: readonly Int32Array[], t: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let k = i + 1; k < sets.length; k++) {
      const x = new Set(sets[i]);
      const shared = [...sets[k]!].filter((e) => x.has(e)).length;
      if (shared > 0 && shared / (x.size + sets[k]!.length - shared) >= t) out.push([i, k]);
    }
  }
  return out;
}

const sets = fc.array(
  fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 12 }).map((xs) => Int32Array.from(xs)),
  { maxLength: 40 },
);

describe('jaccardPairs', () => {
  it('finds exactly the pairs a comparison of every pair finds', () => {
    fc.assert(
      fc.property(sets, fc.constantFrom(0.2, 0.5, 0.6, 0.75, 1), (xs, t) => {
        expect(jaccardPairs(xs, t)).toEqual(bruteForce(xs, t));
      }),
      { numRuns: 300 },
    );
  });

  it('pairs sets at exactly the threshold (3 of 5 shared, 0.6)', () => {
    const x = Int32Array.of(1, 2, 3, 4);
    const y = Int32Array.of(1, 2, 3, 5);
    expect(jaccardPairs([x, y], 0.6)).toEqual([[0, 1]]);
    expect(jaccardPairs([x, y], 0.61)).toEqual([]);
  });

  it('never pairs empty sets', () => {
    expect(jaccardPairs([new Int32Array(0), new Int32Array(0)], 0.6)).toEqual([]);
  });
});

describe('jaccardPairs with maxPostings', () => {
  it('returns a subset of the unbounded pairs, and the recent repeats', () => {
    const copies = Array.from({ length: 50 }, (_, i) => Int32Array.of(1, 2, 3, 100 + i));
    const bounded = jaccardPairs(copies, 0.6, 4);
    const all = jaccardPairs(copies, 0.6);
    expect(all).toHaveLength((50 * 49) / 2);
    const key = (p: [number, number]) => p.join(',');
    const allKeys = new Set(all.map(key));
    for (const p of bounded) expect(allKeys.has(key(p))).toBe(true);
    // Each set still meets the four sets before it.
    for (let k = 4; k < 50; k++) expect(bounded.filter(([, q]) => q === k)).toHaveLength(4);
  });
});
