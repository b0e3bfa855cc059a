/**
 * The worker thread of `compareMany()`: compares the pairs the pool sends it (see `servePairs` in many.ts). Built
 * to `dist/worker.js` and `dist/worker.cjs` beside the index, which start it by a path relative to themselves.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compare } from './compare';
import { servePairs } from './many';

if (parentPort) servePairs(parentPort, workerData as Parameters<typeof servePairs>[1], compare);
