#!/usr/bin/env node
/**
 * argv -> compare -> render. The only module that touches process, reads files or exits.
 *
 * Exit codes: 0 success; 1 failure (unreadable file, error while comparing); 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compare } from './compare';
import { CorroborateError } from './errors';
import { toJSON, toMarkdown } from './report/index';

declare const __VERSION__: string | undefined;

const USAGE = `Usage: corroborate <a> <b> [options]

Compare two accounts of the same event. <a> and <b> are text files; '-' reads one of them from stdin.

Options:
  --format md|json     output format (default: md)
  --help               show this help
  --version            show the version

Exit codes: 0 done, 1 failure (e.g. unreadable file), 2 bad usage.`;

class UsageError extends Error {}

function readInput(path: string, stdin: () => string): string {
  if (path === '-') return stdin();
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String((e as Error).message);
    throw new Error(`cannot read ${path}: ${why}`, { cause: e });
  }
}

/** Runs the CLI; returns the exit code. Output goes through the given writers, so tests and the bin share it. */
export function main(
  argv: readonly string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void; stdin: () => string },
): number {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          format: { type: 'string', default: 'md' },
          help: { type: 'boolean', short: 'h', default: false },
          version: { type: 'boolean', short: 'v', default: false },
        },
      });
    } catch (e) {
      throw new UsageError((e as Error).message, { cause: e });
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (values.version) {
      io.stdout(`${typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0'}\n`);
      return 0;
    }
    if (positionals.length !== 2)
      throw new UsageError(`expected two inputs <a> <b>, got ${positionals.length}`);
    const format = values.format;
    if (format !== 'md' && format !== 'json')
      throw new UsageError(`--format must be md or json, got ${format}`);
    const [pa, pb] = positionals as [string, string];
    if (pa === '-' && pb === '-') throw new UsageError('only one input can be read from stdin');
    const a = readInput(pa, io.stdin);
    const b = readInput(pb, io.stdin);
    const report = compare({ id: pa, text: a }, { id: pb, text: b });
    io.stdout(format === 'json' ? `${toJSON(report)}\n` : `${toMarkdown(report)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`corroborate: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    const message = e instanceof CorroborateError ? `${e.code}: ${e.message}` : (e as Error).message;
    io.stderr(`corroborate: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

const isMain = (() => {
  const entry = process.argv[1];
  if (!entry) return false;
  return /cli\.(c?js|ts)$/.test(entry) || /[\\/]corroborate$/.test(entry);
})();

if (isMain) {
  const code = main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: () => readFileSync(0, 'utf8'),
  });
  process.exitCode = code;
}
