/**
 * The founding case: the Washington Post report (a) against the PMO statement (b). Checks every item of
 * tests/fixtures/wapo-vs-pmo/expected.json, a copy of ../shared/seed/expected.json.
 */
import { describe, expect, it } from 'vitest';
import { compare, type Report } from '../../src/index';
import { fixture, valid } from '../helpers';

interface Expected {
  sentences: { a: string[]; b: string[] };
  pairs: { a: string[]; b: string; relation: string[]; anyOfA?: boolean }[];
  onlyInA: string[];
  onlyInB: string[];
  documentStance: { b_towards_a: string };
}

const expected = JSON.parse(fixture('fixtures/wapo-vs-pmo/expected.json')) as Expected;
const textA = fixture('fixtures/wapo-vs-pmo/a.txt');
const textB = fixture('fixtures/wapo-vs-pmo/b.txt');
const report: Report = valid(compare(textA, textB));

/** The one sentence of a side that contains `needle`; fails when there is not exactly one. */
function find(side: 'a' | 'b', needle: string): number {
  const hits = report[side].sentences.filter((s) => s.text.includes(needle));
  expect(hits, `exactly one ${side} sentence contains "${needle}"`).toHaveLength(1);
  return hits[0]!.index;
}

function relationsBetween(i: number, j: number): string[] {
  return report.links.filter((l) => l.a.includes(i) && l.b.includes(j)).map((l) => l.relation);
}

describe('founding case: Washington Post report vs PMO statement', () => {
  it('segments a exactly as expected', () => {
    expect(report.a.sentences.map((s) => s.text)).toEqual(expected.sentences.a);
  });

  it('segments b exactly as expected', () => {
    expect(report.b.sentences.map((s) => s.text)).toEqual(expected.sentences.b);
  });

  it.each(expected.pairs.map((p) => ({ ...p, title: `${p.a.join(' | ')} ~ ${p.b}` })))(
    'links $title as $relation',
    (pair) => {
      const j = find('b', pair.b);
      const found = pair.a.map((needle) => relationsBetween(find('a', needle), j));
      const ok = found.map((rels) => rels.some((r) => pair.relation.includes(r)));
      if (pair.anyOfA) expect(ok.some(Boolean), JSON.stringify(found)).toBe(true);
      else expect(ok.every(Boolean), JSON.stringify(found)).toBe(true);
    },
  );

  it.each(expected.onlyInA)('reports a\'s "%s" as omitted', (needle) => {
    const i = find('a', needle);
    expect(report.omissions.some((o) => o.side === 'a' && o.sentence === i)).toBe(true);
  });

  it.each(expected.onlyInB)('reports b\'s "%s" as omitted', (needle) => {
    const j = find('b', needle);
    expect(report.omissions.some((o) => o.side === 'b' && o.sentence === j)).toBe(true);
  });

  it('finds that b disputes a', () => {
    expect(report.summary.stance).toBe(expected.documentStance.b_towards_a);
  });

  it('explains the contradictions with negation and refutation cues', () => {
    const j = find('b', 'did not have intensive contact');
    const link = report.links.find((l) => l.relation === 'contradiction' && l.b.includes(j));
    const kinds = link?.cues.map((c) => c.kind) ?? [];
    expect(kinds).toContain('negation');
    expect(kinds).toContain('refutation');
    const refutation = link?.cues.find((c) => c.kind === 'refutation' && c.b);
    expect(refutation && textB.slice(...refutation.b!)).toBe('Contrary to the Washington Post report');
  });

  it('never lists a sentence both as linked and as omitted', () => {
    for (const o of report.omissions) {
      expect(report.links.some((l) => l[o.side].includes(o.sentence))).toBe(false);
    }
  });
});
