/**
 * Report -> plain text for a terminal: the stance and counts, each link with its sentences and the cues that
 * explain it, then the omissions. ANSI colours only when asked for; the caller decides (the CLI asks on a TTY
 * without NO_COLOR). Reads the report only.
 */
import { z } from 'zod';
import { parseOrThrow } from '../errors';
import type { Account, Link, Report } from '../schemas';
import {
  CUE_ORDER,
  SHARED_KINDS,
  accountName,
  languageNote,
  cueMarks,
  diffMarks,
  pieces,
  ref,
  type MarkKind,
  type Side,
} from './_marks';

/** Options of `toText()`. */
export const TextOptionsSchema = z.strictObject({
  /** Colour the output with ANSI escape codes (default: false). */
  color: z.boolean().default(false),
  /** Wrap lines at this many columns; 0 does not wrap (default: 80). */
  width: z.number().int().min(0).default(80),
});
export type TextOptions = z.input<typeof TextOptionsSchema>;

/** SGR parameters: bold red, bold yellow, bold green, bold magenta. */
const RELATION_STYLE: Record<Link['relation'] | 'omission', string> = {
  contradiction: '1;31',
  partial: '1;33',
  agreement: '1;32',
  omission: '1;35',
};
const MARK_STYLE: Record<Side, Record<MarkKind, string>> = {
  a: { evidence: '1;4', hedge: '3', changed: '31' },
  b: { evidence: '1;4', hedge: '3', changed: '32' },
};
const BOLD = '1';
const DIM = '2';

interface Token {
  text: string;
  style?: string | undefined;
}

/**
 * Control characters from the texts would reach the terminal as commands (an ESC starts an escape sequence that
 * can move the cursor or rewrite the title): each becomes U+FFFD. Whitespace is kept for wrapping.
 */
function safe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** A run of non-blank text, possibly in several styles ("report" underlined, then ","). */
type Word = Token[];

const wordLength = (w: Word) => w.reduce((n, t) => n + t.text.length, 0);

