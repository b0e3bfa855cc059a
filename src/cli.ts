#!/usr/bin/env node
/**
 * argv -> compare -> render. The only module that touches process, reads or writes files, or exits.
 *
 * Exit codes: 0 done; 1 failure (unreadable input, unwritable output, error while comparing); 2 bad usage;
 * 3 a finding named by --fail-on occurred (the report is still written).
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compare } from './compare';
import { CorroborateError } from './errors';
import { reportJSONSchema, toHTML, toJSON, toMarkdown, toText } from './report/index';
import type { Progress, Report } from './schemas';

declare const __VERSION__: string | undefined;

const USAGE = `Usage: corroborate <a> <b> [options]
       corroborate schema [--out <file>]

Compare two accounts of the same event: which sentences agree, which contradict each other, and what each
account leaves out. <a> and <b> are text files; '-' reads one of them from stdin.

Options:
  --format <format>     html, md, json or text. Default: with --out, from the file's extension
                        (.html .htm .md .json .txt), else text when stdout is a terminal and md otherwise
  --out <file>          write the report to <file> instead of stdout
  --threshold <n>       minimum similarity, 0 to 1, for two sentences to be linked (default: 0.15)
  --ordered             align in order, for two versions of the same text
  --language <tag>      language of both texts, e.g. en, de, fr, es, it, pt, nl, ru (default: auto, told
                        from the texts); each of these has negation, date and number words of its own
  --title-a <title>     title of account a (default: its file name)
  --title-b <title>     title of account b
  --fail-on <finding>   exit 3 when the report has one: contradiction, omission, or both
                        (--fail-on contradiction,omission); the report is still written
  -h, --help            show this help
  -v, --version         show the version

Commands:
  schema                print the JSON Schema of the JSON report

The text format is coloured when stdout is a terminal and NO_COLOR is not set. A progress bar is drawn on
stderr for long inputs when stderr is a terminal.

Exit codes:
  0  done
  1  failure: an input cannot be read or decoded, the output cannot be written, or the comparison failed
  2  bad usage: an unknown option, a bad value, or not two inputs
  3  a finding named by --fail-on occurred`;

const FORMATS = ['html', 'md', 'json', 'text'] as const;
type Format = (typeof FORMATS)[number];
const FINDINGS = ['contradiction', 'omission'] as const;
type Finding = (typeof FINDINGS)[number];
const EXTENSIONS: Record<string, Format> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.txt': 'text',
};

/** Below this many characters in both inputs together, a comparison takes well under a second: no bar. */
const PROGRESS_MIN_CHARS = 10_000;

/** What the CLI may touch of its process; `main()` gets it from the bin, tests pass their own. */
export interface CLIEnvironment {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input, whole: as bytes (decoded as files are) or as text already decoded. */
  stdin: () => string | Uint8Array;
  /** Whether stdout is a terminal (default: false). */
  stdoutIsTTY?: boolean;
  /** Whether stderr is a terminal (default: false). */
  stderrIsTTY?: boolean;
  /** Columns of the terminal on stdout, for wrapping the text format (default: 80). */
  columns?: number;
  /** Environment variables; only NO_COLOR is read (default: none). */
  env?: Readonly<Record<string, string | undefined>>;
}

class UsageError extends Error {}

function readInput(path: string, stdin: () => string | Uint8Array): string {
  const name = path === '-' ? 'stdin' : path;
  let input: string | Uint8Array;
  try {
    input = path === '-' ? stdin() : readFileSync(path);
  } catch (e) {
    throw new Error(`cannot read ${name}: ${why(e)}`, { cause: e });
  }
  return typeof input === 'string' ? input : decodeText(input, name);
}

