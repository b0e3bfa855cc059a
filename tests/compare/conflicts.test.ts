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

  it('sets an amount against the amount of the same thing, written before it or after', () => {
    const found = contradictions(
      'The ministry signed a $2 billion contract with the firm on Monday.',
      'On Monday the ministry signed a contract worth $3 billion with the firm.',
    );
    expect(found.flatMap((l) => l.cues)).toContain("numbers differ: '2 billion' / '3 billion'");
  });

  it('sets leaving office by choice against being removed from it, and an amount against one a quarter off', () => {
    const found = contradictions(
      'Finance Minister Ana Ruiz resigned on Tuesday over a $2 billion contract.',
      'Ana Ruiz was dismissed as finance minister on Tuesday over a $1.5 billion contract.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.cues).toContain("antonyms: 'resigned' / 'dismissed'");
    expect(found[0]!.cues).toContain("numbers differ: '2 billion' / '1.5 billion'");
    expect(
      contradictions('The coach resigned after the defeat.', 'The coach quit after the defeat.'),
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

describe('compare(): how bad a harm is', () => {
  const severity = (a: string, b: string) =>
    contradictions(a, b).flatMap((l) => l.cues.filter((c) => c.startsWith('severity differs')));

  it('sets a minor harm against a serious one of the same kind', () => {
    expect(
      severity(
        'The driver of the car was taken to hospital with minor injuries.',
        'The driver of the car was seriously injured and taken to hospital.',
      ),
    ).toEqual(["severity differs: 'minor' (low) / 'seriously' (high)"]);
    expect(
      severity(
        'The old bridge was slightly damaged in the storm.',
        'The old bridge was badly damaged in the storm.',
      ),
    ).toHaveLength(1);
  });

  it('not a denied severity, another kind of harm, or a word that qualifies no harm', () => {
    const minor = 'The driver of the car was taken to hospital with minor injuries.';
    expect(
      severity(minor, 'The driver of the car was not seriously injured and was taken to hospital.'),
    ).toEqual([]);
    expect(severity(minor, 'The car of the driver was badly damaged and was taken to a garage.')).toEqual([]);
    expect(
      severity(
        'The minor party raised concerns about the driver.',
        'The party raised serious concerns about the driver.',
      ),
    ).toEqual([]);
  });
});