/** Splits styled text into words at whitespace, keeping the pieces of a word that change style together. */
function words(tokens: readonly Token[]): Word[] {
  const out: Word[] = [];
  let current: Word = [];
  for (const t of tokens) {
    for (const part of safe(t.text).split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        if (current.length > 0) out.push(current);
        current = [];
      } else current.push({ text: part, style: t.style });
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

class Writer {
  readonly lines: string[] = [];
  constructor(
    private readonly color: boolean,
    private readonly width: number,
  ) {}

  private paint(text: string, style: string | undefined): string {
    return this.color && style ? `\x1b[${style}m${text}\x1b[0m` : text;
  }

  private render(line: readonly Word[]): string {
    const runs: Token[] = [];
    const push = (t: Token) => {
      const last = runs[runs.length - 1];
      if (last && last.style === t.style) last.text += t.text;
      else runs.push({ ...t });
    };
    line.forEach((word, k) => {
      if (k > 0) {
        // A space between two words of one style takes that style, so that an underline runs on.
        const before = line[k - 1]![line[k - 1]!.length - 1]?.style;
        push({ text: ' ', style: before === word[0]?.style ? before : undefined });
      }
      word.forEach(push);
    });
    return runs.map((t) => this.paint(t.text, t.style)).join('');
  }

  /** Writes tokens after `lead`, wrapping with later lines indented to the width of `lead`. */
  para(lead: readonly Token[], body: readonly Token[]): void {
    const indent = lead.reduce((n, t) => n + t.text.length, 0);
    const head = lead.map((t) => this.paint(t.text, t.style)).join('');
    const all = words(body);
    if (this.width === 0) {
      this.lines.push(head + this.render(all));
      return;
    }
    let line: Word[] = [];
    let used = indent;
    let first = true;
    const flush = () => {
      this.lines.push((first ? head : ' '.repeat(indent)) + this.render(line));
      first = false;
      line = [];
      used = indent;
    };
    for (const w of all) {
      const need = (line.length > 0 ? 1 : 0) + wordLength(w);
      if (line.length > 0 && used + need > this.width) flush();
      used += (line.length > 0 ? 1 : 0) + wordLength(w);
      line.push(w);
    }
    if (line.length > 0 || first) flush();
  }

  line(tokens: readonly Token[] = []): void {
    this.lines.push(tokens.map((t) => this.paint(t.text, t.style)).join(''));
  }
}

function sentenceTokens(account: Account, side: Side, index: number, link?: Link): Token[] {
  const s = account.sentences[index];
  if (!s) return [];
  const marks = link ? [...cueMarks([link], side, s), ...diffMarks(link.diff, side, s)] : [];
  return pieces(s.text, marks).map((p) => {
    const kind: MarkKind | undefined = p.kinds.has('evidence')
      ? 'evidence'
      : p.kinds.has('changed')
        ? 'changed'
        : p.kinds.has('hedge')
          ? 'hedge'
          : undefined;
    return { text: p.text, style: kind ? MARK_STYLE[side][kind] : undefined };
  });
}

function why(link: Link): string {
  const details = [
    ...new Set(
      [...link.cues]
        .filter((c) => !SHARED_KINDS.has(c.kind))
        .sort((x, y) => CUE_ORDER.indexOf(x.kind) - CUE_ORDER.indexOf(y.kind))
        .map((c) => c.detail),
    ),
  ];
  const shared = new Set(link.cues.filter((c) => SHARED_KINDS.has(c.kind)).map((c) => c.detail)).size;
  if (shared > 0)
    details.push(`${shared} shared name${shared === 1 ? '' : 's'} or word${shared === 1 ? '' : 's'}`);
  return details.join('; ');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Renders a report for a terminal: the stance and counts, then each contradiction, partial match and agreement
 * with its sentences (evidence underlined, differing words coloured) and the cues that explain it, then what only
 * one account says. Plain text unless `color` is set; lines wrap at `width`.
 *
 * @example
 * process.stdout.write(toText(compare(a, b), { color: process.stdout.isTTY === true, width: 100 }));
 */
export function toText(report: Report, options?: TextOptions): string {
  const opts = parseOrThrow(TextOptionsSchema, options ?? {}, 'E_INVALID_OPTIONS', 'text options');
  const w = new Writer(opts.color, opts.width);
  const { a, b, summary } = report;
  w.para(
    [{ text: 'A  ', style: BOLD }],
    [{ text: accountName(a) }, { text: ` (${plural(a.sentences.length, 'sentence')})`, style: DIM }],
  );
  w.para(
    [{ text: 'B  ', style: BOLD }],
    [{ text: accountName(b) }, { text: ` (${plural(b.sentences.length, 'sentence')})`, style: DIM }],
  );
  const language = languageNote(report);
  if (language !== undefined) w.para([], [{ text: `Both accounts read as ${language}.`, style: DIM }]);
  w.line();
  w.para(
    [],
    [
      { text: 'Stance: B ' },
      { text: summary.stance, style: BOLD },
      {
        text:
          ` A (confidence ${summary.confidence.toFixed(2)}` +
          (summary.topic === undefined
            ? ')'
            : `; B mentions ${Math.round(100 * summary.topic)}% of A's subject)`),
      },
    ],
  );
  w.para(
    [],
    [
      {
        text: plural(summary.contradictions, 'contradiction') + ', ',
        style: summary.contradictions > 0 ? RELATION_STYLE.contradiction : undefined,
      },
      { text: plural(summary.partials, 'partial match', 'partial matches') + ', ' },
      { text: plural(summary.agreements, 'agreement') + '; ' },
      { text: `${summary.omissions.a} only in A, ${summary.omissions.b} only in B` },
    ],
  );
  const order: Link['relation'][] = ['contradiction', 'partial', 'agreement'];
  for (const relation of order) {
    for (const link of report.links.filter((l) => l.relation === relation)) {
      const as = [...new Set(link.a)].sort((x, y) => x - y);
      const bs = [...new Set(link.b)].sort((x, y) => x - y);
      w.line();
      w.para(
        [{ text: relation.toUpperCase(), style: RELATION_STYLE[relation] }, { text: '  ' }],
        [
          { text: `${as.map((i) => ref('a', i)).join(', ')} <-> ${bs.map((j) => ref('b', j)).join(', ')} ` },
          { text: `(similarity ${link.similarity.toFixed(2)})`, style: DIM },
        ],
      );
      for (const [side, list] of [
        ['a', as],
        ['b', bs],
      ] as const) {
        for (const i of list) {
          const label = ref(side, i);
          w.para(
            [{ text: `  ${label}${' '.repeat(Math.max(1, 5 - label.length))}`, style: BOLD }],
            sentenceTokens(report[side], side, i, link),
          );
        }
      }
      const reason = why(link);
      if (reason) w.para([{ text: '  why: ', style: DIM }], [{ text: reason, style: DIM }]);
    }
  }
  for (const side of ['a', 'b'] as const) {
    const omitted = report.omissions.filter((o) => o.side === side);
    if (omitted.length === 0) continue;
    w.line();
    w.line([
      { text: `ONLY IN ${side.toUpperCase()}`, style: RELATION_STYLE.omission },
      { text: ` (${omitted.length}), most salient first` },
    ]);
    for (const o of omitted) {
      const label = ref(side, o.sentence);
      w.para(
        [{ text: `  ${label}${' '.repeat(Math.max(1, 5 - label.length))}`, style: BOLD }],
        [
          ...sentenceTokens(report[side], side, o.sentence),
          { text: ` (salience ${o.salience.toFixed(2)})`, style: DIM },
        ],
      );
    }
  }
  return `${w.lines.join('\n')}\n`;
}
