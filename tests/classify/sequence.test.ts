import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SEQUENCE_VALUES, sequenceOverlap } from '../../src/classify/sequence';

const NAMES = [
  'dice1',
  'dice2',
  'dice3',
  'dice4',
  'min1',
  'min2',
  'min3',
  'min4',
  'bleu',
  'lcsMin',
  'lcsMax',
  'edit',
] as const;

function overlap(x: string, y: string): Record<(typeof NAMES)[number], number> {
  const out: number[] = [];
  sequenceOverlap(x.split(' ').filter(Boolean), y.split(' ').filter(Boolean), out, 0);
  return Object.fromEntries(NAMES.map((n, i) => [n, out[i]!])) as Record<(typeof NAMES)[number], number>;
}

/** The share of x's n-grams that y holds somewhere, from the definition. */
function precision(x: readonly string[], y: readonly string[], n: number): number {
  const grams = (w: readonly string[]) =>
    Array.from({ length: Math.max(0, w.length - n + 1) }, (_, i) => w.slice(i, i + n).join('\u0000'));
  const gx = grams(x);
  const gy = new Set(grams(y));
  return gx.length === 0 || gy.size === 0 ? 0 : gx.filter((g) => gy.has(g)).length / gx.length;
}

/** Longest common subsequence and edit distance, by their textbook recurrences over prefixes. */
function lcs(x: readonly string[], y: readonly string[]): number {
  const t = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++)
      t[i]![j] = x[i - 1] === y[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
  return t[x.length]![y.length]!;
}

function edit(x: readonly string[], y: readonly string[]): number {
  const t = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++)
      t[i]![j] = Math.min(
        t[i - 1]![j]! + 1,
        t[i]![j - 1]! + 1,
        t[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
  return t[x.length]![y.length]!;
}

describe('sequenceOverlap', () => {
  it('writes SEQUENCE_VALUES values from the offset given', () => {
    const out = [7];
    sequenceOverlap(['a'], ['a'], out, 1);
    expect(out.length).toBe(1 + SEQUENCE_VALUES);
    expect(out[0]).toBe(7);
  });

  it.each([
    { x: 'a man is playing a guitar', y: 'a man is playing a guitar', name: 'dice4', value: 1 },
    { x: 'a man is playing a guitar', y: 'a man is playing a guitar', name: 'bleu', value: 1 },
    { x: 'a man is playing a guitar', y: 'a man is playing a guitar', name: 'edit', value: 0 },
    { x: 'a man sings', y: 'a man sang', name: 'dice1', value: 2 / 3 },
    { x: 'a man sings', y: 'a man sang', name: 'dice2', value: 1 / 2 },
    { x: 'a man sings', y: 'a man sang', name: 'dice3', value: 0 },
    { x: 'a man sings', y: 'a man sang', name: 'edit', value: 1 / 3 },
    // Unclipped: every 'the' of x is matched; y's precision is the lower.
    { x: 'the the the', y: 'the cat', name: 'dice1', value: 2 / 3 },
    { x: 'the the the', y: 'the cat', name: 'min1', value: 1 / 2 },
    // Same words, other order: unigrams all match, bigrams none; the LCS is one word.
    { x: 'john saw mary', y: 'mary saw john', name: 'dice1', value: 1 },
    { x: 'john saw mary', y: 'mary saw john', name: 'dice2', value: 0 },
    { x: 'john saw mary', y: 'mary saw john', name: 'lcsMax', value: 1 / 3 },
    { x: 'john saw mary', y: 'mary saw john', name: 'edit', value: 2 / 3 },
    // An inserted clause: the shorter side is a subsequence of the longer.
    { x: 'he left', y: 'he said on monday that he left', name: 'lcsMin', value: 1 },
    { x: 'he left', y: 'he said on monday that he left', name: 'lcsMax', value: 2 / 7 },
    { x: '', y: 'a b', name: 'dice1', value: 0 },
    { x: '', y: 'a b', name: 'edit', value: 1 },
  ] as const)('$name of "$x" / "$y" is $value', ({ x, y, name, value }) => {
    expect(overlap(x, y)[name]).toBeCloseTo(value, 12);
  });

  it('is symmetric, bounded, and finds the n-gram precisions, LCS and edit distance of their definitions', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 });
    fc.assert(
      fc.property(words, words, (x, y) => {
        const xy: number[] = [];
        const yx: number[] = [];
        sequenceOverlap(x, y, xy, 0);
        sequenceOverlap(y, x, yx, 0);
        expect(xy).toEqual(yx);
        for (const v of xy) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
        for (let n = 1; n <= 4; n++) {
          const px = precision(x, y, n);
          const py = precision(y, x, n);
          expect(xy[n - 1]).toBeCloseTo(px + py > 0 ? (2 * px * py) / (px + py) : 0, 12);
          expect(xy[3 + n]).toBeCloseTo(Math.min(px, py), 12);
        }
        const longer = Math.max(1, x.length, y.length);
        expect(xy[10]).toBeCloseTo(lcs(x, y) / longer, 12);
        expect(xy[11]).toBeCloseTo(edit(x, y) / longer, 12);
      }),
      { numRuns: 300 },
    );
  });
});
