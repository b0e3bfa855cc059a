/**
 * The CLI as built (dist/cli.js). Process-level behaviour runs the bin as users run it, under node, asserting
 * stdout, stderr and the exit code; the option matrix calls the same built file's `main()` in process, with its
 * own stdout, stderr, TTY flags and environment, which keeps the suite fast. Colour and the progress bar are also
 * checked on a real pseudo-terminal with util-linux `script`, where it is installed.
 */
/* eslint-disable no-control-regex -- terminal output is matched with its escape codes */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { main as Main } from '../../src/cli';
import { ReportSchema } from '../../src/index';

const BIN = 'dist/cli.js';
const A = 'tests/fixtures/wapo-vs-pmo/a.txt';
const B = 'tests/fixtures/wapo-vs-pmo/b.txt';
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/;
const tmp = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
const SAME = join(tmp, 'same.txt');
writeFileSync(SAME, 'Netanyahu met Waltz in February. The talks covered Iran.');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(
  args: readonly string[],
  input: string | Buffer = '',
  env: NodeJS.ProcessEnv = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, ...env }, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(input);
  });
}

/** Runs the bin with stdout and stderr on a pseudo-terminal; returns what the terminal showed. */
function runTTY(args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const command = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qefc', command, '/dev/null'], {
    encoding: 'utf8',
    input: '',
    env: { ...process.env, NO_COLOR: undefined, COLUMNS: '100', ...env },
  });
  return { code: r.status, stdout: r.stdout.replace(/\r\n/g, '\n'), stderr: r.stderr };
}

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

let main: typeof Main;
beforeAll(async () => {
  ({ main } = (await import(pathToFileURL(resolve(BIN)).href)) as { main: typeof Main });
});

/** Calls the built bin's main() in process, as the bin would with the given terminal flags and environment. */
function call(
  args: readonly string[],
  { stdin = '', tty = false, env = {} }: { stdin?: string; tty?: boolean; env?: Record<string, string> } = {},
): Run {
  let stdout = '';
  let stderr = '';
  const code = main(args, {
    stdout: (x) => (stdout += x),
    stderr: (x) => (stderr += x),
    stdin: () => stdin,
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    columns: 100,
    env,
  });
  return { code, stdout, stderr };
}

/** "Waltz met Netanyahu." with an e-acute in Latin-1 (0xe9) at offset 9: "Waltz metXNetanyahu" is not UTF-8. */
const LATIN1 = join(tmp, 'latin1.txt');
writeFileSync(
  LATIN1,
  Buffer.concat([Buffer.from('Waltz met'), Buffer.from([0xe9]), Buffer.from(' Netanyahu.')]),
);
/** A UTF-16LE byte order mark, then an odd number of bytes. */
const BROKEN16 = join(tmp, 'broken16.txt');
writeFileSync(BROKEN16, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x62, 0x61, 0x64]));
const PDF = join(tmp, 'report.pdf');
writeFileSync(PDF, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a])]));

const LONG = join(tmp, 'long.txt');
writeFileSync(LONG, Array.from({ length: 4 }, () => readFileSync(A, 'utf8')).join('\n\n'));

