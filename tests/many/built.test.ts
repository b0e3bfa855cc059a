/**
 * The built package starts its worker from dist/ (worker.js beside index.js, worker.cjs beside index.cjs), gives the
 * reports compare() gives, and lets the process exit on its own: run as users run it, in a child node process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const A = 'tests/fixtures/wapo-vs-pmo/a.txt';
const B = 'tests/fixtures/wapo-vs-pmo/b.txt';

// Counts the threads started (with their entry file) by wrapping Worker before the package loads.
const BODY = `
const fs = require('node:fs');
const wt = require('node:worker_threads');
const entries = [];
const Base = wt.Worker;
wt.Worker = class extends Base { constructor(file, options) { super(file, options); entries.push(String(file).split('/').pop()); } };
require('node:module').syncBuiltinESMExports();
const run = async (api) => {
  const a = fs.readFileSync(${JSON.stringify(A)}, 'utf8');
  const b = fs.readFileSync(${JSON.stringify(B)}, 'utf8');
  const pairs = [{ a, b }, { a: b, b: a }, { a: 'Waltz met Netanyahu.', b: 'Waltz did not meet Netanyahu.' }];
  const reports = await api.compareMany(pairs, { workers: 2 });
  const same = JSON.stringify(reports) === JSON.stringify(pairs.map((p) => api.compare(p.a, p.b)));
  console.log(JSON.stringify({ same, stance: reports[0].summary.stance, entries }));
};`;

const CASES = [
  {
    format: 'ESM',
    entry: 'worker.js',
    args: [
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);${BODY} await run(await import('./dist/index.js'));`,
    ],
  },
  {
    format: 'CJS',
    entry: 'worker.cjs',
    args: ['-e', `${BODY} run(require('./dist/index.cjs'));`],
  },
];

describe('compareMany from the built package', () => {
  it('has the worker files in dist/', () => {
    for (const f of ['dist/worker.js', 'dist/worker.cjs']) expect(existsSync(f), f).toBe(true);
  });

  it.each(CASES)('$format: 2 threads of dist/$entry, same reports, exits by itself', ({ args, entry }) => {
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.signal, 'the process had to be killed: a worker kept it alive').toBeNull();
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ same: true, stance: 'disputes', entries: [entry, entry] });
  });
});
