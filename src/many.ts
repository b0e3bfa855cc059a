/**
 * compareMany(pairs, options): many comparisons spread over worker threads. Each worker runs `compare()` itself on
 * whole pairs, so every report is the one `compare()` gives; only the work is spread. Both halves of the protocol
 * live here: the pool (main thread) and `servePairs` (the worker side, started by `worker.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type MessagePort } from 'node:worker_threads';
import { z } from 'zod';
import { compare } from './compare';
import { CorroborateError, parseOrThrow, type CorroborateErrorCode } from './errors';
import { CompareOptionsSchema, DocumentInputSchema, type CompareOptions, type Report } from './schemas';

/** One comparison of `compareMany()`: two accounts, each a string or `{ id?, title?, text }` as for `compare()`. */
export const ComparePairSchema = z.object({
  a: z.union(DocumentInputSchema.options, { error: 'expected a string or { id?, title?, text }' }),
  b: z.union(DocumentInputSchema.options, { error: 'expected a string or { id?, title?, text }' }),
});
export type ComparePair = z.input<typeof ComparePairSchema>;

/** Where `compareMany()` stands, as passed to its `onProgress`. */
export const ManyProgressSchema = z.object({
  /** Pairs compared so far (in any order). */
  done: z.number().int().nonnegative(),
  /** Pairs in all. */
  total: z.number().int().nonnegative(),
});
export type ManyProgress = z.infer<typeof ManyProgressSchema>;

/** Options of `compareMany()`: the options of `compare()` that can cross a thread, plus the pool's own. */
export const CompareManyOptionsSchema = CompareOptionsSchema.pick({
  language: true,
  abbreviations: true,
  threshold: true,
  ordered: true,
  signal: true,
}).extend({
  /**
   * Worker threads to use, at most one per pair; 1 compares in the calling thread, one pair per event-loop turn
   * (default: one less than `os.availableParallelism()`, at least 1).
   */
  workers: z.number().int().min(1).optional(),
  /** Called each time a pair is done, for progress bars (default: none). */
  onProgress: z
    .custom<(progress: ManyProgress) => void>((v) => typeof v === 'function', {
      message: 'onProgress must be a function',
    })
    .optional(),
});
export type CompareManyOptions = z.input<typeof CompareManyOptionsSchema>;

/** The options each worker passes to `compare()`: plain data, sent once when the worker starts. */
type PairOptions = Pick<
  z.output<typeof CompareManyOptionsSchema>,
  'language' | 'abbreviations' | 'threshold' | 'ordered'
>;
type Doc = z.output<typeof DocumentInputSchema>;
type Pair = { a: Doc; b: Doc };
type Compare = (a: Doc, b: Doc, options: CompareOptions) => Report;

/** Sent with `ready`, so that a foreign `worker.js` beside a bundle is not taken for ours. */
const PROTOCOL = 'corroborate.compareMany.1';

/** Messages from a worker to the pool. */
type FromWorker =
  | { kind: 'ready'; protocol: typeof PROTOCOL }
  | { kind: 'done'; index: number; report: Report }
  | { kind: 'failed'; index: number; error: SentError };
/** An error as it crosses the thread boundary: structured cloning would drop `code`. */
interface SentError {
  name: string;
  message: string;
  stack?: string | undefined;
  code?: string | undefined;
}

interface Job {
  pairs: Pair[];
  options: PairOptions;
  onProgress: ((progress: ManyProgress) => void) | undefined;
  signal: AbortSignal | undefined;
}

/**
 * Compares many pairs of accounts across worker threads. The reports come back in the order of `pairs`, each
 * exactly what `compare(pair.a, pair.b, options)` returns. With `workers: 1`, or where worker threads cannot start
 * (a bundle without `worker.js`), the pairs are compared in the calling thread, one per event-loop turn. Rejects with
 * `CorroborateError`: `E_INVALID_INPUT` / `E_INVALID_OPTIONS` for caller mistakes, `E_ABORTED` when `signal` aborts,
 * and, if a comparison fails, the failing pair's index in the message (`pairs[7] failed: ...`) with the original
 * error as `cause` (code `E_PAIR_FAILED`, or the original error's own code). The workers are stopped before the
 * promise settles.
 *
 * @example
 * const reports = await compareMany(
 *   articles.map(([a, b]) => ({ a, b: { title: 'statement', text: b } })),
 *   { workers: 4, onProgress: ({ done, total }) => console.error(`${done}/${total}`) },
 * );
 * reports[0]!.summary.stance; // 'disputes'
 */
