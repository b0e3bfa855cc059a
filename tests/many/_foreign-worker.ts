/** Someone else's worker.js beside a bundle: it talks another protocol and never exits by itself. */
import { parentPort } from 'node:worker_threads';

parentPort!.postMessage({ kind: 'hello' });
setInterval(() => {}, 1000);
