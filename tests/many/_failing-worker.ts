/**
 * A compareMany worker that fails on purpose, to test how the pool reports a failed pair: the text "FAIL" throws a
 * TypeError, "INVALID" a CorroborateError, and "EXIT" stops the thread mid-pair. Other pairs are compared as usual.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compare } from '../../src/compare';
import { CorroborateError } from '../../src/errors';
import { servePairs } from '../../src/many';
import { failOn } from './_fail';

servePairs(parentPort!, workerData as Parameters<typeof servePairs>[1], (a, b, options) => {
  failOn(a, process.exit, CorroborateError);
  return compare(a, b, options);
});
