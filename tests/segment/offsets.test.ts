import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index';
import { checkContract } from './_helpers';

/** [text, start, end] of each sentence. */
function spans(input: string): [string, number, number][] {
  return segment(input).map((s) => [s.text, s.start, s.end]);
}

describe('offsets', () => {
  it.each([
    {
      name: 'CRLF line endings',
      input: 'One.\r\nTwo is here.\r\n\r\nThree.',
      expected: [
        ['One.', 0, 4],
        ['Two is here.', 6, 18],
        ['Three.', 22, 28],
      ],
    },
    {
      name: 'CR line endings',
      input: 'One.\rTwo.\r\rThree',
      expected: [
        ['One.', 0, 4],
        ['Two.', 5, 9],
        ['Three', 11, 16],
      ],
    },
    {
      name: 'astral characters (emoji, with a skin-tone modifier)',
      input: 'I 😀 it. You 👍🏽 too! 𝒜 fin.',
      expected: [
        ['I 😀 it.', 0, 8],
        ['You 👍🏽 too!', 9, 22],
        ['𝒜 fin.', 23, 30],
      ],
    },
    {
      name: 'combining marks',
      input: 'Cafe\u0301 opened. Noe\u0308l left.',
      expected: [
        ['Cafe\u0301 opened.', 0, 13],
        ['Noe\u0308l left.', 14, 25],
      ],
    },
    {
      name: 'NBSP, U+2028 and U+2029 around sentences',
      input: '\u00a0Hello there.\u2028World.\u2029\u00a0Next one.\u00a0',
      expected: [
        ['Hello there.', 1, 13],
        ['World.', 14, 20],
        ['Next one.', 22, 31],
      ],
    },
    {
      name: 'a byte-order mark before the text',
      input: '\ufeffHello. World.',
      expected: [
        ['Hello.', 1, 7],
        ['World.', 8, 14],
      ],
    },
    { name: 'empty text', input: '', expected: [] },
    { name: 'whitespace only', input: ' \t\r\n\u00a0\u2028\u3000', expected: [] },
  ])('$name', ({ input, expected }) => {
    const got = spans(input);
    expect(got).toEqual(expected);
    for (const [text, start, end] of got) expect(input.slice(start, end)).toBe(text);
  });
});

// Pieces that exercise every rule, for random texts that look a little like prose.
const pieces = [
  '.',
  '!',
  '?',
  '...',
  '…',
  '. . .',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\t',
  '"',
  '“',
  '”',
  "'",
  '’',
  '(',
  ')',
  '[',
  ']',
  '[1]',
  '•',
  '1.',
  '2.',
  '1)',
  'a.',
  'b)',
  'Mr.',
  'U.S.',
  'p.m.',
  'e.g.',
  'No.',
  'Jan.',
  'A.',
  'I',
  'The',
  'he',
  'said',
  'asked',
  'Smith',
  'word',
  'x.Ab',
  '3.5',
  '$1',
  '@h',
  'a@b.c',
  'http://x.y/z',
  '😀',
  'e\u0301',
  '。',
  '¿',
  '—',
  '-',
  ',',
];
const prose = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));

describe('invariants (fast-check)', () => {
  it.each([
    { name: 'random Unicode code points', text: fc.string({ unit: 'binary', maxLength: 200 }) },
    { name: 'random graphemes', text: fc.string({ unit: 'grapheme', maxLength: 100 }) },
    { name: 'prose-like mixes of marks, quotes, breaks and abbreviations', text: prose },
    {
      name: 'random text with marks and breaks mixed in',
      text: fc
        .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom(...pieces)), {
          maxLength: 40,
        })
        .map((parts) => parts.join('')),
    },
  ])(
    '$name: valid in-order offsets, text === slice, no surrounding space, every non-space char covered',
    ({ text }) => {
      fc.assert(
        fc.property(text, (input) => {
          checkContract(input, segment(input));
        }),
        { numRuns: 500 },
      );
    },
  );

  it('the checker itself rejects a broken segmentation', () => {
    const input = 'One. Two.';
    const good = segment(input);
    expect(() => checkContract(input, good)).not.toThrow();
    expect(() =>
      checkContract(
        input,
        good.slice(1).map((s) => ({ ...s, index: 0 })),
      ),
    ).toThrow(/lost/);
    expect(() => checkContract(input, [{ ...good[0]!, end: 5 }, good[1]!])).toThrow(
      /surrounding whitespace|slice/,
    );
  });
});
