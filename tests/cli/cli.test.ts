/**
 * The CLI, run as users run it: the built bin under node, asserting stdout, stderr and the exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/index';

const BIN = 'dist/cli.js';
const A = 'tests/fixtures/wapo-vs-pmo/a.txt';
const B = 'tests/fixtures/wapo-vs-pmo/b.txt';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: input ?? '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('corroborate CLI', () => {
  it('prints a Markdown report by default', () => {
    const r = run([A, B]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# .* vs /);
    expect(r.stdout).toContain('Contradiction');
    expect(r.stderr).toBe('');
  });

  it('prints a JSON report that matches the schema', () => {
    const r = run([A, B, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.summary.stance).toBe('disputes');
  });

  it('reads one input from stdin with -', () => {
    const r = run(
      [A, '-', '--format', 'json'],
      'Netanyahu did not have intensive contact with Waltz on Iran.',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).b.sentences).toHaveLength(1);
  });

  it.each([
    { name: 'no arguments', args: [] },
    { name: 'one argument', args: [A] },
    { name: 'an unknown format', args: [A, B, '--format', 'pdf'] },
    { name: 'an unknown option', args: [A, B, '--colour'] },
    { name: 'both inputs from stdin', args: ['-', '-'] },
  ])('exits 2 with usage on $name', ({ args }) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^corroborate: .*\nUsage: corroborate/);
  });

  it('exits 1 with a one-line error on an unreadable file', () => {
    const r = run([A, 'no/such/file.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('corroborate: cannot read no/such/file.txt: no such file\n');
  });

  it('exits 1 on a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-'));
    writeFileSync(join(dir, 'x.txt'), 'x');
    const r = run([A, dir]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints help and version', () => {
    expect(run(['--help']).stdout).toMatch(/^Usage: corroborate <a> <b>/);
    expect(run(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
