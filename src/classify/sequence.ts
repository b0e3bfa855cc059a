/**
 * Word-sequence overlap of two sentences, as machine-translation metrics measure it: n-gram precisions for n = 1 to 4
 * (BLEU, Papineni et al. 2002), the longest common subsequence (ROUGE-L, Lin 2004) and the word edit distance
 * (TER without shifts, Snover et al. 2006). Madnani, Tetreault & Chodorow (2012) showed such metrics, used as
 * features of a classifier, recognize MRPC's paraphrases about as well as far heavier systems; order and phrasing are
 * what the bag-of-words features of ./pair.ts cannot see.
 *
 * Every value is symmetric in the two sentences: what one side's precision is, the other's is when they swap.
 */

/** How many values `sequenceOverlap` writes. */
export const SEQUENCE_VALUES = 12;

/** Longest n-gram compared (BLEU's). */
const MAX_N = 4;

/** Floor of a clipped precision inside the geometric mean, so that one n without matches does not zero BLEU. */
const BLEU_FLOOR = 0.01;

/** Scratch rows of the dynamic programs (current and next), and each word's longest common run. */
let rows = new Int32Array(0);
let rowRun = new Int32Array(0);
let colRun = new Int32Array(0);

/**
 * Writes into `out` from `at`: for n = 1..4 the harmonic mean of the two sides' n-gram precisions, then for n = 1..4
 * the lower of the two, then their geometric mean (BLEU without the brevity penalty, which the lower precision already
 * charges), the LCS over the shorter and over the longer length, and the edit distance over the longer length. An
 * n-gram of x counts as matched when y holds it anywhere (unclipped, as METEOR matches words rather than counting
 * them: a sentence rarely repeats an n-gram, and the matches then come from one pass). Cost: O(|x| · |y|) time,
 * O(|y|) space.
 *
 * @example
 * const out: number[] = [];
 * sequenceOverlap(['a', 'man', 'sings'], ['a', 'man', 'sang'], out, 0); // out[0] = 2/3 (unigrams)
 */
export function sequenceOverlap(x: readonly string[], y: readonly string[], out: number[], at: number): void {
  const nx = x.length;
  const ny = y.length;
  const w = ny + 1;
  if (rows.length < 6 * w) rows = new Int32Array(12 * w);
  if (rowRun.length < nx) rowRun = new Int32Array(2 * nx);
  if (colRun.length < ny) colRun = new Int32Array(2 * ny);
  colRun.fill(0, 0, ny);
  // Suffix tables, row i from row i + 1 (the i + 1 rows are `run1`, `lcs1`, `ed1`): the common run of x from i and y
  // from j, the LCS of the two suffixes, and their edit distance.
  let run1 = rows.subarray(0, w);
  let run0 = rows.subarray(w, 2 * w);
  let lcs1 = rows.subarray(2 * w, 3 * w);
  let lcs0 = rows.subarray(3 * w, 4 * w);
  let ed1 = rows.subarray(4 * w, 5 * w);
  let ed0 = rows.subarray(5 * w, 6 * w);
  run1.fill(0);
  lcs1.fill(0);
  for (let j = 0; j <= ny; j++) ed1[j] = ny - j;
  for (let i = nx - 1; i >= 0; i--) {
    const xi = x[i]!;
    run0[ny] = 0;
    lcs0[ny] = 0;
    ed0[ny] = nx - i;
    let best = 0;
    for (let j = ny - 1; j >= 0; j--) {
      if (xi === y[j]) {
        const r = run1[j + 1]! + 1;
        run0[j] = r;
        if (r > best) best = r;
        if (r > colRun[j]!) colRun[j] = r;
        lcs0[j] = lcs1[j + 1]! + 1;
        ed0[j] = ed1[j + 1]!;
      } else {
        run0[j] = 0;
        lcs0[j] = Math.max(lcs1[j]!, lcs0[j + 1]!);
        ed0[j] = Math.min(ed1[j]!, ed0[j + 1]!, ed1[j + 1]!) + 1;
      }
    }
    rowRun[i] = best;
    [run0, run1] = [run1, run0];
    [lcs0, lcs1] = [lcs1, lcs0];
    [ed0, ed1] = [ed1, ed0];
  }
  const lcs = lcs1[0]!;
  const edit = ed1[0]!;
  let logSum = 0;
  for (let n = 1; n <= MAX_N; n++) {
    const gx = nx - n + 1;
    const gy = ny - n + 1;
    let px = 0;
    let py = 0;
    if (gx > 0 && gy > 0) {
      let cx = 0;
      let cy = 0;
      for (let i = 0; i < gx; i++) if (rowRun[i]! >= n) cx++;
      for (let j = 0; j < gy; j++) if (colRun[j]! >= n) cy++;
      px = cx / gx;
      py = cy / gy;
    }
    const low = Math.min(px, py);
    out[at + n - 1] = px + py > 0 ? (2 * px * py) / (px + py) : 0;
    out[at + MAX_N + n - 1] = low;
    logSum += Math.log(Math.max(low, BLEU_FLOOR));
  }
  out[at + 2 * MAX_N] = Math.exp(logSum / MAX_N);
  const longer = Math.max(1, nx, ny);
  out[at + 2 * MAX_N + 1] = lcs / Math.max(1, Math.min(nx, ny));
  out[at + 2 * MAX_N + 2] = lcs / longer;
  out[at + 2 * MAX_N + 3] = edit / longer;
}
