/**
 * Readers for the evaluation data in ../shared/datasets (see its README for origins and licences). The data is
 * never copied into the repository; `npm run fit` and `npm run bench:quality` read it from there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One sentence pair with its gold label and/or score. */
export interface Pair {
  a: string;
  b: string;
  /** STS score in [0, 5], SICK relatedness in [1, 5]. */
  score?: number;
  /** 'ENTAILMENT' | 'CONTRADICTION' | 'NEUTRAL' | 'UNKNOWN' | 'PARAPHRASE' | 'NOT_PARAPHRASE'. */
  label?: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/** ../shared/datasets relative to the repository root, or CORROBORATE_DATASETS; null when absent. */
export function datasetsDir(): string | null {
  const dir = process.env.CORROBORATE_DATASETS ?? resolve(here, '..', '..', 'shared', 'datasets');
  return existsSync(dir) ? dir : null;
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
}

/** STS Benchmark, from the JSONL copies (the .csv files carry stray quotes). */
export function stsb(dir: string, split: 'train' | 'dev'): Pair[] {
  return lines(join(dir, 'stsb', `stsb-${split}.jsonl`)).map((l) => {
    const r = JSON.parse(l) as { score: number; sentence1: string; sentence2: string };
    return { a: r.sentence1, b: r.sentence2, score: r.score };
  });
}

/** SICK (SemEval-2014 Task 1): relatedness and the 3-way entailment label. */
export function sick(dir: string, split: 'train' | 'trial'): Pair[] {
  return lines(join(dir, 'sick', `SICK_${split}.txt`))
    .slice(1)
    .map((l) => {
      const [, a, b, score, label] = l.split('\t');
      return { a: a!, b: b!, score: Number(score), label: label! };
    });
}

/** MRPC training file. */
export function mrpc(dir: string): Pair[] {
  return lines(join(dir, 'mrpc', 'msr_paraphrase_train.txt'))
    .slice(1)
    .map((l) => {
      const [q, , , a, b] = l.split('\t');
      return { a: a!, b: b!, label: q === '1' ? 'PARAPHRASE' : 'NOT_PARAPHRASE' };
    });
}

/** RTE-3 development set, 3-way; rows whose annotators disagreed (label_conflict = 1) dropped, as its README says. */
export function rte3(dir: string): Pair[] {
  const rows = lines(join(dir, 'rte3', 'rte3_dev_3way.tsv'));
  const head = rows[0]!.split('\t');
  const col = (name: string) => head.indexOf(name);
  return rows
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((r) => r[col('label_conflict')] !== '1')
    .map((r) => ({ a: r[col('text')]!, b: r[col('hypothesis')]!, label: r[col('label3')]! }));
}

/** The fold (0..k-1) of item i in k-fold cross-validation: round-robin, so every run splits the same way. */
export function fold(i: number, k: number): number {
  return i % k;
}

/** A WiCE dev row (oracle chunks): a Wikipedia claim and sentences of the article it cites. */
export interface WiceRow {
  label: string;
  claim: string;
  evidence: string[];
  meta: { chunk_idx: number[]; oracle_idx?: number[] };
}

/** WiCE dev, oracle chunks; null when ../shared/datasets/wice is absent. */
export function wice(dir: string): WiceRow[] | null {
  const file = join(dir, 'wice', 'oracle-chunks-dev.jsonl');
  return existsSync(file) ? lines(file).map((l) => JSON.parse(l) as WiceRow) : null;
}

/** A WiCE dev claim against the whole article it cites: `supporting_sentences` lists sets of article sentences, each of which supports the claim. */
export interface WiceArticleRow {
  claim: string;
  evidence: string[];
  supporting_sentences: number[][];
}

/**
 * WiCE dev's claims against the whole articles they cite (non-supported-tokens-dev: 124 partially supported claims,
 * about 120 sentences an article); null when the file is absent.
 */
export function wiceArticles(dir: string): WiceArticleRow[] | null {
  const file = join(dir, 'wice', 'non-supported-tokens-dev.jsonl');
  return existsSync(file) ? lines(file).map((l) => JSON.parse(l) as WiceArticleRow) : null;
}

/** A WiCE chunk as one text, its sentences as paragraphs, with where each begins. */
export function wiceChunk(r: { evidence: readonly string[] }): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const e of r.evidence) {
    starts.push(text.length);
    text += `${e}\n\n`;
  }
  return { text, starts };
}

/**
 * For each of n claims, another claim (never itself) whose chunk it is set against, drawn with a fixed seed: a
 * stance test's "unrelated" pairs, a headline with another story's body. Another claim may come from the same
 * article, so a few such pairs are related.
 */
export function otherClaims(n: number): number[] {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, (_, k) => (k + 1 + Math.floor(next() * (n - 1))) % n);
}
