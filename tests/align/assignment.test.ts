import { describe, expect, it } from 'vitest';
import {
  matchKeepingSameClaims,
  maxWeightMatching,
  orderedChain,
  type Edge,
  type Span2,
} from '../../src/align/index';

function total(edges: readonly Edge[], chosen: number[]): number {
  return chosen.reduce((s, k) => s + edges[k]!.weight, 0);
}

/** Exhaustive maximum over all one-to-one subsets, for small cases. */
function bruteForce(edges: readonly Edge[]): number {
  let best = 0;
  const go = (k: number, usedA: Set<number>, usedB: Set<number>, sum: number) => {
    if (k === edges.length) {
      best = Math.max(best, sum);
      return;
    }
    go(k + 1, usedA, usedB, sum);
    const e = edges[k]!;
    if (usedA.has(e.a) || usedB.has(e.b)) return;
    go(k + 1, new Set([...usedA, e.a]), new Set([...usedB, e.b]), sum + e.weight);
  };
  go(0, new Set(), new Set(), 0);
  return best;
}

describe('maxWeightMatching', () => {
  it('beats greedy where greedy is wrong', () => {
    // Greedy takes 0-0 (1.0) and is left with nothing; the optimum is 0-1 + 1-0 (1.8).
    const edges = [
      { a: 0, b: 0, weight: 1 },
      { a: 0, b: 1, weight: 0.9 },
      { a: 1, b: 0, weight: 0.9 },
    ];
    expect(maxWeightMatching(edges)).toEqual([1, 2]);
  });

  it.each(Array.from({ length: 40 }, (_, seed) => seed))('finds the optimum on random graph %i', (seed) => {
    let x = seed + 1;
    const rand = () => (x = (x * 48271) % 2147483647) / 2147483647;
    const edges: Edge[] = [];
    for (let a = 0; a < 5; a++)
      for (let b = 0; b < 4; b++)
        if (rand() < 0.5) edges.push({ a, b, weight: Math.round(rand() * 100) / 100 });
    const chosen = maxWeightMatching(edges);
    expect(new Set(chosen.map((k) => edges[k]!.a)).size).toBe(chosen.length);
    expect(new Set(chosen.map((k) => edges[k]!.b)).size).toBe(chosen.length);
    expect(total(edges, chosen)).toBeCloseTo(bruteForce(edges), 9);
  });
});

describe('orderedChain', () => {
  it('keeps the heaviest chain that is in order on both sides', () => {
    const spans: Span2[] = [
      { a0: 0, a1: 0, b0: 0, b1: 0, weight: 1 },
      { a0: 1, a1: 1, b0: 2, b1: 2, weight: 1 },
      { a0: 2, a1: 2, b0: 1, b1: 1, weight: 0.5 }, // crosses the link before it
      { a0: 3, a1: 4, b0: 3, b1: 3, weight: 1.5 }, // a 2-1 merge
    ];
    expect(orderedChain(spans, 4)).toEqual([0, 1, 3]);
  });

  it('never lets two spans overlap', () => {
    const spans: Span2[] = [
      { a0: 0, a1: 1, b0: 0, b1: 0, weight: 1 },
      { a0: 1, a1: 1, b0: 1, b1: 1, weight: 1 },
    ];
    expect(orderedChain(spans, 2)).toHaveLength(1);
  });
});

describe('matchKeepingSameClaims', () => {
  it('links a near-identical mutual best pair even when two weaker links sum to more', () => {
    const edges = [
      { a: 0, b: 0, weight: 1 },
      { a: 0, b: 1, weight: 0.79 },
      { a: 1, b: 0, weight: 0.35 },
    ];
    expect(maxWeightMatching(edges)).toEqual([1, 2]);
    expect(matchKeepingSameClaims(edges)).toEqual([0]);
  });

  it('is the maximum-weight matching when no pair makes the same claim', () => {
    const edges = [
      { a: 0, b: 0, weight: 0.8 },
      { a: 0, b: 1, weight: 0.79 },
      { a: 1, b: 0, weight: 0.35 },
    ];
    expect(matchKeepingSameClaims(edges)).toEqual(maxWeightMatching(edges));
  });
});
