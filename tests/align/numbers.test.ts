import { describe, expect, it } from 'vitest';
import { withNumberTerms } from '../../src/align/_numbers';
import { extractFeatures } from '../../src/features/index';
import { alignTerms } from '../../src/similarity/index';
import { compare, segment } from '../../src/index';

const features = (text: string) => extractFeatures(segment(text)[0]!);
const keys = (text: string) => withNumberTerms(features(text)).terms.map((t) => t.key);

describe('withNumberTerms', () => {
  it.each([
    { input: 'He joined the magazine in 1991.', expected: ['join', 'magazin', '1991'] },
    { input: 'The stadium holds 52,000 fans.', expected: ['stadium', 'hold', '52000', 'fan'] },
    { input: 'The club sold three players.', expected: ['club', 'sold', '3', 'player'] },
    { input: 'She won 2 titles in 2 years.', expected: ['won', '2', 'titl', 'year'] },
    { input: 'The museum opened last spring.', expected: ['museum', 'open', 'last', 'spring'] },
    // "One" in words reads as the article as often as a count; in digits it is a count.
    { input: 'One official said the talks failed.', expected: ['offici', 'said', 'talk', 'fail'] },
    { input: 'The team lost 1 game.', expected: ['team', 'lost', '1', 'game'] },
  ])('$input -> $expected', ({ input, expected }) => {
    expect(keys(input)).toEqual(expected);
  });

  it('returns a sentence without numbers as it is, and leaves the features it copies unchanged', () => {
    const plain = features('The museum opened last spring.');
    expect(withNumberTerms(plain)).toBe(plain);
    const dated = features('The museum opened in 1876.');
    const before = dated.terms.map((t) => t.key);
    expect(withNumberTerms(dated).terms).toHaveLength(before.length + 1);
    expect(dated.terms.map((t) => t.key)).toEqual(before);
  });

  it('matches a number with the same number only', () => {
    const x = withNumberTerms(features('Lopez won the prize in 2019.'));
    const matched = (text: string) => {
      const y = withNumberTerms(features(text));
      return alignTerms(x, y).matches.map((m) => y.terms[m.b]!.key);
    };
    expect(matched('The prize was given in 2019.')).toContain('2019');
    expect(matched('The prize was given in 2017.')).not.toContain('2017');
    expect(matched('The prize was given in 2017.')).not.toContain('2019');
  });
});

describe('compare() with the numbers of both accounts', () => {
  const claim = 'Lopez won the Wolf Prize in 2019.';
  const linkedB = (source: string) => compare(claim, source).links.flatMap((l) => l.b);

  it('links a source sentence that shares the claim’s year as well as its participant', () => {
    const source =
      'Lopez was born in Seville and studied chemistry in Madrid for many years. The prize committee announced its 2019 laureates in February, Lopez among them. The orchestra performs every winter.';
    expect(linkedB(source)).toEqual([1]);
  });

  it.each([
    {
      name: 'shares only the year',
      source: 'Floods hit the valley in 2019. The committee met in Haifa.',
    },
    {
      name: 'states no year',
      source:
        'Lopez was born in Seville and studied chemistry in Madrid for many years. The prize committee announced its laureates in February, Lopez among them.',
    },
  ])('does not link a source sentence that $name', ({ source }) => {
    expect(linkedB(source)).toEqual([]);
  });

  it('does not link two sentences by the word "one" they share', () => {
    const report = compare(
      'One official said the minister wanted a different policy.',
      'The minister had one phone call with the envoy.',
    );
    expect(report.links).toEqual([]);
  });

  it('treats a number in digits and in words as the same content', () => {
    const [link] = compare('The club sold 3 players.', 'The club sold three players.').links;
    expect(link?.relation).toBe('agreement');
    expect(link?.similarity).toBe(1);
  });
});
