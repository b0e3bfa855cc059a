import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index';
import { extractFeatures, readAccount } from '../../src/features/index';
import { compare } from '../../src/compare';

const entities = (text: string, account: string, at = 0) => {
  const f = readAccount(segment(account)).features[at]!;
  expect(f.sentence.text).toBe(text);
  return f.terms.filter((t) => t.entity).map((t) => t.key);
};

// Headlines capitalize every word: within an account, a capital there marks a name only for words the account
// writes as names, titles, short forms, and words WordNet does not know as common words.
describe('headline case', () => {
  const headline = 'Suicide Bombers Kill 3 Soldiers in Pakistan.';
  const body =
    'The soldiers were killed near the border. Officials said the bombers attacked a base in Pakistan.';

  it('reads the common words of a headline as words, and its places as names', () => {
    expect(entities(headline, `${headline} ${body}`)).toEqual(['pakistan']);
  });

  it('reads a headline with an amount in it as a headline: "£60m" has no case', () => {
    const text = 'Tom Vale Agrees Record £60m Move To Porto';
    expect(entities(text, `${text}\n\nOn Friday, Porto signed Tom Vale.`)).toEqual([
      'thomas',
      'vale',
      'porto',
    ]);
  });

  it('keeps a sentence dense with names and titles as it is', () => {
    const text =
      'Prime Minister Benjamin Netanyahu met National Security Adviser Michael Waltz in Washington.';
    expect(entities(text, `${text} Waltz left.`)).toEqual(
      expect.arrayContaining(['benjamin', 'netanyahu', 'michael', 'waltz', 'washington']),
    );
  });

  it('leaves a sentence read alone (relate) with its capitals', () => {
    const f = extractFeatures({ index: 0, text: headline, start: 0, end: headline.length });
    expect(f.terms.filter((t) => t.entity).length).toBeGreaterThan(1);
  });

  it('does not let a headline make its words names for the rest of the account', () => {
    const names = readAccount(
      segment('Stocks Fall Sharply on Wall Street. Prices fall when rates rise, Lee said.'),
    ).names;
    expect([...names]).toEqual(['lee']);
  });

  it('finds no contradiction between two attacks in two countries told as headline and as text', () => {
    const r = compare(
      `${headline} ${body}`,
      'Yemen suicide attack kills 7 soldiers: officials. It was in Yemen.',
    );
    expect(r.links.filter((l) => l.relation === 'contradiction')).toEqual([]);
  });
});
