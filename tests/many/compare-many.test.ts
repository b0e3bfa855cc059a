/**
 * compareMany gives exactly what compare() gives, pair by pair and in input order, in the calling thread
 * (`workers: 1`) and across worker threads (`workers: 2`, TypeScript workers started through tsx), and stops its
 * workers before it settles.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  compare,
  compareMany,
  type CompareManyOptions,
  type ManyProgress,
  type Report,
} from '../../src/index';
import { valid } from '../helpers';
import { FOUNDING_A, FOUNDING_B, PAIRS } from './_pairs';
import { started, type Started } from './_workers';

vi.mock('node:worker_threads', async (original) => (await import('./_workers')).countWorkers(original));

type Options = Omit<CompareManyOptions, 'workers' | 'onProgress' | 'signal'>;

const memo = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as T;
}

/** compare() on each pair, one after the other: what compareMany must give. */
const sequential = (options: Options): Report[] =>
  once(`compare ${JSON.stringify(options)}`, () => PAIRS.map((p) => valid(compare(p.a, p.b, options))));

/** One compareMany run per row, shared by the tests that look at it. */
const many = (workers: number, options: Options) =>
  once(`many ${String(workers)} ${JSON.stringify(options)}`, async () => {
    started.length = 0;
    const progress: ManyProgress[] = [];
    const reports = await compareMany(PAIRS, { ...options, workers, onProgress: (p) => progress.push(p) });
    const threads: Started[] = started.map((w) => ({ ...w }));
    return { reports, progress, threads };
  });

const ROWS = [
  { workers: 1, threads: 0, options: {} },
  { workers: 2, threads: 2, options: {} },
  { workers: 2, threads: 2, options: { threshold: 0.6, abbreviations: ['approx'] } },
];

describe('compareMany: the same reports as compare()', () => {
  it('has a few dozen pairs, the founding case first', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(20);
    expect(PAIRS[0]).toEqual({ a: { id: 'a0', text: FOUNDING_A }, b: FOUNDING_B });
    expect(sequential({})[0]!.summary.stance).toBe('disputes');
  });

  it.each(ROWS)('workers: $workers, options $options: equal to compare() on each pair', async (row) => {
    const { reports } = await many(row.workers, row.options);
    reports.forEach(valid);
    expect(reports).toStrictEqual(sequential(row.options));
  });

  it.each(ROWS)('workers: $workers, options $options: reports in input order', async (row) => {
    const { reports } = await many(row.workers, row.options);
    expect(reports.map((r) => r.a.id)).toEqual(PAIRS.map((_, i) => `a${String(i)}`));
  });

  it.each(ROWS)('workers: $workers, options $options: progress after each pair', async (row) => {
    const { progress } = await many(row.workers, row.options);
    expect(progress).toEqual(PAIRS.map((_, i) => ({ done: i + 1, total: PAIRS.length })));
  });

  it.each(ROWS)(
    'workers: $workers, options $options: starts $threads thread(s), all stopped at the end',
    async (row) => {
      const { threads } = await many(row.workers, row.options);
      expect(threads).toHaveLength(row.threads);
      expect(threads.every((w) => w.exited)).toBe(true);
    },
  );

  it('passes the options on: a high threshold changes some reports', () => {
    expect(sequential(ROWS[2]!.options)).not.toStrictEqual(sequential({}));
  });

  it.each([{ workers: 1 }, { workers: 4 }])(
    'gives [] for no pairs (workers: $workers)',
    async ({ workers }) => {
      started.length = 0;
      await expect(compareMany([], { workers })).resolves.toEqual([]);
      expect(started).toHaveLength(0);
    },
  );

  it('starts no more workers than there are pairs', async () => {
    started.length = 0;
    const pairs = PAIRS.slice(-3, -1);
    const reports = await compareMany(pairs, { workers: 8 });
    expect(reports).toStrictEqual(sequential({}).slice(-3, -1));
    expect(started).toHaveLength(2);
  });
});
