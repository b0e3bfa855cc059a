import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index';
import { checkContract, repoFile, texts } from './_helpers';

describe('quotations', () => {
  it.each([
    {
      name: 'a quotation with its attribution after it stays one sentence',
      input: '“Waltz wanted to take US policy in a new direction,” one official said.',
      expected: ['“Waltz wanted to take US policy in a new direction,” one official said.'],
    },
    {
      name: 'a question quote with lowercase attribution stays one',
      input: '"Why?" he asked.',
      expected: ['"Why?" he asked.'],
    },
    {
      name: 'an exclamation quote with lowercase attribution stays one',
      input: '“Get out!” she shouted at the crowd.',
      expected: ['“Get out!” she shouted at the crowd.'],
    },
    {
      name: 'a question quote with a named attribution stays one',
      input: '“Are we going to war?” Sen. Ruiz asked reporters. Nobody answered.',
      expected: ['“Are we going to war?” Sen. Ruiz asked reporters.', 'Nobody answered.'],
    },
    {
      name: 'a quoted sentence followed by a new quoted sentence splits',
      input: '“A is so,” one official said. “It got back to Trump.”',
      expected: ['“A is so,” one official said.', '“It got back to Trump.”'],
    },
    {
      name: 'a quote that ends a sentence splits from a capitalised sentence after it',
      input: 'He said, "We are done." The meeting ended.',
      expected: ['He said, "We are done."', 'The meeting ended.'],
    },
  ])('$name', ({ input, expected }) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('lines and paragraphs', () => {
  it.each([
    {
      name: 'a headline is its own segment',
      input: 'Marco Rubio could work multiple roles long-term\nRubio was named on Thursday.',
      expected: ['Marco Rubio could work multiple roles long-term', 'Rubio was named on Thursday.'],
    },
    {
      name: 'a byline is its own segment',
      input: 'By Jane Roe and John Doe\nThe talks collapsed on Friday.',
      expected: ['By Jane Roe and John Doe', 'The talks collapsed on Friday.'],
    },
    {
      name: 'an embedded-post credit line is its own segment',
      input:
        'We congratulate him.\n— Prime Minister of Israel (@IsraeliPM) May 3, 2025\n"It is done," it said.',
      expected: [
        'We congratulate him.',
        '— Prime Minister of Israel (@IsraeliPM) May 3, 2025',
        '"It is done," it said.',
      ],
    },
    {
      name: 'a paragraph break always ends a sentence, even mid-clause',
      input: 'The minister said that the\n\nnew rules apply today.',
      expected: ['The minister said that the', 'new rules apply today.'],
    },
    {
      name: 'a paragraph break ends a sentence after an abbreviation',
      input: 'He met Gen.\n\nSmith left.',
      expected: ['He met Gen.', 'Smith left.'],
    },
    {
      name: 'a line break after a sentence ends it',
      input: 'The vote passed.\nThe bill goes to the Senate.',
      expected: ['The vote passed.', 'The bill goes to the Senate.'],
    },
    {
      name: 'a line break inside wrapped prose continues the sentence',
      input: 'The vote passed after a long and\nbitter debate in the chamber.',
      expected: ['The vote passed after a long and\nbitter debate in the chamber.'],
    },
    {
      name: 'a line break after a title continues the sentence',
      input: 'The bill was sponsored by Sen.\nWarren and others.',
      expected: ['The bill was sponsored by Sen.\nWarren and others.'],
    },
  ])('$name', ({ input, expected }) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('no wrong break', () => {
  it.each([
    { name: 'handles and tags', input: 'Follow @IsraeliPM. and #Iran. for updates.' },
    { name: 'a URL', input: 'See https://www.example.com/a.b/c.html?q=1.2 for the text.' },
    { name: 'an e-mail address', input: 'Write to J.Doe@Example.Org for a copy.' },
    { name: 'decimals and currency', input: 'Exports rose 4.5 percent to $1.5 million in Q3.' },
    { name: 'times', input: 'He left at 5 a.m. on Tuesday and returned by 11 p.m. that night.' },
    { name: 'initials', input: 'J.D. Vance met U.N. envoys and U.S. officials.' },
    {
      name: 'titles',
      input: 'Mr. Waltz, Gen. Kurilla, Sen. Cotton, Rep. Mast, Gov. Shapiro and Lt. Col. Hart met.',
    },
    { name: 'a month', input: 'The talks began Jan. 5 in Doha.' },
    { name: 'an ellipsis mid-sentence', input: 'He was ... well, not happy about it.' },
    { name: 'a version number', input: 'The app reached v2.3.1 on Monday.' },
  ])('$name', ({ input }) => {
    expect(texts(input)).toEqual([input]);
  });

  it.each([
    {
      name: 'after a time at the end of a sentence',
      input: 'He left at 5 p.m. Then he called.',
      expected: ['He left at 5 p.m.', 'Then he called.'],
    },
    {
      name: 'after U.S. at the end',
      input: 'Waltz flew back to the U.S. He landed at noon.',
      expected: ['Waltz flew back to the U.S.', 'He landed at noon.'],
    },
    {
      name: 'after a handle at the end',
      input: 'The post came from @IsraeliPM. It was deleted.',
      expected: ['The post came from @IsraeliPM.', 'It was deleted.'],
    },
    {
      name: 'in a numbered list',
      input: 'Key points: 1. Talks stalled 2. Aid resumed',
      expected: ['Key points:', '1. Talks stalled', '2. Aid resumed'],
    },
  ])('but a break $name', ({ input, expected }) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('the founding case (tests/fixtures/wapo-vs-pmo)', () => {
  const expected = JSON.parse(repoFile('tests/fixtures/wapo-vs-pmo/expected.json')) as {
    sentences: { a: string[]; b: string[] };
  };

  it.each([
    { file: 'examples/data/wapo-report.txt', side: 'a' as const },
    { file: 'examples/data/pmo-statement.txt', side: 'b' as const },
  ])('$file segments as expected.json sentences.$side lists', ({ file, side }) => {
    const input = repoFile(file);
    const sentences = segment(input);
    checkContract(input, sentences);
    expect(sentences.map((s) => s.text)).toEqual(expected.sentences[side]);
  });

  it('seed-article.txt: every line break ends a segment, and lines split into their sentences', () => {
    const input = repoFile('examples/data/seed-article.txt');
    const sentences = segment(input);
    checkContract(input, sentences);
    // No segment spans a line break.
    for (const s of sentences) expect(s.text).not.toMatch(/[\r\n]/);
    // Every line starts a segment.
    const lineStarts = [...input.matchAll(/(?:^|\n)(?=\S)/g)].map((m) => m.index + (m[0] === '\n' ? 1 : 0));
    const starts = new Set(sentences.map((s) => s.start));
    for (const at of lineStarts) expect(starts.has(at), `a segment starts at offset ${at}`).toBe(true);
    const t = sentences.map((s) => s.text);
    // The article relays the report (a) line for line, then the statement.
    expect(t.slice(0, 21)).toEqual(expected.sentences.a);
    expect(t).toContain('— Prime Minister of Israel (@IsraeliPM) May 3, 2025');
    // A quoted multi-sentence statement with its attribution after it ('"A. B," the PMO said.') splits at its inner
    // sentence end: the first sentence keeps the opening quote, the last one the attribution. Sensible for
    // alignment, since each claim of the statement becomes a segment of its own.
    expect(t).toContain(
      '"Contrary to the Washington Post report, PM Netanyahu did not have intensive contact with Mike Waltz on Iran.',
    );
    expect(t).toContain(
      'PM Netanyahu had a warm meeting with Mike Waltz and Steve Witkoff at Blair House in February prior to the Prime Minister\'s meeting with President Trump at the White House," the PMO said.',
    );
    expect(t.at(-1)).toBe('We congratulate Mr. Waltz on his important appointment to the UN," it concluded.');
    expect(t).toHaveLength(30);
  });
});
