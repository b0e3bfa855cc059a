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
  // Suffix tables, row i from row i + 1: the common run of x from i and y from j, the LCS of the two suffixes, and
  // their edit distance. The rows of i + 1 start at `next`, those of i at `cur` (run, then LCS, then edit).
  const t = rows;
  let next = 0;
  let cur = 3 * w;
  for (let j = 0; j <= ny; j++) {
    t[j] = 0;
    t[w + j] = 0;
    t[2 * w + j] = ny - j;
  }
  for (let i = nx - 1; i >= 0; i--) {
    const xi = x[i]!;
    const rn = next;
    const ln = next + w;
    const en = next + 2 * w;
    const rc = cur;
    const lc = cur + w;
    const ec = cur + 2 * w;
    t[rc + ny] = 0;
    t[lc + ny] = 0;
    t[ec + ny] = nx - i;
    let best = 0;
    for (let j = ny - 1; j >= 0; j--) {
      if (xi === y[j]) {
        const r = t[rn + j + 1]! + 1;
        t[rc + j] = r;
        if (r > best) best = r;
        if (r > colRun[j]!) colRun[j] = r;
        t[lc + j] = t[ln + j + 1]! + 1;
        t[ec + j] = t[en + j + 1]!;
      } else {
        t[rc + j] = 0;
        const down = t[ln + j]!;
        const right = t[lc + j + 1]!;
        t[lc + j] = down > right ? down : right;
        let e = t[en + j]!;
        const e2 = t[ec + j + 1]!;
        const e3 = t[en + j + 1]!;
        if (e2 < e) e = e2;
        if (e3 < e) e = e3;
        t[ec + j] = e + 1;
      }
    }
    rowRun[i] = best;
    next = cur;
    cur = rn;
  }
  const lcs = t[next + w]!;
  const edit = t[next + 2 * w]!;
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
