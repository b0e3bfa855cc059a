import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/features/index';

describe('tokenize', () => {
  it.each([
    { input: "He didn't go.", expected: ['He', 'did', "n't", 'go', '.'] },
    { input: 'It wasn’t him.', expected: ['It', 'was', 'n’t', 'him', '.'] },
    { input: 'Waltz’s actions', expected: ['Waltz', '’s', 'actions'] },
    { input: 'The U.S. and the U.N. met.', expected: ['The', 'U.S.', 'and', 'the', 'U.N.', 'met', '.'] },
    { input: 'Mr. Waltz left at 5 p.m.', expected: ['Mr.', 'Waltz', 'left', 'at', '5', 'p.m', '.'] },
    {
      input: 'It cost $1.5 million, or 1,500 dollars.',
      expected: ['It', 'cost', '$', '1.5', 'million', ',', 'or', '1,500', 'dollars', '.'],
    },
    { input: 'behind-the-scenes talks', expected: ['behind-the-scenes', 'talks'] },
    { input: 'about Iran.', expected: ['about', 'Iran', '.'] },
    // An ellipsis is one token however it is written; two periods are not one.
    { input: 'He said... no.', expected: ['He', 'said', '...', 'no', '.'] },
    { input: 'it that . . . they', expected: ['it', 'that', '. . .', 'they'] },
    { input: 'Wait.. what', expected: ['Wait', '.', '.', 'what'] },
  ])('splits $input', ({ input, expected }) => {
    expect(tokenize(input).map((t) => t.text)).toEqual(expected);
  });

  it('gives offsets into the original text, shifted by the offset', () => {
    const text = 'xx Café 😀 didn’t';
    for (const t of tokenize(text.slice(3), 3)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