/**
 * A file's bytes as text: UTF-8 (a byte order mark is dropped), or UTF-16 when it starts with a UTF-16 byte order
 * mark. Anything else is refused rather than read with replacement characters, which would lose text silently: the
 * error names the first bad byte, and the kind of file when its first bytes tell (PDF, Word, a zip archive).
 *
 * @example
 * decodeText(new TextEncoder().encode('Waltz left.'), 'a.txt'); // 'Waltz left.'
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  const starts = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  const utf16 = starts(0xff, 0xfe) ? 'utf-16le' : starts(0xfe, 0xff) ? 'utf-16be' : undefined;
  if (utf16 !== undefined) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch (e) {
      throw new Error(
        `cannot read ${name}: it starts as ${utf16.toUpperCase()} text but is not (an odd byte or a broken surrogate pair)`,
        { cause: e },
      );
    }
  }
  const kind = starts(0x25, 0x50, 0x44, 0x46, 0x2d)
    ? 'a PDF file'
    : starts(0x50, 0x4b, 0x03, 0x04)
      ? 'a zip archive (such as a .docx or .odt document)'
      : starts(0xd0, 0xcf, 0x11, 0xe0)
        ? 'an old Word or Office document'
        : undefined;
  if (kind !== undefined)
    throw new Error(`cannot read ${name}: it is ${kind}, not text; save or extract it as plain text first`);
  try {
    // ignoreBOM: false (the default) drops a leading UTF-8 byte order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    const at = firstInvalidUTF8(bytes);
    throw new Error(
      `cannot read ${name}: not UTF-8 text (byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at}); convert it to UTF-8 first, e.g. with iconv`,
      { cause: e },
    );
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (bytes.length if none). */
function firstInvalidUTF8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const n =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    // Continuation bytes, with the second byte's narrower ranges that rule out overlong forms and surrogates.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k]!;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += n;
  }
  return bytes.length;
}

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return String((e as Error).message);
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--threshold must be a number from 0 to 1, got '${value}'`);
  return n;
}

function parseLanguage(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.toLowerCase() !== 'auto' && !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(value))
    throw new UsageError(`--language must be auto or a language tag such as en, de or pt-BR, got '${value}'`);
  return value;
}

function parseFailOn(values: readonly string[] | undefined): Set<Finding> {
  const out = new Set<Finding>();
  for (const v of (values ?? []).flatMap((x) => x.split(','))) {
    const f = v.trim();
    if (!(FINDINGS as readonly string[]).includes(f))
      throw new UsageError(`--fail-on takes contradiction or omission, got '${v}'`);
    out.add(f as Finding);
  }
  return out;
}

function chooseFormat(value: string | undefined, out: string | undefined, tty: boolean): Format {
  if (value !== undefined) {
    if (!(FORMATS as readonly string[]).includes(value))
      throw new UsageError(`--format must be html, md, json or text, got '${value}'`);
    return value as Format;
  }
  if (out !== undefined) return EXTENSIONS[extname(out).toLowerCase()] ?? 'md';
  return tty ? 'text' : 'md';
}

/** A one-line bar on stderr, redrawn only when the percentage changes; `clear()` leaves the line empty. */
function progressBar(write: (s: string) => void) {
  // Rough share of the run each stage takes on long texts, where scoring and aligning the pairs dominates.
  const span: Record<Progress['stage'], [number, number]> = {
    segment: [0, 0.05],
    features: [0.05, 0.3],
    align: [0.3, 1],
    done: [1, 1],
  };
  let shown = -1;
  let drawn = false;
  return {
    update(p: Progress) {
      const [from, to] = span[p.stage];
      const share = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
      const pct = Math.floor(100 * (from + (to - from) * share));
      if (pct === shown || p.stage === 'done') return;
      shown = pct;
      drawn = true;
      const width = 30;
      const full = Math.round((width * pct) / 100);
      write(`\r\x1b[2Kcorroborate: [${'#'.repeat(full)}${'-'.repeat(width - full)}] ${pct}% ${p.stage}`);
    },
    clear() {
      if (drawn) write('\r\x1b[2K');
      drawn = false;
    },
  };
}

function render(report: Report, format: Format, color: boolean, width: number): string {
  switch (format) {
    case 'html':
      return toHTML(report);
    case 'json':
      return `${toJSON(report)}\n`;
    case 'text':
      return toText(report, { color, width });
    case 'md':
      return `${toMarkdown(report)}\n`;
  }
}

function write(out: string | undefined, text: string, io: CLIEnvironment): void {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  // Written beside the target and renamed over it: a write that fails halfway (a full disk) leaves the file that was
  // there as it was, and no half report.
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new Error(`cannot write ${out}: ${why(e)}`, { cause: e });
  }
}

/** Whether two paths name the same file: the same resolved path, or the same file on disk (a link to it). */
function sameFile(x: string, y: string): boolean {
  if (resolve(x) === resolve(y)) return true;
  try {
    const [sx, sy] = [statSync(x), statSync(y)];
    return sx.dev === sy.dev && sx.ino === sy.ino;
  } catch {
    return false;
  }
}

/**
 * Runs the CLI and returns its exit code. Everything it touches comes through `io`, so the bin and the tests
 * share it.
 *
 * @example
 * const code = main(['a.txt', 'b.txt', '--format', 'json'], { stdout: console.log, stderr: console.error, stdin: () => '' });
 */
export function main(argv: readonly string[], io: CLIEnvironment): number {
  const bar = progressBar(io.stderr);
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          format: { type: 'string' },
          out: { type: 'string', short: 'o' },
          threshold: { type: 'string' },
          ordered: { type: 'boolean', default: false },
          language: { type: 'string' },
          'title-a': { type: 'string' },
          'title-b': { type: 'string' },
          'fail-on': { type: 'string', multiple: true },
          help: { type: 'boolean', short: 'h', default: false },
          version: { type: 'boolean', short: 'v', default: false },
        },
      });
    } catch (e) {
      throw new UsageError((e as Error).message.split('\n')[0]!.replace(/\. To specify .*$/, ''), {
        cause: e,
      });
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
    if (values.out === '') throw new UsageError('--out needs a file name');
    if (positionals.length === 1 && positionals[0] === 'schema') {
      write(values.out, `${JSON.stringify(reportJSONSchema(), null, 2)}\n`, io);
      return 0;
    }
    if (positionals.length !== 2)
      throw new UsageError(`expected two inputs <a> <b>, got ${positionals.length}`);
    const tty = io.stdoutIsTTY === true && values.out === undefined;
    const format = chooseFormat(values.format, values.out, tty);
    const threshold = parseThreshold(values.threshold);
    const language = parseLanguage(values.language);
    const failOn = parseFailOn(values['fail-on']);
    const [pa, pb] = positionals as [string, string];
    if (pa === '-' && pb === '-') throw new UsageError('only one input can be read from stdin');
    for (const input of [pa, pb]) {
      if (values.out !== undefined && input !== '-' && sameFile(values.out, input))
        throw new UsageError(`--out ${values.out} is an input; the report would overwrite it`);
    }

    const a = readInput(pa, io.stdin);
    const b = readInput(pb, io.stdin);
    const doc = (path: string, text: string, title: string | undefined) => ({
      id: path,
      title: title ?? (path === '-' ? 'stdin' : basename(path)),
      text,
    });
    const showProgress = io.stderrIsTTY === true && a.length + b.length >= PROGRESS_MIN_CHARS;
    const report = compare(doc(pa, a, values['title-a']), doc(pb, b, values['title-b']), {
      ordered: values.ordered,
      ...(threshold === undefined ? {} : { threshold }),
      ...(language === undefined ? {} : { language }),
      ...(showProgress ? { onProgress: (p: Progress) => bar.update(p) } : {}),
    });
    bar.clear();

    const noColor = (io.env?.NO_COLOR ?? '') !== '';
    const columns = io.columns !== undefined && io.columns > 0 ? io.columns : 80;
    const width = tty ? Math.max(40, Math.min(columns, 120)) : 80;
    write(values.out, render(report, format, tty && !noColor, width), io);

    const found: string[] = [];
    const { contradictions, omissions } = report.summary;
    if (failOn.has('contradiction') && contradictions > 0)
      found.push(`${contradictions} contradiction${contradictions === 1 ? '' : 's'}`);
    const omitted = omissions.a + omissions.b;
    if (failOn.has('omission') && omitted > 0) found.push(`${omitted} omission${omitted === 1 ? '' : 's'}`);
    if (found.length > 0) {
      io.stderr(`corroborate: found ${found.join(' and ')} (--fail-on)\n`);
      return 3;
    }
    return 0;
  } catch (e) {
    bar.clear();
    if (e instanceof UsageError) {
      io.stderr(`corroborate: ${e.message} (see corroborate --help)\n`);
      return 2;
    }
    const message = e instanceof CorroborateError ? `${e.code}: ${e.message}` : String((e as Error).message);
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
    stdin: () => readFileSync(0),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns ?? 80,
    env: process.env,
  });
  process.exitCode = code;
}
