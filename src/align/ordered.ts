/**
 * Monotone alignment, for two versions of the same text: the heaviest chain of links that keeps both texts in
 * order. Like Gale & Church (1993) and Vecalign (Thompson & Koehn 2019) it allows 1-1, 2-1 and 1-2 links and
 * skips (a sentence with no counterpart costs nothing); unlike their dense dynamic programs it runs over the
 * sparse candidate links only, as a weighted longest-increasing-chain with a Fenwick tree: O(E log m).
 */

/** A candidate link covering a-rows [a0, a1] and b-rows [b0, b1] (inclusive; a merge spans two). */
export interface Span2 {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  weight: number;
}

/** Prefix maximum over b positions, with the index of the chain end that attains it. */
class MaxFenwick {
  private readonly best: Float64Array;
  private readonly arg: Int32Array;

  constructor(size: number) {
    this.best = new Float64Array(size + 1);
    this.arg = new Int32Array(size + 1).fill(-1);
  }

  /** Records `value` (ending at chain node `node`) at position `pos` (0-based). */
  update(pos: number, value: number, node: number): void {
    for (let i = pos + 1; i < this.best.length; i += i & -i) {
      if (value > this.best[i]!) {
        this.best[i] = value;
        this.arg[i] = node;
      }
    }
  }

  /** Best value over positions [0, pos) and its node, or [0, -1]. */
  query(pos: number): [number, number] {
    let v = 0;
    let node = -1;
    for (let i = pos; i > 0; i -= i & -i) {
      if (this.best[i]! > v) {
        v = this.best[i]!;
        node = this.arg[i]!;
      }
    }
    return [v, node];
  }
}

/**
 * The subset of `spans` with the largest total weight such that each next span starts after the previous one
 * ends, in both texts. Returns indices into `spans`, in text order.
 *
 * @example
 * orderedChain([{ a0: 0, a1: 0, b0: 1, b1: 1, weight: 1 }, { a0: 1, a1: 1, b0: 0, b1: 0, weight: 0.5 }], 2); // [0]
 */
export function orderedChain(spans: readonly Span2[], sizeB: number): number[] {
  const byStart = [...spans.keys()].sort((x, y) => spans[x]!.a0 - spans[y]!.a0 || x - y);
  const byEnd = [...spans.keys()].sort((x, y) => spans[x]!.a1 - spans[y]!.a1 || x - y);
  const score = new Float64Array(spans.length);
  const prev = new Int32Array(spans.length).fill(-1);
  const tree = new MaxFenwick(sizeB);
  let e = 0;
  let bestEnd = -1;
  let bestScore = 0;
  for (let s = 0; s < byStart.length;) {
    const a0 = spans[byStart[s]!]!.a0;
    // Spans that end before a0 may now precede what starts at a0.
    while (e < byEnd.length && spans[byEnd[e]!]!.a1 < a0) {
      const k = byEnd[e++]!;
      tree.update(spans[k]!.b1, score[k]!, k);
    }
    for (; s < byStart.length && spans[byStart[s]!]!.a0 === a0; s++) {
      const k = byStart[s]!;
      const [v, node] = tree.query(spans[k]!.b0);
      score[k] = v + spans[k]!.weight;
      prev[k] = node;
      if (score[k]! > bestScore) {
        bestScore = score[k]!;
        bestEnd = k;
      }
    }
  }
  const chain: number[] = [];
  for (let k = bestEnd; k >= 0; k = prev[k]!) chain.push(k);
  return chain.reverse();
}
