import type { Account, Cue, Link, Report } from '../schemas';
import { CUE_ORDER, languageNote } from './_marks';

const LABEL: Record<Link['relation'], string> = {
  agreement: 'Agreement',
  partial: 'Partial',
  contradiction: 'Contradiction',
};

/** Escapes text for a GitHub-flavored Markdown table cell or paragraph. */
function md(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function name(account: Account): string {
  return account.title ?? account.id;
}

function sentences(account: Account, indices: readonly number[]): string {
  return indices.map((i) => `${i + 1}. ${md(account.sentences[i]?.text ?? '')}`).join('<br>');
}

function cueList(cues: readonly Cue[]): string {
  const details = [
    ...new Set(
      [...cues].sort((x, y) => CUE_ORDER.indexOf(x.kind) - CUE_ORDER.indexOf(y.kind)).map((c) => c.detail),
    ),
  ];
  const shown = details.slice(0, 4);
  const rest = details.length - shown.length;
  const text = shown.map(md).join('; ');
  return rest > 0 ? `${text}; +${rest} more` : text;
}

/**
 * Renders a report as GitHub-flavored Markdown: a summary line, then contradictions, agreements and partials as
 * tables with their cues, then each side's omissions by salience. Readable raw and rendered.
 *
 * @example
 * console.log(toMarkdown(compare(a, b)));
 */
export function toMarkdown(report: Report): string {
  const { a, b, summary } = report;
  const out: string[] = [];
  out.push(`# ${md(name(a))} vs ${md(name(b))}`, '');
  const language = languageNote(report);
  if (language !== undefined) out.push(`Both accounts read as ${md(language)}.`, '');
  out.push(
    `**Stance of ${md(name(b))} towards ${md(name(a))}: ${summary.stance}** (confidence ${summary.confidence.toFixed(2)})`,
    '',
  );
  out.push('| | count |', '|---|---:|');
  out.push(`| Contradictions | ${summary.contradictions} |`);
  out.push(`| Agreements | ${summary.agreements} |`);
  out.push(`| Partial matches | ${summary.partials} |`);
  out.push(`| Only in ${md(name(a))} | ${summary.omissions.a} |`);
  out.push(`| Only in ${md(name(b))} | ${summary.omissions.b} |`);
  if (summary.topic !== undefined) {
    out.push(
      `| Share of ${md(name(a))}'s subject that ${md(name(b))} mentions | ${Math.round(100 * summary.topic)}% |`,
    );
  }
  out.push('');
  for (const relation of ['contradiction', 'agreement', 'partial'] as const) {
    const links = report.links.filter((l) => l.relation === relation);
    if (links.length === 0) continue;
    out.push(`## ${LABEL[relation]}s (${links.length})`, '');
    out.push(`| ${md(name(a))} | ${md(name(b))} | similarity | why |`, '|---|---|---:|---|');
    for (const l of links) {
      out.push(
        `| ${sentences(a, l.a)} | ${sentences(b, l.b)} | ${l.similarity.toFixed(2)} | ${cueList(l.cues)} |`,
      );
    }
    out.push('');
  }
  for (const side of ['a', 'b'] as const) {
    const account = report[side];
    const omitted = report.omissions.filter((o) => o.side === side);
    if (omitted.length === 0) continue;
    out.push(`## Only in ${md(name(account))} (${omitted.length}), most salient first`, '');
    for (const o of omitted) {
      out.push(`- ${md(account.sentences[o.sentence]?.text ?? '')} _(salience ${o.salience.toFixed(2)})_`);
    }
    out.push('');
  }
  return out.join('\n');
}
