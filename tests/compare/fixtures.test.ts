/**
 * Golden fixtures beyond the founding case (tests/fixtures/<case>/{a.txt, b.txt, expected.json}): news-like accounts
 * written for these tests, each with the links, omissions and stance a reader would expect. A sentence is named by a
 * substring that occurs in one sentence of its account.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compare, type Report } from '../../src/index';
import { valid } from '../helpers';

interface Expected {
  links: { a: string; b: string; relation: string[] }[];
  omissions: { side: 'a' | 'b'; sentence: string }[];
  stance: string[];
}

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const cases = readdirSync(dir).filter((name) => name !== 'wapo-vs-pmo');
const read = (name: string, file: string) => readFileSync(`${dir}${name}/${file}`, 'utf8');

/** The one sentence of an account that holds `text`. */
function sentenceOf(report: Report, side: 'a' | 'b', text: string): number {
  const found = report[side].sentences.filter((s) => s.text.includes(text));
  expect(
    found.map((s) => s.text),
    `one sentence of ${side} holds '${text}'`,
  ).toHaveLength(1);
  return found[0]!.index;
}

describe.each(cases)('golden fixture %s', (name) => {
  const expected = JSON.parse(read(name, 'expected.json')) as Expected;
  const report = valid(compare(read(name, 'a.txt'), read(name, 'b.txt')));

  it.each(expected.links)('links "$a" and "$b" as $relation', ({ a, b, relation }) => {
    const i = sentenceOf(report, 'a', a);
    const j = sentenceOf(report, 'b', b);
    const link = report.links.find(
      (l) => l.a.includes(i) && l.b.includes(j) && relation.includes(l.relation),
    );
    expect(
      link,
      JSON.stringify(report.links.filter((l) => l.a.includes(i) || l.b.includes(j))),
    ).toBeDefined();
  });

  it('lists the omissions', () => {
    for (const o of expected.omissions) {
      const k = sentenceOf(report, o.side, o.sentence);
      expect(
        report.omissions.some((x) => x.side === o.side && x.sentence === k),
        o.sentence,
      ).toBe(true);
    }
  });

  it(`gives b's stance as one of ${expected.stance.join(', ')}`, () => {
    expect(expected.stance).toContain(report.summary.stance);
  });
});
