/**
 * (id, term) postings of one sentence: the aligner's keys, trigrams and synsets (similarity/index.ts), which it looks
 * up in the other sentence's (`Stamp` there), and the antonym rule's lemma and antonym ids (classify/rules.ts),
 * sorted for a merge.
 */

/**
 * (id, term) pairs, stored in a slice of `data` that several postings of one sentence share (one typed array per
 * sentence rather than two per list): ids at `data[at .. at + n)` (ascending if sorted), and at `data[at + n + k]`
 * the index of the term that holds the k-th id.
 */
export interface Postings {
  data: Int32Array;
  at: number;
  n: number;
}

/** Terms past this many in one sentence cannot be listed (a term index is packed in 16 bits). */
export const MAX_POSTING_TERMS = 0xffff;

/** (id, term) pairs collected for one sentence, packed as id * 65536 + term (exact in a double), before sorting. */
export class PackBuffer {
  private data = new Float64Array(256);
  length = 0;

  push(id: number, term: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(2 * this.data.length);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = id * 65536 + term;
  }

  /**
   * Writes the pairs, sorted by id then term unless `sorted` is false (then in the order pushed), into `out` from `at`
   * (see Postings) and empties the buffer.
   */
  writeTo(out: Int32Array, at: number, sorted = true): Postings {
    const n = this.length;
    const packed = sorted ? this.data.subarray(0, n).sort() : this.data;
    for (let k = 0; k < n; k++) {
      const id = Math.floor(packed[k]! / 65536);
      out[at + k] = id;
      out[at + n + k] = packed[k]! - id * 65536;
    }
    this.length = 0;
    return { data: out, at, n };
  }
}

/** The buffers' pairs as postings in one shared array, in the buffers' order (see writeTo); empties them. */
export function takeAll(buffers: readonly PackBuffer[], sorted = true): Postings[] {
  let total = 0;
  for (const b of buffers) total += 2 * b.length;
  const data = new Int32Array(total);
  let at = 0;
  return buffers.map((b) => {
    const p = b.writeTo(data, at, sorted);
    at += 2 * p.n;
    return p;
  });
}
