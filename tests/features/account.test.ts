import { describe, expect, it } from 'vitest';
import { accountFeatures, readAccount, withOtherTitles } from '../../src/features/index';
import { segment } from '../../src/segment/index';
import { textA, textB } from '../founding';

/** Re-reading only the sentences that missed a title must give what re-reading the whole account gives. */
describe('withOtherTitles', () => {
  const cases = [
    {
      name: 'a statement that uses a title its report ties to a name',
      a: 'National Security Adviser Michael Waltz was dismissed. Prime Minister Netanyahu spoke to him.',
      b: 'The former National Security Advisor called. The PM denied it. The Prime Minister left.',
    },
    {
      name: 'titles learned after their first use',
      a: 'The Secretary of State spoke. Secretary of State Marco Rubio left. The Secretary of State returned.',
      b: 'Secretary of State Rubio met the PM. Prime Minister Netanyahu said so.',
    },
    {
      name: 'titles in lower case',
      a: 'German Chancellor Friedrich Merz met Macron. The chancellor left.',
      b: 'The German chancellor is due in Warsaw. The prime minister stayed home.',
    },
    { name: 'the founding case', a: textA, b: textB },
  ];
  it.each(cases)('$name', ({ a, b }) => {
    const sa = segment(a);
    const sb = segment(b);
    const ownA = readAccount(sa);
    const ownB = readAccount(sb);
    expect(ownA.features).toEqual(accountFeatures(sa).features);
    expect(ownA.titles).toEqual(accountFeatures(sa).titles);
    for (const [s, own, other] of [
      [sa, ownA, ownB],
      [sb, ownB, ownA],
    ] as const) {
      const missing = [...other.titles.keys()].some((k) => !own.titles.has(k));
      const whole = missing ? accountFeatures(s, other.titles) : own;
      expect(withOtherTitles(s, own, other.titles)).toEqual(whole.features);
    }
  });

  it('re-reads a sentence whose title the other account names', () => {
    const sa = segment('National Security Adviser Michael Waltz was dismissed.');
    const sb = segment('The former National Security Advisor called.');
    const ownB = readAccount(sb);
    expect(ownB.misses.map((m) => m.keys)).toEqual([['national security adviser']]);
    const fb = withOtherTitles(sb, ownB, readAccount(sa).titles);
    expect(fb[0]!.terms.map((t) => t.key)).toContain('waltz');
    expect(ownB.features[0]!.terms.map((t) => t.key)).not.toContain('waltz');
  });

  it('re-reads a sentence whose title in lower case the other account names', () => {
    const sa = segment('German Chancellor Friedrich Merz met Macron.');
    const sb = segment('The German chancellor is due in Warsaw.');
    const fb = withOtherTitles(sb, readAccount(sb), readAccount(sa).titles);
    expect(fb[0]!.terms.map((t) => t.key)).toContain('merz');
  });
});
