/**
 * Set-similarity join: every pair of sets whose Jaccard similarity reaches a threshold, without comparing every pair.
 * Prefix filtering (Chaudhuri, Ganti & Kaushik 2006; Bayardo, Ma & Srikant 2007, "All-pairs"): with the elements of
 * every set in one global order, rarest first, two sets with Jaccard >= t must share an element among the first
 * |x| - ceil(t * |x|) + 1 of each. Only those prefixes are indexed, and they hold the rare elements, so the lists
 * walked stay short. The candidates are checked with the full Jaccard, so every pair returned qualifies; every pair
 * that qualifies is returned too, unless `maxPostings` cuts a list short (see there).
 */

/**
 * Pairs [i, k] with i < k whose sets (distinct integer ids each) have Jaccard similarity >= `threshold` and share at
 * least one element, sorted.
 *
 * @example
 * jaccardPairs([Int32Array.of(1, 2, 3), Int32Array.of(1, 2, 3, 4), Int32Array.of(9)], 0.6); // [[0, 1]]
 */
export function jaccardPairs(
  sets: readonly Int32Array[],
  threshold: number,
  /**
   * Each element's list keeps only the last this many sets that hold it in their prefix (default: no limit). A
   * bound for text that repeats itself thousands of times, where the pairs would grow with the square of the
   * repeats: a set is then paired only with the recent sets that share its rare elements.
   */
  maxPostings = Number.POSITIVE_INFINITY,
): [number, number][] {
  let span = 0;
  // Indexed loops: this runs once per account, mostly before the optimizing compiler would remove iterators.
  for (let k = 0; k < sets.length; k++) {
    const s = sets[k]!;
    for (let q = 0; q < s.length; q++) if (s[q]! + 1 > span) span = s[q]! + 1;
  }
  const df = new Int32Array(span);
  for (let k = 0; k < sets.length; k++) {
    const s = sets[k]!;
    for (let q = 0; q < s.length; q++) df[s[q]!]!++;
  }
  // Rarest first; ties by id, so the order is total and the same for every set.
  const ordered = sets.map((s) => {
    const r = new Float64Array(s.length);
    for (let q = 0; q < s.length; q++) r[q] = df[s[q]!]! * span + s[q]!;
    return r.sort();
  });
  // Postings of the prefixes by element, filled as the sets are visited: each pair is found from its later set. A
  // full list (maxPostings) overwrites its oldest entry: `pushed` counts every entry ever added.
  const postings: (number[] | undefined)[] = new Array<number[] | undefined>(span);
  const pushed = new Int32Array(span);
  const seen = new Int32Array(sets.length).fill(-1);
  const found: number[] = [];
  const pairs: [number, number][] = [];
  for (let k = 0; k < ordered.length; k++) {
    const x = ordered[k]!;
    if (x.length === 0) continue;
    // The small slack keeps the prefix long enough when t * |x| lands a rounding error above an integer.
    const prefix = x.length - Math.ceil(threshold * x.length - 1e-9) + 1;
    found.length = 0;
    for (let p = 0; p < prefix && p < x.length; p++) {
      const e = x[p]! % span;
      const list = postings[e];
      if (list === undefined) {
        postings[e] = [k];
        pushed[e] = 1;
        continue;
      }
      for (let q = 0; q < list.length; q++) {
        const i = list[q]!;
        if (seen[i] === k) continue;
        seen[i] = k;
        found.push(i);
      }
      if (list.length < maxPostings) list.push(k);
      else list[pushed[e]! % maxPostings] = k;
      pushed[e]!++;
    }
    for (let q = 0; q < found.length; q++) {
      const i = found[q]!;
      const y = ordered[i]!;
      // Jaccard is at most the smaller size over the larger: too different in size, the pair cannot qualify.
      if (Math.min(x.length, y.length) < threshold * Math.max(x.length, y.length) - 1e-9) continue;
      if (jaccard(y, x) >= threshold) pairs.push([i, k]);
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** Jaccard similarity of two sorted arrays of distinct values. */
function jaccard(x: Float64Array, y: Float64Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return shared / (x.length + y.length - shared);
}
