/**
 * Builds the package before the tests when dist/ is missing or older than src/, so that the CLI tests run the
 * real built bin on a fresh clone too.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export default function setup(): void {
  const bin = 'dist/cli.js';
  const stale =
    !existsSync(bin) || statSync(bin).mtimeMs < Math.max(newest('src'), statSync('package.json').mtimeMs);
  if (stale) execSync('npx tsup --silent', { stdio: 'inherit' });
}
