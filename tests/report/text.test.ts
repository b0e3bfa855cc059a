import { describe, expect, it } from 'vitest';
import { compare, CorroborateError, toText } from '../../src/index';
import { fixture, valid } from '../helpers';

const founding = valid(
  compare(
    { id: 'wapo', title: 'Washington Post report', text: fixture('fixtures/wapo-vs-pmo/a.txt') },
    { id: 'pmo', title: 'PMO statement', text: fixture('fixtures/wapo-vs-pmo/b.txt') },
  ),
);
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const plain = toText(founding);
const coloured = toText(founding, { color: true });

describe('toText', () => {
  it('names both accounts, the stance and the counts', () => {
    const { summary } = founding;
    expect(plain).toMatch(
      /^A {2}Washington Post report \(\d+ sentences\)\nB {2}PMO statement \(\d+ sentences\)\n/,
    );
    expect(plain).toContain(`Stance: B ${summary.stance} A`);
    expect(plain).toContain(`${summary.contradictions} contradictions`);
    expect(plain).toContain(`${summary.omissions.a} only in A, ${summary.omissions.b} only in B`);
  });

  it('lists every link with its relation, its sentences and why', () => {
    const headings =
      plain.match(/^(CONTRADICTION|PARTIAL|AGREEMENT) {2}A\d+(, A\d+)* <-> B\d+(, B\d+)*/gm) ?? [];
    expect(headings).toHaveLength(founding.links.length);
    expect(plain).toContain("refutes: 'Contrary to the Washington Post report'");
    expect(plain).toMatch(/^ {2}why: /m);
  });

  it('lists the omissions, most salient first', () => {
    expect(plain).toContain(`ONLY IN A (${founding.summary.omissions.a}), most salient first`);
    const first = founding.omissions.find((o) => o.side === 'a')!;
    const line = plain
      .split('\n')
      .find((l) => /^ {2}A\d+ /.test(l) && plain.indexOf(l) > plain.indexOf('ONLY IN A'));
    expect(line).toMatch(new RegExp(`^  A${first.sentence + 1} `));
  });

  it.each([
    { name: 'no colour by default', text: plain, ansi: false },
    { name: 'colour when asked', text: coloured, ansi: true },
    { name: 'no colour when color: false', text: toText(founding, { color: false }), ansi: false },
  ])('$name', ({ text, ansi }) => {
    expect(ANSI.test(text)).toBe(ansi);
    ANSI.lastIndex = 0;
  });

  it('says the same with and without colour', () => {
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });

  it.each([40, 60, 80, 120])('wraps at %i columns', (width) => {
    const lines = toText(founding, { width }).split('\n');
    const long = lines.filter((l) => l.length > width && / \S+ /.test(l.trim()));
    expect(long).toEqual([]);
    expect(Math.max(...lines.map((l) => l.length))).toBeGreaterThan(width * 0.8);
  });

  it('does not wrap with width 0', () => {
    const longest = Math.max(...founding.a.sentences.map((s) => s.text.length));
    expect(
      Math.max(
        ...toText(founding, { width: 0 })
          .split('\n')
          .map((l) => l.length),
      ),
    ).toBeGreaterThan(longest);
  });

  it('keeps control characters from the texts off the terminal', () => {
    const r = valid(
      compare('Waltz met \x1b]0;owned\x07 Netanyahu \x1b[2J today.', 'Waltz did not meet Netanyahu.'),
    );
    const out = toText(r, { color: true }).replace(ANSI, '');
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(out).toContain('\uFFFD]0;owned\uFFFD');
  });

  it('renders empty accounts', () => {
    expect(toText(valid(compare('', '')))).toContain('Stance: B unrelated A');
  });

  it.each([{ width: -1 }, { color: 'yes' }, { colour: true }])('rejects options %o', (options) => {
    expect(() => toText(founding, options as never)).toThrow(CorroborateError);
  });
});
