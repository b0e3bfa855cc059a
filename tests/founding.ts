/**
 * The founding case's expectations (tests/fixtures/wapo-vs-pmo/expected.json) as checks over a report, shared by
 * the golden test and bench/align. A sentence is named by a substring; in an account with repeats, the substring
 * may name one group of repeated sentences.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Report } from '../src/index';

export interface Expected {
  sentences: { a: string[]; b: string[] };
  pairs: { a: string[]; b: string; relation: string[]; anyOfA?: boolean }[];
  onlyInA: string[];
  onlyInB: string[];
  documentStance: { b_towards_a: string };
}

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

export const expected = JSON.parse(read('fixtures/wapo-vs-pmo/expected.json')) as Expected;
export const textA = read('fixtures/wapo-vs-pmo/a.txt');
export const textB = read('fixtures/wapo-vs-pmo/b.txt');
/** The PMO's side of seed-article.txt: every line that is not a line of the Washington Post report. */
export const seedB = (() => {
  const reportLines = new Set(textA.split('\n').map((l) => l.trim()));
  return read('../examples/data/seed-article.txt')
    .split('\n')
    .filter((l) => !reportLines.has(l.trim()))
    .join('\n');
})();

/** The sentences of a side containing `needle`, or an error when they are not one sentence or one group. */
export function find(report: Report, side: 'a' | 'b', needle: string): number[] {
  const hits = report[side].sentences.filter((s) => s.text.includes(needle)).map((s) => s.index);
  const leaderOf = (i: number) => report.duplicates.find((d) => d.side === side && d.sentence === i)?.of ?? i;
  if (hits.length === 0) throw new Error(`no ${side} sentence contains "${needle}"`);
  if (new Set(hits.map(leaderOf)).size !== 1) throw new Error(`"${needle}" is in several ${side} sentences`);
  return hits;
}

export function relationsBetween(report: Report, as: number[], bs: number[]): string[] {
  return report.links
    .filter((l) => as.some((i) => l.a.includes(i)) && bs.some((j) => l.b.includes(j)))
    .map((l) => l.relation);
}

/** One check per expected item: its name and whether the report satisfies it. */
export function foundingChecks(report: Report, b: string): { name: string; ok: () => boolean }[] {
  const checks: { name: string; ok: () => boolean }[] = [];
  checks.push({
    name: 'a segmented as expected',
    ok: () => JSON.stringify(report.a.sentences.map((s) => s.text)) === JSON.stringify(expected.sentences.a),
  });
  if (b === textB) {
    checks.push({
      name: 'b segmented as expected',
      ok: () =>
        JSON.stringify(report.b.sentences.map((s) => s.text)) === JSON.stringify(expected.sentences.b),
    });
  }
  for (const pair of expected.pairs) {
    checks.push({
      name: `${pair.a.join(' | ')} ~ ${pair.b} as ${pair.relation.join('/')}`,
      ok: () => {
        const bs = find(report, 'b', pair.b);
        const ok = pair.a.map((needle) =>
          relationsBetween(report, find(report, 'a', needle), bs).some((r) => pair.relation.includes(r)),
        );
        return pair.anyOfA ? ok.some(Boolean) : ok.every(Boolean);
      },
    });
  }
  for (const [side, needles] of [
    ['a', expected.onlyInA],
    ['b', expected.onlyInB],
  ] as const) {
    for (const needle of needles) {
      checks.push({
        name: `${side}'s "${needle}" omitted`,
        ok: () => {
          const [leader] = find(report, side, needle);
          return report.omissions.some((o) => o.side === side && o.sentence === leader);
        },
      });
    }
  }
  checks.push({
    name: 'stance disputes',
    ok: () => report.summary.stance === expected.documentStance.b_towards_a,
  });
  return checks;
}
