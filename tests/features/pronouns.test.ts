import { describe, expect, it } from 'vitest';
import { accountFeatures, readAccount } from '../../src/features/index';
import { compare, segment } from '../../src/index';

/** The name words a sentence's pronouns were resolved to: entity terms whose span is a pronoun. */
function resolved(text: string): string[][] {
  const sentences = segment(text);
  return accountFeatures(sentences).features.map((f) =>
    f.terms
      .filter((t) => t.entity && /^(he|him|his|she|her|hers)$/i.test(text.slice(t.span[0], t.span[1])))
      .map((t) => t.key),
  );
}

describe('subject pronouns resolved to the subject they continue', () => {
  it.each([
    {
      name: 'a sentence-initial pronoun after a named subject',
      text: 'Brian Pendleton played the guitar. He was born in Durham.',
      expected: [[], ['brian', 'pendleton']],
    },
    {
      name: 'a pronoun after a fronted phrase and its comma',
      text: 'Maria Lopez moved to Madrid. In 1991, she joined the faculty.',
      expected: [[], ['maria', 'lopez']],
    },
    {
      name: 'a chain of pronouns, through a sentence that names no one',
      text: 'Maria Lopez moved to Madrid. She taught chemistry. The work was hard. Her students stayed.',
      expected: [[], ['maria', 'lopez'], [], ['maria', 'lopez']],
    },
    {
      name: 'a subject after a date',
      text: 'In 1963, Pendleton joined the band. He played rhythm guitar.',
      expected: [[], ['pendleton']],
    },
    // Negative cases: no antecedent, an ambiguous one, or one the text has moved away from.
    { name: 'no antecedent yet', text: 'He was born in Durham. Pendleton left.', expected: [[], []] },
    {
      name: 'a coordinated subject',
      text: 'Smith and Jones met in Paris. He resigned.',
      expected: [[], []],
    },
    {
      name: 'a pronoun of the other gender than the ones before',
      text: 'Maria Lopez met her deputy. She praised him. He resigned.',
      expected: [[], ['maria', 'lopez'], []],
    },
    {
      name: 'a sentence that names someone else and realizes no referent',
      text: 'Smith arrived early. Police questioned Jones at the station. He denied everything.',
      expected: [[], [], []],
    },
    {
      name: 'a pronoun that is not the subject of its sentence',
      text: 'Smith arrived early. The officer said he fired twice.',
      expected: [[], []],
    },
    {
      name: 'a pronoun inside the clause after a fronted phrase',
      text: 'Smith arrived early. At noon, the officer said he fired twice.',
      expected: [[], []],
    },
  ])('$name', ({ text, expected }) => {
    expect(resolved(text)).toEqual(expected);
  });

  it('resolves alike when an account is read for compare() and when it is read on its own', () => {
    const sentences = segment('The PM spoke. Prime Minister Netanyahu left. He returned. The PM smiled.');
    expect(readAccount(sentences).features).toEqual(accountFeatures(sentences).features);
  });
});

describe('compare() with pronouns resolved', () => {
  // The source's last sentence shares one word with the claim; a claim's supporter needs a participant in common
  // too (one word may be shared by different people), which only its pronoun can give it.
  const claim = 'Lopez resigned after a long vote on pensions.';
  const linkedB = (b: string) => compare(claim, b).links.flatMap((l) => l.b);

  it('links a source sentence that names the claim’s subject only by a pronoun', () => {
    const source =
      'Maria Lopez chaired the committee for ten years. The members met every week. She resigned in March.';
    expect(linkedB(source)).toEqual([2]);
  });

  it.each([
    {
      name: 'whose antecedent is ambiguous',
      source:
        'Smith and Lopez chaired the committee for ten years. The members met every week. He resigned in March.',
    },
    {
      name: 'whose antecedent is of the other gender',
      source: 'Maria Lopez chaired the committee with her deputy. She praised him. He resigned in March.',
    },
    { name: 'with no antecedent', source: 'He resigned in March. Maria Lopez chaired the committee.' },
  ])('does not link a pronoun $name', ({ source }) => {
    const resigned = segment(source).findIndex((s) => s.text === 'He resigned in March.');
    expect(resigned).toBeGreaterThanOrEqual(0);
    expect(linkedB(source)).not.toContain(resigned);
  });
});
