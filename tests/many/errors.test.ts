/**
 * A comparison that fails inside compareMany rejects the promise with a CorroborateError naming the pair, the
 * original error as cause, in the calling thread and in a worker (a test worker that fails on purpose, see
 * _failing-worker.ts); an abort rejects with E_ABORTED; workers that cannot start leave the work to the calling
 * thread (also when the file beside the bundle is someone else's worker). Every worker started is stopped when the
 * promise settles.
 */
import { describe, expect, it, vi } from 'vitest';
import { compare } from '../../src/compare';
import type * as CompareModule from '../../src/compare';
import { CorroborateError } from '../../src/errors';
import { runPairs } from '../../src/many';
import { started } from './_workers';

vi.mock('node:worker_threads', async (original) => (await import('./_workers')).countWorkers(original));
// The inline path calls compare() directly: make it fail the way the failing worker does.
vi.mock('../../src/compare', async (original) => {
  const actual = await original<typeof CompareModule>();
  const { failOn } = await import('./_fail');
  const { CorroborateError: ErrorClass } = await import('../../src/errors');
  return {
    ...actual,
    compare: (...args: Parameters<typeof actual.compare>) => {
      failOn(args[0], () => {}, ErrorClass);
      return actual.compare(...args);
    },
  };
});

const FAILING = new URL('./_failing-worker.ts', import.meta.url);
const BROKEN = new URL('./_broken-worker.ts', import.meta.url);
const PATHS = [
  { path: 'inline', workers: 1, entry: undefined },
  { path: 'worker', workers: 2, entry: FAILING },
];

const pairsFailingAt = (index: number, text: string) =>
  Array.from({ length: 6 }, (_, i) => ({
    a: i === index ? text : `Waltz met Netanyahu ${String(i)} times.`,
    b: 'x',
  }));

async function rejection(promise: Promise<unknown>): Promise<CorroborateError> {
  const e: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(CorroborateError);
  return e as CorroborateError;
}

describe('compareMany: a pair that fails', () => {
  it.each(
    PATHS.flatMap((p) => [
      {
        ...p,
        text: 'FAIL',
        code: 'E_PAIR_FAILED',
        message: /^pairs\[3\] failed: TypeError: boom$/,
        cause: 'boom',
      },
      {
        ...p,
        text: 'INVALID',
        code: 'E_INVALID_INPUT',
        message: /^pairs\[3\] failed: CorroborateError: not a text this stage can read$/,
        cause: 'not a text this stage can read',
      },
    ]),
  )(
    '$path, $text: rejects with $code naming pairs[3]',
    async ({ workers, entry, text, code, message, cause }) => {
      started.length = 0;
      const e = await rejection(runPairs(pairsFailingAt(3, text), { workers }, entry));
      expect(e.code).toBe(code);
      expect(e.message).toMatch(message);
      expect(e.cause).toBeInstanceOf(Error);
      expect((e.cause as Error).message).toBe(cause);
      expect(started).toHaveLength(entry === undefined ? 0 : 2);
      expect(started.every((w) => w.exited)).toBe(true);
    },
  );

  it('keeps the stack of the error thrown in the worker', async () => {
    const e = await rejection(runPairs(pairsFailingAt(1, 'FAIL'), { workers: 2 }, FAILING));
    expect((e.cause as Error).name).toBe('TypeError');
    expect((e.cause as Error).stack).toMatch(/_fail\.ts/);
  });

  it('a worker that stops mid-pair rejects with E_PAIR_FAILED naming the pair', async () => {
    started.length = 0;
    const e = await rejection(runPairs(pairsFailingAt(4, 'EXIT'), { workers: 2 }, FAILING));
    expect(e.code).toBe('E_PAIR_FAILED');
    expect(e.message).toBe('pairs[4] failed: Error: the worker comparing it stopped (exit code 3)');
    expect(started.every((w) => w.exited)).toBe(true);
  });
});

describe('compareMany: abort', () => {
  it.each(PATHS)(
    '$path: an aborted signal rejects with E_ABORTED before any work',
    async ({ workers, entry }) => {
      started.length = 0;
      const e = await rejection(
        runPairs(pairsFailingAt(-1, ''), { workers, signal: AbortSignal.abort() }, entry),
      );
      expect(e.code).toBe('E_ABORTED');
      expect(e.message).toBe('compareMany aborted after 0 of 6 pairs');
      expect(started).toHaveLength(0);
    },
  );

  it.each(PATHS)(
    '$path: aborting after the first pair rejects with E_ABORTED',
    async ({ workers, entry }) => {
      started.length = 0;
      const controller = new AbortController();
      const progress: number[] = [];
      const onProgress = ({ done }: { done: number }) => {
        progress.push(done);
        controller.abort(new Error('enough'));
      };
      const e = await rejection(
        runPairs(pairsFailingAt(-1, ''), { workers, signal: controller.signal, onProgress }, entry),
      );
      expect(e.code).toBe('E_ABORTED');
      expect(e.message).toBe('compareMany aborted after 1 of 6 pairs');
      expect((e.cause as Error).message).toBe('enough');
      expect(progress).toEqual([1]);
      expect(started.every((w) => w.exited)).toBe(true);
    },
  );
});

describe('compareMany: workers that cannot start', () => {
  it.each([
    { name: 'an entry that throws on load', entry: BROKEN, threads: 2 },
    { name: 'a missing entry', entry: new URL('./_missing-worker.js', import.meta.url), threads: 2 },
    { name: 'a foreign worker file', entry: new URL('./_foreign-worker.ts', import.meta.url), threads: 2 },
  ])('$name: compares in the calling thread instead', async ({ entry, threads }) => {
    started.length = 0;
    const pairs = pairsFailingAt(-1, '').slice(0, 3);
    const reports = await runPairs(pairs, { workers: 2 }, entry);
    expect(reports).toStrictEqual(pairs.map((p) => compare(p.a, p.b)));
    expect(started).toHaveLength(threads);
    expect(started.every((w) => w.exited)).toBe(true);
  });
});