export function compareMany(pairs: readonly ComparePair[], options?: CompareManyOptions): Promise<Report[]> {
  return runPairs(pairs, options, workerEntry());
}

/**
 * `compareMany()` with the worker entry given: `undefined` compares in the calling thread. Internal, for tests that
 * start a worker of their own.
 */
export async function runPairs(pairs: unknown, options: unknown, entry: URL | undefined): Promise<Report[]> {
  const list = parseOrThrow(z.array(z.unknown()), pairs, 'E_INVALID_INPUT', 'pairs');
  const parsed = list.map((pair, i) =>
    parseOrThrow(ComparePairSchema, pair, 'E_INVALID_INPUT', `pairs[${String(i)}]`),
  );
  const opts = parseOrThrow(
    CompareManyOptionsSchema,
    options ?? {},
    'E_INVALID_OPTIONS',
    'compareMany options',
  );
  const { workers, onProgress, signal, language, abbreviations, threshold, ordered } = opts;
  const job: Job = {
    pairs: parsed.map(({ a, b }) => ({ a, b })),
    options: { language, abbreviations, threshold, ordered },
    onProgress,
    signal,
  };
  if (signal?.aborted) throw aborted(0, parsed.length, signal);
  const count = Math.min(workers ?? Math.max(1, availableParallelism() - 1), parsed.length);
  if (count > 1 && entry !== undefined) {
    const reports = await inWorkers(job, count, entry);
    if (reports !== undefined) return reports;
  }
  return inline(job);
}

