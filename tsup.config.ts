import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts', worker: 'src/worker.ts' },
  format: ['esm', 'cjs'],
  // The worker is started by path from the index, never imported: it needs no declarations.
  dts: { entry: { index: 'src/index.ts', cli: 'src/cli.ts' } },
  clean: true,
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  splitting: false,
  shims: true,
  define: { __VERSION__: JSON.stringify(version) },
});
