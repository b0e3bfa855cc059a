/**
 * The founding case: the Washington Post report (a) against the PMO statement (b). Checks every item of
 * tests/fixtures/wapo-vs-pmo/expected.json, a copy of ../shared/seed/expected.json: with b as the statement alone,
 * and with b as the statement as seed-article.txt carries it (quoted, then repeated as the embedded post).
 */
import { describe, expect, it } from 'vitest';
import { compare, type Report } from '../../src/index';
import { expected, find, foundingChecks, seedB, textA, textB } from '../founding';
import { valid } from '../helpers';

describe.each([
  { variant: 'the PMO statement', b: textB },
  { variant: 'the PMO side of seed-article.txt, with its repeats', b: seedB },
])('founding case: Washington Post report vs $variant', ({ b }) => {
  const report: Report = valid(compare(textA, b));

  it.each(foundingChecks(report, b))('$name', ({ ok }) => {
    expect(ok()).toBe(true);
  });

  it('has a check for every expected pair and omission', () => {
    const items = expected.pairs.length + expected.onlyInA.length + expected.onlyInB.length;
    expect(foundingChecks(report, b).length).toBe(items + (b === textB ? 3 : 2));
  });

  it('explains the contradictions with negation and refutation cues', () => {
    const bs = find(report, 'b', 'did not have intensive contact');
    const link = report.links.find((l) => l.relation === 'contradiction' && bs.some((j) => l.b.includes(j)));
    const kinds = link?.cues.map((c) => c.kind) ?? [];
    expect(kinds).toContain('negation');
    expect(kinds).toContain('refutation');
    const refutation = link?.cues.find((c) => c.kind === 'refutation' && c.b);
    expect(refutation && b.slice(...refutation.b!)).toBe('Contrary to the Washington Post report');
  });

  it('never lists a sentence both as linked and as omitted', () => {
    for (const o of report.omissions) {
      expect(report.links.some((l) => l[o.side].includes(o.sentence))).toBe(false);
    }
  });
});
