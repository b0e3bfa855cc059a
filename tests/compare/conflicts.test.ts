import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index';
import { valid } from '../helpers';

const contradictions = (a: string, b: string) =>
  valid(compare(a, b))
    .links.filter((l) => l.relation === 'contradiction')
    .map((l) => ({ a: l.a, b: l.b, cues: l.cues.filter((c) => c.kind !== 'overlap').map((c) => c.detail) }));

describe('compare(): conflicts that share few words', () => {
  it('sets counts of the hurt against each other however little else two sentences share', () => {
    const a =
      'A magnitude 6.8 earthquake struck central Morocco late on Friday, killing at least 820 people and injuring ' +
      '672, the interior ministry said.';
    const b = 'The interior ministry said 1,037 people had died and 1,204 were injured.';
    const found = contradictions(a, b);
    expect(found).toHaveLength(1);
    expect(found[0]!.cues).toContain("numbers differ: '672' / '1,204'");
    // Counts that agree ("at least 820" and "1,037" dead, and the same hurt) are no conflict.
    expect(
      contradictions(a, 'The interior ministry said 1,037 people had died and 672 were injured.'),
    ).toEqual([]);
  });

  it('reads a clause that ends in "not" as denying what the clause before it said of its subject', () => {
    const found = contradictions(
      "The old city's walls were damaged, but the Koutoubia mosque was not.",
      "The Koutoubia mosque, the city's best-known landmark, was badly damaged, witnesses said.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.cues[0]).toBe(
      "negation: 'was not' in a denies 'the Koutoubia mosque', which b asserts ('Koutoubia')",
    );
    expect(
      contradictions(
        "The old city's walls were damaged, and so was the Koutoubia mosque.",
        "The Koutoubia mosque, the city's best-known landmark, was badly damaged, witnesses said.",
      ),
    ).toEqual([]);
  });
});
