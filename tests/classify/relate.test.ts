import { describe, expect, it } from 'vitest';
import { compare, relate, similarity } from '../../src/index';

describe('relate', () => {
  it.each([
    {
      a: 'Netanyahu met Waltz in February.',
      b: 'Netanyahu did not meet Waltz in February.',
      relation: 'contradiction',
      cue: 'negation',
    },
    {
      // An antonym alone no longer decides (SICK train: 10 contradictions, 124 neutral among aligned pairs with a
      // WordNet antonym); a denied predicate does.
      a: 'The minister accepted the proposal.',
      b: 'The minister did not accept the proposal.',
      relation: 'contradiction',
      cue: 'negation',
    },
    {
      a: 'Twelve people died in the fire on Monday.',
      b: 'Thirty people died in the fire on Monday.',
      relation: 'contradiction',
      cue: 'number',
    },
    {
      a: 'The summit was held in February in Geneva.',
      b: 'The summit was held in March in Geneva.',
      relation: 'contradiction',
      cue: 'date',
    },
    {
      a: 'Trump dismissed his national security adviser.',
      b: 'Trump fired his national security adviser.',
      relation: 'agreement',
      cue: 'overlap',
    },
    {
      // a entails b (the direction SICK and RTE label).
      a: 'A man is playing a guitar on stage in Paris with his band.',
      b: 'A man is playing a guitar.',
      relation: 'agreement',
      cue: 'overlap',
    },
    {
      a: 'The cat sat on the mat.',
      b: 'Parliament passed the budget on Tuesday.',
      relation: 'unrelated',
      cue: undefined,
    },
  ])('$a ~ $b: $relation', ({ a, b, relation, cue }) => {
    const r = relate(a, b);
    expect(r.relation).toBe(relation);
    if (cue) expect(r.cues.map((c) => c.kind)).toContain(cue);
    for (const c of r.cues) {
      if (c.a) expect(c.a[1]).toBeLessThanOrEqual(a.length);
      if (c.b) expect(c.b[1]).toBeLessThanOrEqual(b.length);
    }
  });

  it.each([
    // A word put before the denial falls outside its scope: the same denial in another word order.
    {
      a: 'The minister did not approve the plan on Tuesday.',
      b: 'On Tuesday, the minister did not approve the plan.',
      relation: 'agreement',
    },
    { a: 'Nobody was hurt in the crash.', b: 'In the crash, nobody was hurt.', relation: 'agreement' },
    // After the other's denial, in a clause of its own, a word is still asserted by one and denied by the other.
    {
      a: 'He did not go to Paris and Rome.',
      b: 'He did not go to Paris but went to Rome.',
      relation: 'contradiction',
    },
    // A negative implicative before "to" and a verb denies the verb; before "to" and a number it is a verb of its own.
    { a: 'The minister resigned.', b: 'The minister refused to resign.', relation: 'contradiction' },
    {
      a: 'The minister failed to win a majority.',
      b: 'The minister won a majority.',
      relation: 'contradiction',
    },
    { a: 'Prices declined to 5 dollars.', b: 'Prices fell to 5 dollars.', relation: 'agreement' },
    // A report is no claim of its own, unless a verb of denial takes it as its object.
    {
      a: 'The minister denied the report.',
      b: 'The minister confirmed the report.',
      relation: 'contradiction',
    },
    // Opposites WordNet lacks (src/lexicon/antonyms-en.ts), beside a word both sentences hold.
    {
      a: 'The EU imposed sanctions on Russia.',
      b: 'The EU lifted sanctions on Russia.',
      relation: 'contradiction',
    },
    {
      a: 'The president will attend the summit.',
      b: 'The president will skip the summit.',
      relation: 'contradiction',
    },
    // A tally written with a dash or with "to".
    {
      a: 'The Senate voted 52-48 to confirm the nominee.',
      b: 'The Senate confirmed the nominee by 51 to 49.',
      relation: 'contradiction',
    },
    {
      a: 'The Senate voted 52-48 to confirm the nominee.',
      b: 'The Senate confirmed the nominee by 52 to 48.',
      relation: 'agreement',
    },
    // Shares in percent, written either way.
    {
      a: 'Unemployment rose 5 percent in May.',
      b: 'Unemployment rose 7% in May.',
      relation: 'contradiction',
    },
    { a: 'Unemployment rose 5 percent in May.', b: 'Unemployment rose 5% in May.', relation: 'agreement' },
    // Another day of the same month.
    {
      a: 'The meeting took place on Feb. 3.',
      b: 'The meeting took place on February 4.',
      relation: 'contradiction',
    },
    {
      a: 'The meeting took place on Feb. 3.',
      b: 'The meeting took place on February 3.',
      relation: 'agreement',
    },
  ])(
    'word order around a denial, implicatives, opposites, tallies, shares and dates: $a ~ $b: $relation',
    ({ a, b, relation }) => {
      expect(compare(a, b).links.map((l) => l.relation)).toEqual([relation]);
    },
  );

  it('points its negation cue at the words, with offsets into both texts', () => {
    const a = 'Waltz worked with Netanyahu on Iran.';
    const b = 'Netanyahu did not work with Waltz on Iran.';
    const cue = relate(a, b).cues.find((c) => c.kind === 'negation');
    expect(cue?.b && b.slice(...cue.b)).toMatch(/^did not /);
    expect(cue?.a && a.slice(...cue.a)).toMatch(/^(Waltz|Netanyahu|Iran|worked)$/);
  });

  it('does not read a refusal to confirm a claim as its denial', () => {
    const claim = 'Skyvale Airways is buying Northwind Air.';
    expect(
      relate(claim, 'Skyvale Airways would not confirm that it is buying Northwind Air.').relation,
    ).not.toBe('contradiction');
    expect(relate(claim, 'Skyvale Airways is not buying Northwind Air.').relation).toBe('contradiction');
  });

  it('keeps hedges as cues without treating them as negation', () => {
    const r = relate('Waltz allegedly worked with Netanyahu.', 'Waltz worked with Netanyahu.');
    expect(r.relation).toBe('agreement');
    expect(r.cues.map((c) => c.kind)).toContain('hedge');
  });

  it('scores identical sentences 1 and disjoint ones 0', () => {
    expect(similarity('Trump met Netanyahu.', 'Trump met Netanyahu.')).toBe(1);
    expect(similarity('Trump met Netanyahu.', 'Bananas are yellow.')).toBe(0);
  });
});
