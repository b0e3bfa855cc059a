/**
 * Sorted (id, term) postings of one sentence, for merging two sentences' lists: the aligner's keys, trigrams and
 * synsets (similarity/index.ts), the antonym rule's lemma and antonym ids (classify/rules.ts).
 */

/** Sorted (id, term) pairs: `ids` ascending, `terms[k]` the index of the term that holds `ids[k]`. */
export interface Postings {
  ids: Int32Array;
  terms: Uint16Array;
}

/** Terms past this many in one sentence cannot be listed (a term index is kept in 16 bits). */
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

  /** The pairs as postings, sorted by id, then term; empties the buffer. */
  take(): Postings {
    const packed = this.data.subarray(0, this.length).sort();
    const ids = new Int32Array(packed.length);
    const terms = new Uint16Array(packed.length);
    for (let k = 0; k < packed.length; k++) {
      const id = Math.floor(packed[k]! / 65536);
      ids[k] = id;
      terms[k] = packed[k]! - id * 65536;
    }
    this.length = 0;
    return { ids, terms };
  }
}