describe.concurrent('the bin, run under node', () => {
  it('prints Markdown when stdout is not a terminal', async () => {
    const r = await run([A, B]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^# a\.txt vs b\.txt\n/);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('reads one input from stdin with -', async () => {
    const r = await run(
      [A, '-', '--format', 'json'],
      'Netanyahu did not have intensive contact with Waltz on Iran.',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).b.sentences).toHaveLength(1);
  });

  it.each([
    {
      name: 'bad usage',
      args: [A, B, '--colour'],
      code: 2,
      stderr: /^corroborate: .+ \(see corroborate --help\)\n$/,
    },
    {
      name: 'an unreadable file',
      args: [A, 'no/such/file.txt'],
      code: 1,
      stderr: /^corroborate: cannot read .+\n$/,
    },
    {
      name: 'a --fail-on finding',
      args: [A, B, '--fail-on', 'contradiction'],
      code: 3,
      stderr: /^corroborate: found /,
    },
  ])('exits $code on $name', async ({ args, code, stderr }) => {
    const r = await run(args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr);
  });

  it('prints help and version', async () => {
    const [help, version] = await Promise.all([run(['--help']), run(['--version'])]);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: corroborate <a> <b>/);
    const { version: expected } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(version.stdout).toBe(`${expected}\n`);
  });

  it('prints the committed JSON Schema with `corroborate schema`', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync('schema/report.schema.json', 'utf8'));
  });

  it('draws no progress bar for long inputs when stderr is not a terminal', async () => {
    const r = await run([LONG, B, '--format', 'json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('main() of the built bin', () => {
  it.each([
    { name: 'Markdown by default off a terminal', args: [], tty: false, start: /^# a\.txt vs b\.txt\n/ },
    {
      name: 'text by default on a terminal',
      args: [],
      tty: true,
      start: /^(\x1b\[1m)?A {2}(\x1b\[0m)?a\.txt/,
    },
    {
      name: 'Markdown with --format md',
      args: ['--format', 'md'],
      tty: true,
      start: /^# a\.txt vs b\.txt\n/,
    },
    {
      name: 'text with --format text',
      args: ['--format', 'text'],
      tty: false,
      start: /^A {2}a\.txt \(\d+ sentences\)\n/,
    },
    { name: 'HTML with --format html', args: ['--format', 'html'], tty: false, start: /^<!doctype html>\n/ },
    {
      name: 'JSON with --format json',
      args: ['--format', 'json'],
      tty: false,
      start: /^\{\n {2}"schemaVersion": 1,/,
    },
  ])('prints $name', ({ args, tty, start }) => {
    const r = call([A, B, ...args], { tty });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(start);
  });

  it('prints a JSON report that matches the schema', () => {
    const r = call([A, B, '--format', 'json']);
    expect(ReportSchema.parse(JSON.parse(r.stdout)).summary.stance).toBe('disputes');
  });

  it.each([
    { name: 'off a terminal', tty: false, env: {}, colour: false },
    { name: 'on a terminal, NO_COLOR unset', tty: true, env: {}, colour: true },
    { name: 'on a terminal, NO_COLOR empty', tty: true, env: { NO_COLOR: '' }, colour: true },
    { name: 'on a terminal, NO_COLOR=1', tty: true, env: { NO_COLOR: '1' }, colour: false },
    { name: 'on a terminal, NO_COLOR=0', tty: true, env: { NO_COLOR: '0' }, colour: false },
  ])('colours the text format $name: $colour', ({ tty, env, colour }) => {
    const r = call([A, B, '--format', 'text'], { tty, env });
    expect(r.code).toBe(0);
    expect(ANSI.test(r.stdout)).toBe(colour);
  });

  it('takes the titles from --title-a and --title-b', () => {
    expect(call([A, B, '--title-a', 'The <Post>', '--title-b', 'PMO']).stdout).toMatch(
      /^# The \\<Post\\> vs PMO\n/,
    );
  });

  it('names stdin "stdin"', () => {
    expect(call([A, '-'], { stdin: 'Waltz left.' }).stdout).toMatch(/^# a\.txt vs stdin\n/);
  });

  it('links fewer pairs with a higher --threshold', () => {
    const links = (t: string) =>
      (JSON.parse(call([A, B, '--format', 'json', '--threshold', t]).stdout) as { links: unknown[] }).links
        .length;
    expect(links('0.1')).toBeGreaterThan(0);
    expect(links('0.6')).toBeLessThan(links('0.1'));
  });

  it('reads both texts in the --language given', () => {
    const de = (text: string) => {
      const path = join(tmp, `de-${text.length}.txt`);
      writeFileSync(path, text);
      return path;
    };
    const a = de('Die Regierung hat den Plan am Montag gebilligt.');
    const b = de('Die Regierung hat den Plan am Montag nicht gebilligt.');
    const relations = (args: string[]) =>
      (
        JSON.parse(call([a, b, '--format', 'json', ...args]).stdout) as { links: { relation: string }[] }
      ).links.map((l) => l.relation);
    // Read as English, "nicht" is one more word; read as German, it denies what the other text asserts. Without
    // --language, the texts' function words ("den", "hat") tell German.
    expect(relations(['--language', 'en'])).toEqual(['agreement']);
    expect(relations(['--language', 'de'])).toEqual(['contradiction']);
    expect(relations([])).toEqual(['contradiction']);
    expect(relations(['--language', 'auto'])).toEqual(['contradiction']);
  });

  it('accepts --ordered', () => {
    const r = call([A, B, '--ordered', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(ReportSchema.safeParse(JSON.parse(r.stdout)).success).toBe(true);
  });

  it.each([
    { file: 'r.html', args: [], start: /^<!doctype html>/ },
    { file: 'r.htm', args: [], start: /^<!doctype html>/ },
    { file: 'r.json', args: [], start: /^\{/ },
    { file: 'r.md', args: [], start: /^# / },
    { file: 'r.txt', args: [], start: /^A {2}a\.txt/ },
    { file: 'r.report', args: [], start: /^# / },
    { file: 'explicit.html', args: ['--format', 'json'], start: /^\{/ },
  ])('--out $file $args writes the file and nothing to stdout', ({ file, args, start }) => {
    const out = join(tmp, file);
    // On a terminal too: the file gets no colour.
    const r = call([A, B, '--out', out, ...args], { tty: true });
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toMatch(start);
    expect(readFileSync(out, 'utf8')).not.toMatch(ANSI);
  });

  it.each([
    {
      failOn: 'contradiction',
      a: A,
      b: B,
      code: 3,
      message: /^corroborate: found \d+ contradictions? \(--fail-on\)\n$/,
    },
    {
      failOn: 'omission',
      a: A,
      b: B,
      code: 3,
      message: /^corroborate: found \d+ omissions? \(--fail-on\)\n$/,
    },
    { failOn: 'contradiction,omission', a: A, b: B, code: 3, message: /contradictions? and \d+ omissions?/ },
    { failOn: 'contradiction', a: SAME, b: SAME, code: 0, message: /^$/ },
    { failOn: 'omission', a: SAME, b: SAME, code: 0, message: /^$/ },
  ])(
    '--fail-on $failOn exits $code on $b, and still writes the report',
    ({ failOn, a, b, code, message }) => {
      const r = call([a, b, '--fail-on', failOn]);
      expect(r.code).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toMatch(/^# /);
    },
  );

  it('--fail-on can be repeated', () => {
    const r = call([A, B, '--fail-on', 'omission', '--fail-on', 'contradiction']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/contradictions? and \d+ omissions?/);
  });

  it.each([
    { name: 'no arguments', args: [] },
    { name: 'one argument', args: [A] },
    { name: 'three arguments', args: [A, B, B] },
    { name: 'an unknown format', args: [A, B, '--format', 'pdf'] },
    { name: 'a missing format', args: [A, B, '--format'] },
    { name: 'an unknown option', args: [A, B, '--colour'] },
    { name: 'both inputs from stdin', args: ['-', '-'] },
    { name: 'a threshold that is not a number', args: [A, B, '--threshold', 'abc'] },
    { name: 'a threshold above 1', args: [A, B, '--threshold', '1.5'] },
    { name: 'a negative threshold', args: [A, B, '--threshold=-0.1'] },
    { name: 'an empty threshold', args: [A, B, '--threshold', ''] },
    { name: 'a threshold of NaN', args: [A, B, '--threshold', 'NaN'] },
    { name: 'a language that is not a tag', args: [A, B, '--language', 'German!'] },
    { name: 'an unknown --fail-on', args: [A, B, '--fail-on', 'disagreement'] },
    { name: 'an empty --out', args: [A, B, '--out', ''] },
  ])('exits 2 with one line on $name', ({ args }) => {
    const r = call(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^corroborate: .+ \(see corroborate --help\)\n$/);
  });

  it('will not write the report over an input, named or linked', () => {
    const input = join(tmp, 'statement.txt');
    writeFileSync(input, 'Netanyahu met Waltz in February.');
    const link = join(tmp, 'statement-link.txt');
    symlinkSync(input, link);
    for (const out of [input, link, join(tmp, '.', 'statement.txt')]) {
      const r = call([A, input, '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `corroborate: --out ${out} is an input; the report would overwrite it (see corroborate --help)\n`,
      );
    }
    expect(readFileSync(input, 'utf8')).toBe('Netanyahu met Waltz in February.');
  });

  it('writes --out whole, leaving nothing else beside it', () => {
    const dir = mkdtempSync(join(tmp, 'out-'));
    const out = join(dir, 'r.md');
    writeFileSync(out, 'an older report');
    expect(call([A, B, '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# a\.txt vs b\.txt\n/);
    expect(readdirSync(dir)).toEqual(['r.md']);
  });

  it('names the bad value of --threshold', () => {
    expect(call([A, B, '--threshold', '1.5']).stderr).toBe(
      "corroborate: --threshold must be a number from 0 to 1, got '1.5' (see corroborate --help)\n",
    );
  });

  it.each([
    {
      name: 'an unreadable file',
      args: [A, 'no/such/file.txt'],
      message: 'cannot read no/such/file.txt: no such file or directory',
    },
    { name: 'a directory', args: [A, tmp], message: `cannot read ${tmp}: is a directory` },
    {
      name: 'a file that is not UTF-8',
      args: [A, LATIN1],
      message: `cannot read ${LATIN1}: not UTF-8 text (byte 0xe9 at offset 9); convert it to UTF-8 first`,
    },
    {
      name: 'a file that starts with a UTF-16 mark but is not UTF-16',
      args: [A, BROKEN16],
      message: `cannot read ${BROKEN16}: it starts as UTF-16LE text but is not`,
    },
    {
      name: 'a PDF file',
      args: [PDF, B],
      message: `cannot read ${PDF}: it is a PDF file, not text; save or extract it as plain text first`,
    },
    {
      name: 'an unwritable --out',
      args: [A, B, '--out', join(tmp, 'no/such/dir/r.md')],
      message: 'cannot write ',
    },
  ])('exits 1 with one line on $name', ({ args, message }) => {
    const r = call(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^corroborate: [^\n]+\n$/);
    expect(r.stderr).toContain(message);
  });

  it('documents every option and the exit codes in --help', () => {
    const r = call(['--help']);
    expect(r.code).toBe(0);
    for (const option of [
      '--format',
      '--out',
      '--threshold',
      '--ordered',
      '--language',
      '--title-a',
      '--title-b',
      '--fail-on',
      '--version',
      'schema',
      'NO_COLOR',
    ])
      expect(r.stdout).toContain(option);
    expect(r.stdout).toMatch(
      /Exit codes:\n {2}0 {2}done\n {2}1 {2}failure.*\n {2}2 {2}bad usage.*\n {2}3 {2}/,
    );
  });

  it('writes the JSON Schema with schema --out', () => {
    const out = join(tmp, 'schema.json');
    expect(call(['schema', '--out', out])).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).title).toBe('corroborate report');
  });

  it.each([
    { name: 'long inputs on a terminal', a: LONG, tty: true, bar: true },
    { name: 'short inputs on a terminal', a: A, tty: true, bar: false },
    { name: 'long inputs off a terminal', a: LONG, tty: false, bar: false },
  ])('progress bar for $name: $bar', ({ a, tty, bar }) => {
    const r = call([a, B, '--out', join(tmp, 'progress.md')], { tty });
    expect(r.code).toBe(0);
    if (bar) {
      expect(r.stderr).toMatch(/^\r\x1b\[2Kcorroborate: \[#*-*\] \d+% (segment|features|align)/);
      expect(r.stderr).toMatch(/ 100% align/);
      expect(r.stderr.endsWith('\r\x1b[2K')).toBe(true);
    } else expect(r.stderr).toBe('');
  });
});

describe.runIf(hasScript)('the bin on a terminal (script)', () => {
  it.each([
    { name: 'NO_COLOR unset', env: {}, colour: true },
    { name: 'NO_COLOR=1', env: { NO_COLOR: '1' }, colour: false },
  ])('prints the text format, coloured with $name: $colour', ({ env, colour }) => {
    const r = runTTY([A, B], env);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/^A {2}a\.txt \(\d+ sentences\)\n/);
    expect(ANSI.test(r.stdout)).toBe(colour);
  });

  it('draws a progress bar on stderr for long inputs, and clears it', () => {
    const out = join(tmp, 'long.md');
    const r = runTTY([LONG, B, '--out', out]);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(r.stdout).toMatch(/corroborate: \[#*-*\] \d+% (segment|features|align)/);
    expect(r.stdout.endsWith('\r\x1b[2K')).toBe(true);
  });
});

describe('input encodings', () => {
  const text = readFileSync(B, 'utf8');
  const as = (name: string, bytes: Buffer) => {
    const path = join(tmp, name);
    writeFileSync(path, bytes);
    return path;
  };
  const json = (path: string) => {
    const r = call([A, path, '--format', 'json', '--title-b', 'b']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(r.stdout) as { b: { sentences: unknown[]; id?: string } };
    delete report.b.id; // the file's path
    return report;
  };

  it.each([
    [
      'UTF-8 with a byte order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    ],
    [
      'UTF-16LE with a byte order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    ],
    [
      'UTF-16BE with a byte order mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    ],
  ])('reads %s as the same text as plain UTF-8', (name, bytes) => {
    const path = as(`${name.replace(/\W+/g, '-')}.txt`, bytes);
    expect(json(path)).toEqual(json(B));
    expect(json(path).b.sentences).toHaveLength(5);
  });

  it('refuses bytes that are not UTF-8 on stdin too, naming stdin', async () => {
    const r = await run([A, '-'], Buffer.from([0x41, 0x20, 0xff, 0x2e]));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'corroborate: cannot read stdin: not UTF-8 text (byte 0xff at offset 2); convert it to UTF-8 first, e.g. with iconv\n',
    );
  });
});
