import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collapse, texts } from './_helpers';

interface GoldenRule {
  id: number;
  rule: string;
  input: string;
  expected: string[];
}

const goldenPath = fileURLToPath(
  new URL('../../../shared/datasets/segmentation/golden-rules-en.json', import.meta.url),
);
const hasShared = existsSync(goldenPath);
const golden: GoldenRule[] = hasShared ? (JSON.parse(readFileSync(goldenPath, 'utf8')) as GoldenRule[]) : [];

describe.skipIf(!hasShared)(
  hasShared
    ? 'English Golden Rules (../shared/datasets/segmentation/golden-rules-en.json)'
    : 'English Golden Rules: skipped: ../shared/datasets absent (fresh clone)',
  () => {
    it('has all 48 rules', () => {
      expect(golden).toHaveLength(48);
    });

    it.each(golden)('rule $id: $rule', ({ input, expected }) => {
      expect(texts(input).map(collapse)).toEqual(expected.map(collapse));
    });
  },
);

// Our own cases of the same kinds as the Golden Rules, written for this project so that they always run.
const ownRules: { name: string; input: string; expected: string[] }[] = [
  {
    name: 'stop',
    input: 'The vote passed. The bill goes on.',
    expected: ['The vote passed.', 'The bill goes on.'],
  },
  { name: 'question', input: 'Who won? Nobody knows.', expected: ['Who won?', 'Nobody knows.'] },
  { name: 'exclamation', input: 'It burns! Get out.', expected: ['It burns!', 'Get out.'] },
  {
    name: 'middle initial',
    input: 'The memo was signed by Ada K. Lovell.',
    expected: ['The memo was signed by Ada K. Lovell.'],
  },
  {
    name: 'page abbreviation',
    input: 'The quote is on pp. 12-14 of the report.',
    expected: ['The quote is on pp. 12-14 of the report.'],
  },
  {
    name: 'lowercase abbreviation mid-sentence',
    input: 'Bring pens, paper, etc. to the exam.',
    expected: ['Bring pens, paper, etc. to the exam.'],
  },
  {
    name: 'company abbreviation mid-sentence',
    input: 'Acme Corp. at first denied it.',
    expected: ['Acme Corp. at first denied it.'],
  },
  {
    name: 'lowercase abbreviation at the end',
    input: 'We bought pens, paper, etc. They were cheap.',
    expected: ['We bought pens, paper, etc.', 'They were cheap.'],
  },
  {
    name: 'company abbreviation at the end',
    input: 'The buyer was Acme Corp. It paid cash.',
    expected: ['The buyer was Acme Corp.', 'It paid cash.'],
  },
  {
    name: 'prepositive title',
    input: 'Capt. Reyes took the helm.',
    expected: ['Capt. Reyes took the helm.'],
  },
  {
    name: 'saint and street',
    input: 'St. Anne’s school is on Elm st. by the park.',
    expected: ['St. Anne’s school is on Elm st. by the park.'],
  },
  {
    name: 'possessive abbreviation',
    input: 'It is Martin Luther King Jr.’s birthday.',
    expected: ['It is Martin Luther King Jr.’s birthday.'],
  },
  {
    name: 'initialism mid-sentence',
    input: 'Agents of the F.B.I. searched the house.',
    expected: ['Agents of the F.B.I. searched the house.'],
  },
  {
    name: 'initialism at the end',
    input: 'She moved to the U.K. Then she married.',
    expected: ['She moved to the U.K.', 'Then she married.'],
  },
  {
    name: 'U.S. before a name',
    input: 'The U.S. Navy sent two ships.',
    expected: ['The U.S. Navy sent two ships.'],
  },
  {
    name: 'U.S. before a number',
    input: 'U.S. 101 was closed for hours.',
    expected: ['U.S. 101 was closed for hours.'],
  },
  {
    name: 'times',
    input: 'The polls open at 7 a.m. Friday. They close at 8 p.m. Counting starts then.',
    expected: ['The polls open at 7 a.m. Friday.', 'They close at 8 p.m.', 'Counting starts then.'],
  },
  {
    name: 'introductory time',
    input: 'By 9 a.m. Gov. Hale had resigned.',
    expected: ['By 9 a.m. Gov. Hale had resigned.'],
  },
  { name: 'decimal money', input: 'Tickets cost $12.50 each.', expected: ['Tickets cost $12.50 each.'] },
  {
    name: 'money at the end',
    input: 'Tickets cost $12.50. Few sold.',
    expected: ['Tickets cost $12.50.', 'Few sold.'],
  },
  {
    name: 'parenthetical sentence',
    input: 'The mayor (She was re-elected in May.) spoke first.',
    expected: ['The mayor (She was re-elected in May.) spoke first.'],
  },
  {
    name: 'e-mail',
    input: 'Write to press.office@city.example.org. We answer daily.',
    expected: ['Write to press.office@city.example.org.', 'We answer daily.'],
  },
  {
    name: 'URL',
    input: 'Read it at http://news.example.net/2025/05/story.html. It is long.',
    expected: ['Read it at http://news.example.net/2025/05/story.html.', 'It is long.'],
  },
  {
    name: 'single quotes, lowercase after',
    input: "He looked up, 'That is odd.' he muttered.",
    expected: ["He looked up, 'That is odd.' he muttered."],
  },
  {
    name: 'double quotes at the end',
    input: 'He looked up, "That is odd." Then he left.',
    expected: ['He looked up, "That is odd."', 'Then he left.'],
  },
  {
    name: 'double marks',
    input: 'Really?! We won!! Party time.',
    expected: ['Really?!', 'We won!!', 'Party time.'],
  },
  {
    name: 'numbered list without stops',
    input: '1) Buy milk 2) Feed the cat 3) Call home',
    expected: ['1) Buy milk', '2) Feed the cat', '3) Call home'],
  },
  {
    name: 'numbered list with stops',
    input: '1. Buy milk. 2. Feed the cat.',
    expected: ['1. Buy milk.', '2. Feed the cat.'],
  },
  { name: 'bulleted list', input: '• Buy milk • Feed the cat', expected: ['• Buy milk', '• Feed the cat'] },
  {
    name: 'alphabetical list with parens',
    input: 'a) red b) green c) blue',
    expected: ['a) red', 'b) green', 'c) blue'],
  },
  {
    name: 'brand with exclamation',
    input: 'He went on Jeopardy! last year.',
    expected: ['He went on Jeopardy! last year.'],
  },
  {
    name: 'pronoun I at the end',
    input: 'Nobody saw it but I. Was I dreaming?',
    expected: ['Nobody saw it but I.', 'Was I dreaming?'],
  },
  {
    name: 'unspaced four-dot ellipsis',
    input: 'He never came back.... We waited.',
    expected: ['He never came back....', 'We waited.'],
  },
  {
    name: 'spaced ellipsis inside',
    input: 'It was . . . strange, and . . . I left.',
    expected: ['It was . . . strange, and . . . I left.'],
  },
  {
    name: 'spaced ellipsis after a stop',
    input: 'The plan failed. . . . Nobody admitted it.',
    expected: ['The plan failed.', '. . . Nobody admitted it.'],
  },
  {
    name: 'bracketed ellipsis',
    input: 'The law [...] forbids it (Art. 5).',
    expected: ['The law [...] forbids it (Art. 5).'],
  },
  {
    name: 'no space between sentences',
    input: 'We lost.Then we won.',
    expected: ['We lost.', 'Then we won.'],
  },
  {
    name: 'citation after the stop',
    input: 'The river floods yearly.[3] Farmers plan for it.',
    expected: ['The river floods yearly.[3]', 'Farmers plan for it.'],
  },
  {
    name: 'wrapped line',
    input: 'The council met on a\nrainy Tuesday.',
    expected: ['The council met on a rainy Tuesday.'],
  },
  {
    name: 'list lines',
    input: 'apples\npears\nsour cherries',
    expected: ['apples', 'pears', 'sour cherries'],
  },
  {
    name: 'month before a day',
    input: 'It opens Sept. 14 downtown.',
    expected: ['It opens Sept. 14 downtown.'],
  },
  {
    name: 'number sign',
    input: 'He wore No. 23 for the Bulls.',
    expected: ['He wore No. 23 for the Bulls.'],
  },
];

describe('golden-rule-like cases of our own', () => {
  it.each(ownRules)('$name: $input', ({ input, expected }) => {
    expect(texts(input).map(collapse)).toEqual(expected);
  });
});