/** The built worker beside this module (`worker.js` from `index.js`, `worker.cjs` from `index.cjs`, `worker.ts` from source). */
function workerEntry(): URL | undefined {
  try {
    const here = new URL(import.meta.url);
    const ext = /\.([cm]?[jt]s)$/.exec(here.pathname)?.[1];
    if (here.protocol !== 'file:' || ext === undefined) return undefined;
    const entry = new URL(`./worker.${ext}`, here);
    return existsSync(fileURLToPath(entry)) ? entry : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts one worker. A TypeScript entry (tests, `tsx` scripts) goes through tsx's `tsImport`: on Node 20 tsx
 * registers its loader in the main thread only, so `execArgv: ['--import', 'tsx']` does not reach a worker.
 */
function startWorker(entry: URL, options: PairOptions): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: options });
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(pkg, 'utf8')) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  const api = pathToFileURL(join(dirname(pkg), exports['./esm/api'].import.default)).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}))`;
  return new Worker(boot, { eval: true, workerData: options });
}

/** Compares in the calling thread, yielding to the event loop between pairs so that `signal` can abort. */
async function inline(job: Job): Promise<Report[]> {
  const { pairs, options, signal, onProgress } = job;
  const reports: Report[] = [];
  for (let i = 0; i < pairs.length; i++) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw aborted(i, pairs.length, signal);
    const { a, b } = pairs[i]!;
    let report: Report;
    try {
      report = compare(a, b, signal === undefined ? options : { ...options, signal });
    } catch (e) {
      if (e instanceof CorroborateError && e.code === 'E_ABORTED') throw aborted(i, pairs.length, signal);
      throw pairFailed(i, e);
    }
    reports.push(report);
    onProgress?.({ done: i + 1, total: pairs.length });
  }
  return reports;
}

/** Pairs a worker holds at once: the one it compares and the next. */
const IN_FLIGHT = 2;

/**
 * Compares in `count` worker threads, each holding the pair it compares and the next (IN_FLIGHT). Resolves `undefined`
 * when no worker could start (nothing was sent to any), so that the caller compares in its own thread instead.
 */
function inWorkers(job: Job, count: number, entry: URL): Promise<Report[] | undefined> {
  const { pairs, signal, onProgress } = job;
  const total = pairs.length;
  return new Promise((resolve, reject) => {
    const reports: Report[] = new Array<Report>(total);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let started = 0;
    let failedToStart = 0;
    let settled = false;

    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void Promise.allSettled(workers.map((w) => w.terminate())).then(outcome);
    };
    const fail = (error: unknown) => settle(() => reject(error));
    const onAbort = () => fail(aborted(done, total, signal));
    signal?.addEventListener('abort', onAbort, { once: true });

    const startFailed = () => {
      failedToStart++;
      if (started === 0 && failedToStart === count) settle(() => resolve(undefined));
    };

    for (let k = 0; k < count; k++) {
      let worker: Worker;
      try {
        worker = startWorker(entry, job.options);
      } catch {
        startFailed();
        continue;
      }
      workers.push(worker);
      let ready = false;
      let gone = false;
      // Pairs sent to this worker and not yet answered, oldest first (it answers in order). It holds up to
      // IN_FLIGHT, so that it has the next pair at hand when it posts a report instead of waiting for a round trip.
      const sent: number[] = [];
      const feed = () => {
        while (sent.length < IN_FLIGHT && next < total) {
          const index = next++;
          const { a, b } = pairs[index]!;
          sent.push(index);
          worker.postMessage({ index, a, b });
        }
      };
      const lost = (why: string) => {
        if (settled || gone) return;
        gone = true;
        if (!ready) return startFailed();
        const current = sent[0];
        if (current !== undefined) fail(pairFailed(current, new Error(`the worker comparing it ${why}`)));
        else fail(new CorroborateError('E_PAIR_FAILED', `a compareMany worker ${why} between pairs`));
      };
      worker.on('message', (message: FromWorker) => {
        if (settled) return;
        if (!ready && (message.kind !== 'ready' || message.protocol !== PROTOCOL)) {
          gone = true;
          void worker.terminate();
          return startFailed();
        }
        if (message.kind === 'ready') {
          ready = true;
          started++;
          return feed();
        }
        if (message.kind === 'failed') return fail(pairFailed(message.index, revive(message.error)));
        sent.shift();
        reports[message.index] = message.report;
        done++;
        try {
          onProgress?.({ done, total });
        } catch (e) {
          return fail(e);
        }
        if (done === total) settle(() => resolve(reports));
        else feed();
      });
      worker.on('error', (e) => lost(`failed: ${e.name}: ${e.message}`));
      worker.on('exit', (code) => lost(`stopped (exit code ${String(code)})`));
    }
  });
}

/**
 * The worker side: compares each pair it is sent with `run` and posts the report back, or the error, serialized
 * with its code. Posts `ready` first, so that the pool sends pairs only to workers that loaded.
 *
 * @example
 * servePairs(parentPort!, workerData as never, compare); // what worker.ts does
 */
export function servePairs(port: MessagePort, options: PairOptions, run: Compare = compare): void {
  port.on('message', ({ index, a, b }: { index: number; a: Doc; b: Doc }) => {
    let message: FromWorker;
    try {
      message = { kind: 'done', index, report: run(a, b, options) };
    } catch (e) {
      const error: SentError =
        e instanceof Error
          ? { name: e.name, message: e.message, stack: e.stack, code: (e as { code?: string }).code }
          : { name: 'Error', message: String(e) };
      message = { kind: 'failed', index, error };
    }
    port.postMessage(message);
  });
  port.postMessage({ kind: 'ready', protocol: PROTOCOL } satisfies FromWorker);
}

const CODES: readonly string[] = ['E_INVALID_INPUT', 'E_INVALID_OPTIONS', 'E_ABORTED', 'E_PAIR_FAILED'];

/** An error sent by a worker, rebuilt: a `CorroborateError` keeps its code, any other error its name and stack. */
function revive(sent: SentError): Error {
  const error =
    sent.code !== undefined && CODES.includes(sent.code)
      ? new CorroborateError(sent.code as CorroborateErrorCode, sent.message)
      : Object.assign(new Error(sent.message), { name: sent.name });
  if (sent.stack !== undefined) error.stack = sent.stack;
  return error;
}

/** "pairs[7] failed: TypeError: ..." with the original error as cause, keeping a CorroborateError's code. */
function pairFailed(index: number, error: unknown): CorroborateError {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const code = error instanceof CorroborateError ? error.code : 'E_PAIR_FAILED';
  return new CorroborateError(code, `pairs[${String(index)}] failed: ${what}`, { cause: error });
}

function aborted(done: number, total: number, signal: AbortSignal | undefined): CorroborateError {
  return new CorroborateError(
    'E_ABORTED',
    `compareMany aborted after ${String(done)} of ${String(total)} pairs`,
    { cause: signal?.reason },
  );
}
