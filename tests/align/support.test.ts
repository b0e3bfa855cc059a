import { describe, expect, it } from 'vitest';
import { accounts } from './_accounts';
import { accountFeatures } from '../../src/features/index';
import { judge } from '../../src/classify/index';
import { claimSupport } from '../../src/align/support';
import { alignAccounts } from '../../src/align/index';
import { compare, segment } from '../../src/index';

const CLAIM = 'Maria Lopez won the Wolf Prize for her research on catalysts.';

/** Long source sentences, each stating one part of CLAIM (or none), so that every pair's similarity is low. */
const SOURCE = [
  'Lopez won the Wolf Prize last spring, an honour she shared with two colleagues from Europe and Japan who were recognised that evening in a ceremony held at the Knesset in Jerusalem before an audience of ministers, diplomats and students.',
  'Accepting the Wolf Prize, Lopez thanked the committee and the students who had spent long nights in the laboratory with her, and said the money would fund scholarships for young women from rural towns who want to study science.',
  'Her research on catalysts changed how refineries across the world reduce emissions, according to several industry reports published recently by agencies in Geneva, Paris and Washington and by independent auditors.',
  'Lopez also plays the violin in a community orchestra.',
  'The orchestra performs every winter.',
].join(' ');

describe('a claim supported by several sentences of its source', () => {
  it.each([
    { name: 'claim as a', a: CLAIM, b: SOURCE, claim: 'a', source: 'b' },
    { name: 'claim as b', a: SOURCE, b: CLAIM, claim: 'b', source: 'a' },
  ] as const)('$name: links the claim to each sentence stating a part of it', ({ a, b, claim, source }) => {
    const { sa, sb, fa, fb } = accounts(a, b);
    const { links, omissions } = alignAccounts(sa, sb, fa, fb, { threshold: 0.15 });
    expect(links).toHaveLength(1);
    expect(links[0]!.relation).toBe('partial');
    expect(links[0]![claim]).toEqual([0]);
    expect(links[0]![source]).toEqual([0, 2]);
    // Same person, another event: sharing a participant is not support.
    expect(omissions).toContainEqual(expect.objectContaining({ side: source, sentence: 3 }));
  });
});

describe('claimSupport', () => {
  const claim = accountFeatures(segment(CLAIM)).features[0]!;
  // Each of these sentences covers about a seventh of the claim (one term in seven) or more; minCover is set below
  // that, so what decides is whether the pair shares an event and not a name alone.
  const FACT = 'Her research on catalysts changed how refineries work.';
  it.each([
    { name: 'states one fact of the claim', sentence: FACT, minCover: 0.1, supports: true },
    { name: 'states too small a part of the claim', sentence: FACT, minCover: 0.5, supports: false },
    {
      name: 'shares only the person',
      sentence: 'Lopez also plays the violin in a community orchestra.',
      minCover: 0.1,
      supports: false,
    },
    {
      name: 'shares one word between other people',
      sentence: 'Ahmed Khan won the chess championship in Delhi.',
      minCover: 0.1,
      supports: false,
    },
    {
      name: 'shares nothing',
      sentence: 'The orchestra performs every winter.',
      minCover: 0,
      supports: false,
    },
  ])('a sentence that $name supports it: $supports', ({ sentence, minCover, supports }) => {
    const other = accountFeatures(segment(sentence)).features[0]!;
    const pairs = [{ a: 0, b: 0, judgment: judge(claim, other) }];
    expect(claimSupport(pairs, 'a', minCover, () => false).has(0)).toBe(supports);
  });

  it('leaves out a supporter that is linked elsewhere', () => {
    const other = accountFeatures(segment(FACT)).features[0]!;
    const pairs = [{ a: 0, b: 0, judgment: judge(claim, other) }];
    expect(claimSupport(pairs, 'a', 0.25, (side, i) => side === 'b' && i === 0).size).toBe(0);
  });
});

describe('a sentence that names and states nothing (a byline, a caption, a heading)', () => {
  const claim = accountFeatures(segment(CLAIM)).features[0]!;
  it.each([
    { name: 'shares a full name', sentence: 'Maria Lopez, Wolf Prize 2019', namesOnly: true, supports: true },
    // The same sentence, if it stated something of its own, could be about another event of the same people.
    {
      name: 'is not taken as names only',
      sentence: 'Maria Lopez, Wolf Prize 2019',
      namesOnly: false,
      supports: false,
    },
    { name: 'shares one name word', sentence: 'Dr. Lopez', namesOnly: true, supports: false },
  ])('supports the claim when it $name: $supports', ({ sentence, namesOnly, supports }) => {
    const other = accountFeatures(segment(sentence)).features[0]!;
    const pairs = [{ a: 0, b: 0, judgment: judge(claim, other) }];
    expect(
      claimSupport(
        pairs,
        'a',
        0.1,
        () => false,
        (side) => side === 'b' && namesOnly,
      ).has(0),
    ).toBe(supports);
  });

  it('joins the link of the claim it names the participants of; a sentence of another event does not', () => {
    const source = [
      'Maria Lopez, Wolf Prize, Technion, Haifa',
      'Her research on catalysts changed how refineries work.',
      'Maria Lopez judged the essays of the students in Haifa last spring.',
    ].join('\n\n');
    const report = compare(CLAIM, source);
    // The byline and the research sentence together state all of the claim but "won": the relation is partial or,
    // counted word by word, agreement (with IDF within each account the six words they share weigh as much as "won").
    expect(report.links.map((l) => [l.a, l.b])).toEqual([[[0], [0, 1]]]);
    expect(['partial', 'agreement']).toContain(report.links[0]!.relation);
  });
});

describe('further supporters of a claim already linked', () => {
  // A claim of several facts; its source states the birthplace twice, the second time in a sentence that covers
  // about a tenth of the claim: less than a link needs alone, enough to support a claim already linked.
  const claim =
    'Maria Lopez, born in Seville, won the Wolf Prize in 2019 for her research on catalysts, which she began at the Technion in Haifa after a decade of teaching chemistry.';
  const source = [
    'Lopez was born in Seville and taught chemistry for a decade.',
    'In Seville, Lopez was born to a family of teachers.',
    'Lopez also plays the violin in an orchestra that tours the villages of Andalusia every summer and gives free concerts for schoolchildren.',
    'The orchestra was founded by a group of retired miners in the nineteen-fifties.',
    'The conductor was born there too and taught music for a decade.',
  ].join('\n\n');

  // Not the violin (only the person in common), nor the conductor (event words in common, but not the person).
  it('joins a sentence that restates one fact of the claim about its participant, and no other', () => {
    const report = compare(claim, source);
    expect(report.links.map((l) => [l.a, l.b, l.relation])).toEqual([[[0], [0, 1], 'partial']]);
  });
});
