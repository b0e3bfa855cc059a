/**
 * Counts the worker threads compareMany starts and whether each has exited, by wrapping `Worker`. A test file
 * installs it with `vi.mock('node:worker_threads', countWorkers)`.
 */
import type * as WorkerThreads from 'node:worker_threads';

export interface Started {
  exited: boolean;
}

/** The threads started since the last `started.length = 0`. */
export const started: Started[] = [];

export async function countWorkers(importOriginal: () => Promise<unknown>): Promise<typeof WorkerThreads> {
  const actual = (await importOriginal()) as typeof WorkerThreads;
  class CountingWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      const record: Started = { exited: false };
      started.push(record);
      this.on('exit', () => {
        record.exited = true;
      });
    }
  }
  return { ...actual, Worker: CountingWorker };
}
