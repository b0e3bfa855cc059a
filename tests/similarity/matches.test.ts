import { describe, expect, it } from 'vitest';
import { accounts } from '../align/_accounts';
import { addMatches, alignTerms } from '../../src/similarity/index';
import { judge } from '../../src/classify/index';

const { fa, fb } = accounts(
  'The minister did not resign on Monday. Prices rose 3 percent in March. Waltz met Netanyahu.',
  'Netanyahu met Waltz. The minister resigned on Monday. Prices fell 3 percent in April.',
);

describe('term matches on demand', () => {
  it('addMatches lists what alignTerms would have, whatever was aligned in between', () => {
    for (const x of fa)
      for (const y of fb) {
        const full = alignTerms(x, y);
        const bare = alignTerms(x, y, undefined, { matches: false });
        expect(bare.matches).toEqual([]);
        // Another pair aligned in between: the matches are scored again for this one.
        alignTerms(fb[0]!, fa[2]!);
        addMatches(bare, x, y);
        expect(bare).toEqual(full);
      }
  });

  it('judge() without them differs only in the matches of pairs no rule ran for', () => {
    let bare = 0;
    for (const x of fa)
      for (const y of fb) {
        const full = judge(x, y);
        const lean = judge(x, y, undefined, undefined, { matches: false });
        if (lean.alignment.matches.length < full.alignment.matches.length) {
          bare++;
          expect(lean.relation).toBe('unrelated');
          expect(lean.cues).toEqual([]);
          expect({ ...lean, alignment: { ...lean.alignment, matches: full.alignment.matches } }).toEqual(
            full,
          );
        } else expect(lean).toEqual(full);
      }
    expect(bare).toBeGreaterThan(0);
  });
});

describe('names in common', () => {
  /** The first sentence of each text, read as an account. */
  const firsts = (x: string, y: string) => {
    const { fa, fb } = accounts(x, y);
    return [fa[0]!, fb[0]!] as const;
  };
  const shared = (x: string, y: string) => alignTerms(...firsts(x, y)).sharedEntities;
  const entityCues = (x: string, y: string) =>
    judge(...firsts(x, y))
      .cues.filter((c) => c.kind === 'entity')
      .map((c) => c.detail);

  it('are not a word two different names share', () => {
    expect(shared('The United States voted for the plan.', 'The United Nations voted for the plan.')).toEqual(
      [],
    );
    expect(shared('North Korea fired a missile.', 'North Carolina fired a missile.')).toEqual([]);
    expect(shared('Benjamin Netanyahu met Trump.', 'Sara Netanyahu met Trump.')).toEqual(['trump']);
    // An acronym reads as its words: "US" and "UN" share "united" only.
    expect(entityCues('The US envoy met Waltz.', 'The UN envoy met Waltz.')).toEqual([
      "same entity: 'Waltz' / 'Waltz'",
    ]);
  });

  it('are not a word of a longer name that the other sentence writes in lower case', () => {
    expect(
      shared(
        'Wreckage of the missing Nusantara Air flight was found.',
        'The flight lost contact with air traffic control.',
      ),
    ).toEqual([]);
    // Capitalized, at a sentence's start, a word of the name still names it.
    expect(
      shared('National Security Adviser Mike Waltz met Netanyahu.', 'Waltz met the prime minister.'),
    ).toEqual(['waltz']);
  });

  it('count as participants by name, not by word', () => {
    const names = (x: string, y: string) => alignTerms(...firsts(x, y)).sharedNames;
    expect(names('Marek Nowak will take over.', 'Her deputy, Marek Nowak, will serve.')).toBe(1);
    expect(names('Netanyahu met Mike Waltz.', 'Waltz met Benjamin Netanyahu.')).toBe(2);
    expect(names('The United States voted.', 'The United Nations voted.')).toBe(0);
  });

  it('are a name within the other, or the same name written otherwise', () => {
    expect(shared('Netanyahu met Trump.', 'Benjamin Netanyahu met Donald Trump.')).toEqual([
      'netanyahu',
      'trump',
    ]);
    expect(shared('The UN envoy met Waltz.', 'The United Nations envoy met Mike Waltz.')).toEqual([
      'nations',
      'united',
      'waltz',
    ]);
    expect(shared('Benjamin Netanyahu met Trump.', 'Benjamin Netanyahou met Trump.')).toContain('benjamin');
  });
});
