import { describe, expect, it } from 'vitest';
import { accountFeatures, extractFeatures, sameNumber } from '../../src/features/index';
import type { Sentence } from '../../src/index';

function sentence(text: string): Sentence {
  return { index: 0, text, start: 0, end: text.length };
}

function sentences(texts: string[]): Sentence[] {
  let pos = 0;
  return texts.map((text, index) => {
    const s = { index, text, start: pos, end: pos + text.length };
    pos += text.length + 1;
    return s;
  });
}

describe('negation scope', () => {
  it.each([
    {
      text: 'Netanyahu did not have contact with Waltz on Iran.',
      negated: ['contact', 'waltz', 'iran'],
      free: ['netanyahu'],
    },
    { text: 'They had one call that did not deal with Iran.', negated: ['deal', 'iran'], free: ['call'] },
    {
      text: 'He acted without informing the president, officials said.',
      negated: ['inform', 'presid'],
      free: ['act', 'offici'],
    },
    { text: 'The PMO denied the claims of private talks.', negated: ['claim', 'privat', 'talk'], free: [] },
    { text: 'He no longer aligned with Trump.', negated: [], free: ['align', 'trump'] },
    // An open question after the negated verb is neither asserted nor denied.
    {
      text: 'Woods has not commented on whether he plans to retire.',
      negated: ['comment'],
      free: ['plan', 'retir'],
    },
    // The clause after a verb of confirming or telling (UNCOMMITTED_REPORTS) is neither asserted nor denied.
    {
      text: 'Neither airline would confirm that a deal was close.',
      negated: ['airlin', 'confirm'],
      free: ['deal', 'close'],
    },
    { text: 'He did not say that the minister had resigned.', negated: ['sai'], free: ['minist', 'resign'] },
    { text: 'The airline did not confirm the deal.', negated: ['confirm', 'deal'], free: ['airlin'] },
    // Idioms that deny nothing of what follows (NON_DENYING_AFTER).
    { text: "Smith isn't the only candidate in the race.", negated: [], free: ['candid', 'race'] },
    { text: 'Gaetz has made no secret of his plans.', negated: [], free: ['plan'] },
    { text: 'There were no fewer than 30 protesters.', negated: [], free: ['protest'] },
    { text: 'She is ranked No. 3 among chess grandmasters.', negated: [], free: ['rank', 'chess'] },
    // Surprise at what happened: "never thought" denies nothing of the clause after it; "don't think" still does.
    { text: 'I never thought Bieber would save my life.', negated: [], free: ['bieber', 'save', 'life'] },
    { text: 'She never dreamed the film would win.', negated: [], free: ['film', 'win'] },
    { text: "I don't think the film will win.", negated: ['think', 'film', 'win'], free: [] },
    // "never before": the first time, which tells of this one.
    { text: 'The park had never before had an escape.', negated: [], free: ['park', 'escap'] },
    // A "not" that ends its clause denies back to the clause's start, not past a verb of saying; "or not" denies nothing.
    {
      text: "The city's walls were damaged, but the Koutoubia mosque was not.",
      negated: ['koutoubia', 'mosqu'],
      free: ['wall', 'damag'],
    },
    {
      text: 'Asked if he would resign, the minister said he would not.',
      negated: [],
      free: ['minist', 'resign'],
    },
    { text: 'It is unclear whether the plan will pass or not.', negated: [], free: ['plan', 'pass'] },
    // An ellipsis marks words left out of a quotation, not the end of a clause, however it is written.
    // "without" denies its object only.
    {
      text: 'The storm left homes without power across Wales on Saturday.',
      negated: ['power'],
      free: ['home', 'wales', 'saturdai'],
    },
    { text: 'He acted without the consent of the board.', negated: ['consent', 'board'], free: ['act'] },
    { text: 'He said: "I don\'t think . . . they\'re going."', negated: ['think', 'go'], free: ['said'] },
    { text: 'He said: "I don\'t think ... they\'re going."', negated: ['think', 'go'], free: ['said'] },
    { text: 'He said: "I don\'t think … they\'re going."', negated: ['think', 'go'], free: ['said'] },
  ])('in "$text"', ({ text, negated, free }) => {
    const f = extractFeatures(sentence(text));
    const state = new Map(f.terms.map((t) => [t.key, t.negated]));
    for (const k of negated) expect(state.get(k), k).toBe(true);
    for (const k of free) expect(state.get(k), k).toBe(false);
  });
});

describe('cues found in one sentence', () => {
  it.each([
    {
      text: 'Waltz allegedly worked with Netanyahu, reportedly.',
      field: 'hedges',
      expected: ['allegedly', 'reportedly'],
    },
    // "appeared" hedges when it weighs a claim, not when it tells where someone showed up.
    {
      text: 'He appeared to be tired and has not appeared in public since.',
      field: 'hedges',
      expected: ['appeared'],
    },
    { text: '“It got back to Trump,” one official said.', field: 'attributions', expected: ['said'] },
    { text: 'According to the report, tensions rose.', field: 'attributions', expected: ['According'] },
    {
      text: 'Contrary to the Washington Post report, they did not meet.',
      field: 'refutations',
      expected: ['Contrary to the Washington Post report'],
    },
    { text: 'These are false claims.', field: 'refutations', expected: ['are false'] },
    { text: 'He called the reports baseless.', field: 'refutations', expected: ['baseless'] },
  ] as const)('$field in "$text"', ({ text, field, expected }) => {
    expect(extractFeatures(sentence(text))[field].map((m) => m.text)).toEqual(expected);
  });

  it.each([
    { text: 'Exports rose 4.5 percent to $1.5 million.', values: [4.5, 1.5e6] },
    { text: 'Three people and 12 officials met.', values: [3, 12] },
    { text: 'He left on May 3, 2025.', values: [] },
  ])('numbers in "$text"', ({ text, values }) => {
    expect(extractFeatures(sentence(text)).numbers.map((n) => n.value)).toEqual(values);
  });

  it('finds months, weekdays and years, but not the verb "may"', () => {
    const f = extractFeatures(sentence('On Thursday in February 2025 he may go.'));
    expect(f.dates.map((d) => `${d.part}:${d.value}`)).toEqual(['weekday:4', 'month:2', 'year:2025']);
  });

  it.each([
    { text: 'They met on Feb. 3, 2025.', dates: ['month:2', 'day:3', 'year:2025'], counts: [] },
    { text: 'They met on 3 March in Geneva.', dates: ['day:3', 'month:3'], counts: [] },
    { text: 'They met on the 4 of March.', dates: ['day:4', 'month:3'], counts: [] },
    {
      text: 'Talks ran from Sept. 3 to Sept. 10.',
      dates: ['month:9', 'day:3', 'month:9', 'day:10'],
      counts: [],
    },
    // A count before a month that is no name ("3 may") is a count.
    { text: 'The 3 may leave in March.', dates: ['month:3'], counts: [3] },
  ])('reads the day of the month beside its month in "$text"', ({ text, dates, counts }) => {
    const f = extractFeatures(sentence(text));
    expect(f.dates.map((d) => `${d.part}:${d.value}`)).toEqual(dates);
    expect(f.numbers.map((n) => n.value)).toEqual(counts);
  });

  it('reads a month abbreviated with its period as the month, not as a name', () => {
    const f = extractFeatures(sentence('The meeting took place on Feb. 3.'));
    const month = f.terms.find((t) => t.span[0] === 'The meeting took place on '.length);
    expect(month).toMatchObject({ entity: false, lemma: 'february' });
  });
});

describe('hyphenated words', () => {
  it.each([
    // The parts as terms of their own, each with its offsets; function and number words left out.
    { text: 'GM posted a third-quarter loss.', parts: [['quarter', 'quarter']] },
    {
      text: 'A behind-the-scenes deal.',
      parts: [
        ['behind', 'behind'],
        ['scene', 'scenes'],
      ],
    },
    // A prefix makes one derived word: kept whole ("anti-war" is no "war").
    { text: 'An anti-war protest.', parts: [['anti-war', 'anti-war']] },
    { text: 'He was re-elected.', parts: [['re-elected', 're-elected']] },
  ])('in "$text"', ({ text, parts }) => {
    const f = extractFeatures(sentence(text));
    const hyphenated = f.tokens.findIndex((t) => t.text.includes('-'));
    const terms = f.terms.filter((t) => t.token === hyphenated);
    expect(terms.map((t) => [t.key, text.slice(t.span[0], t.span[1])])).toEqual(parts);
  });
});

describe('entities', () => {
  it.each([
    {
      text: 'We congratulate Mr. Waltz on his appointment to the UN.',
      keys: ['mr', 'waltz', 'united', 'nations'],
    },
    { text: 'Mike Waltz met Steve Witkoff.', keys: ['michael', 'waltz', 'steven', 'witkoff'] },
    { text: 'Vice President JD Vance spoke.', keys: ['vice', 'president', 'james', 'vance'] },
    // A short form in capitals is a name even where the same letters are a function word ("US", "us").
    { text: 'The US envoy left.', keys: ['united', 'states'] },
    { text: 'Let us go.', keys: [] },
    { text: 'ISIS militants took the town.', keys: ['islamic', 'state'] },
    // An adjective of nationality on its own names its country; inside a longer name it does not.
    { text: 'An American journalist was freed.', keys: ['united', 'states'] },
    { text: 'They met Israeli officials.', keys: ['israel'] },
    { text: 'He was made Knight of the British Empire.', keys: ['knight', 'british', 'empire'] },
    // A country before a title is a participant of its own.
    {
      text: 'He met US President Donald Trump.',
      keys: ['united', 'states', 'president', 'donald', 'trump'],
    },
  ])('in "$text"', ({ text, keys }) => {
    const f = extractFeatures(sentence(text));
    expect(f.terms.filter((t) => t.entity).map((t) => t.key)).toEqual(keys);
  });

  it('resolves "the PM" and "the Prime Minister" to the name the account gave the title', () => {
    const { features } = accountFeatures(
      sentences(['PM Netanyahu met Waltz.', 'Then the PM left.', "It was the Prime Minister's idea."]),
    );
    for (const f of features.slice(1)) expect(f.terms.some((t) => t.key === 'netanyahu')).toBe(true);
  });

  it.each([
    { text: 'The prime minister said the city would get new trains.', resolved: true },
    { text: 'Later the former prime minister left.', resolved: true },
    { text: 'The British prime minister left.', resolved: true },
    // Someone else's office, a name of its own, and a title word in another sense.
    { text: 'The prime minister of Italy left.', resolved: false },
    { text: 'The prime minister Rishi Sunak left.', resolved: false },
    { text: 'Prime ministers often travel.', resolved: false },
  ])('reads a title in lower case as the name the account gave it: $text', ({ text, resolved }) => {
    const { features } = accountFeatures(sentences(['Prime Minister Keir Starmer visited Leeds.', text]));
    expect(features[1]!.terms.some((t) => t.key === 'starmer')).toBe(resolved);
  });

  it('resolves a title through the other account when its own never named it', () => {
    const a = accountFeatures(sentences(['National Security Adviser Michael Waltz was dismissed.']));
    const b = accountFeatures(sentences(['The former National Security Advisor called.']), a.titles);
    const keys = b.features[0]!.terms.map((t) => t.key);
    expect(keys).toContain('waltz');
    // "former" is part of the referring expression, not a claim word.
    expect(keys).not.toContain('former');
  });

  it('treats a sentence-initial word as a name when the account capitalizes it elsewhere', () => {
    const { features } = accountFeatures(sentences(['Trump fired Waltz.', 'Waltz left.']));
    expect(features[1]!.terms.find((t) => t.key === 'waltz')?.entity).toBe(true);
  });
});

describe('sources of attribution', () => {
  // The common words that say who holds a claim are framing (they weigh little); a name among them is marked as the
  // source (it names no participant the other account must have) and keeps its weight. The claim's words are neither.
  it.each([
    {
      text: 'Okafor said the driver did not stop.',
      framing: ['said'],
      source: ['okafor'],
      claim: ['driver', 'stop'],
    },
    {
      text: 'Police told reporters that the road was closed.',
      framing: ['polic', 'told'],
      source: [],
      claim: ['report', 'road', 'close'],
    },
    {
      text: '"I heard a bang," said Daniel Okafor, who was waiting nearby.',
      framing: ['said'],
      source: ['daniel', 'okafor'],
      claim: ['heard', 'bang', 'wait'],
    },
    {
      // A trailing clause frames all of its source, names too.
      text: 'The plant was evacuated, a spokeswoman for the Westbury Police Department said.',
      framing: ['spokeswoman', 'westbury', 'police', 'department', 'said'],
      source: [],
      claim: ['plant', 'evacu'],
    },
    {
      text: 'The march ended peacefully, according to a police statement.',
      framing: ['accord', 'polic', 'statement'],
      source: [],
      claim: ['march', 'end'],
    },
    // The source is the claim's subject again: it takes part in the event.
    {
      text: 'Trump said he would fire Waltz.',
      framing: ['said'],
      source: [],
      claim: ['trump', 'fire', 'waltz'],
    },
    // A comma before the verb is no quote: the subject with its relative clause is not taken for a source here.
    {
      text: 'Dalton Chemicals, which owns the plant, said the cause was not known.',
      framing: ['said'],
      source: [],
      claim: ['dalton', 'chemicals', 'caus', 'known'],
    },
  ])('$text', ({ text, framing, source, claim }) => {
    const f = extractFeatures(sentence(text));
    const term = (key: string) => f.terms.find((t) => t.key === key);
    for (const key of framing) expect(term(key)?.framing, key).toBe(true);
    for (const key of source) expect([term(key)?.source, term(key)?.framing], key).toEqual([true, false]);
    for (const key of claim) expect([term(key)?.source, term(key)?.framing], key).toEqual([false, false]);
  });
});

describe('sameNumber: a number rounded where it is written less precisely', () => {
  it.each([
    { text: 'The outbreak has killed at least 45 people.', unit: 'death', bound: 'min' },
    { text: 'It caused 38 deaths.', unit: 'death', bound: 'exact' },
    { text: 'Two people died on Friday.', unit: 'death', bound: 'exact' },
    { text: 'Some 20 were injured.', unit: 'injur', bound: 'about' },
    { text: 'A bus carrying 40 passengers crashed, killing 12.', unit: 'passeng', bound: 'exact' },
    { text: 'The blast hit the market, injuring 672, officials said.', unit: 'injur', bound: 'exact' },
    // An amount with nothing after it measures the word before "worth", "of" or "valued at".
    { text: 'It signed a contract worth $1.5 billion.', unit: 'contract', bound: 'exact' },
    { text: 'He paid a fine of £5 million.', unit: 'fine', bound: 'exact' },
    { text: 'The stake was valued at $3 billion.', unit: 'stake', bound: 'exact' },
    { text: 'It was the first of 5.', unit: '', bound: 'exact' },
    { text: 'Nearly 200 people came.', unit: 'peopl', bound: 'max' },
  ])('reads what "$text" counts, and how', ({ text, unit, bound }) => {
    const [n] = extractFeatures(sentence(text)).numbers;
    expect([n?.unit, n?.bound]).toEqual([unit, bound]);
  });

  it('reads a scale or a unit written onto the digits, "m", "k" and "b" only after a currency sign', () => {
    const read = (text: string) =>
      extractFeatures(sentence(text)).numbers.map((n) => [n.text, n.value, n.unit]);
    expect(read('It agreed a £90m move.')).toEqual([['90m', 90e6, 'move']]);
    expect(read('The deal is worth $1.5bn.')).toEqual([['1.5bn', 1.5e9, 'deal']]);
    expect(read('It has 2.3bn users.')).toEqual([['2.3bn', 2.3e9, 'user']]);
    expect(read('They ran a 20km race.')).toEqual([['20km', 20, 'km']]);
    expect(read('They built a 5m wall.')).toEqual([]);
    expect(read('It cost $1.5 bn.')).toEqual([['1.5 bn', 1.5e9, '']]);
  });

  it('reads a score as one number, and a range written lower first as none', () => {
    expect(extractFeatures(sentence('Arsenal beat Chelsea 3-1.')).numbers.map((n) => n.text)).toEqual([
      '3-1',
    ]);
    expect(extractFeatures(sentence('Children aged 3-5 attend.')).numbers).toEqual([]);
  });

  it('reads a tally written out, higher first, as a score; a range or a fall from one number to another as two', () => {
    const texts = (text: string) => extractFeatures(sentence(text)).numbers.map((n) => [n.text, n.unit]);
    expect(texts('The Senate confirmed him by 52 to 48.')).toEqual([['52 to 48', 'score']]);
    expect(texts('El Madrid ganó 3 a 1.')).toEqual([['3 a 1', 'score']]);
    expect(texts('Between 5 to 10 people came.')).toEqual([
      ['5', 'peopl'],
      ['10', 'peopl'],
    ]);
    expect(texts('Unemployment fell from 12 to 10 percent.')).toEqual([
      ['12', 'percent'],
      ['10 percent', 'percent'],
    ]);
    expect(texts('It fell 12 to 10 percent.').map(([, unit]) => unit)).toEqual(['percent', 'percent']);
    expect(texts('Prices fell from 12 to 10 dollars.').map(([text]) => text)).toEqual(['12', '10']);
  });

  const numberIn = (text: string) => extractFeatures(sentence(text)).numbers[0]!;
  it.each([
    { x: 'It paid 2.4 billion euros.', y: 'It paid 2.42 billion euros.', same: true },
    { x: 'It paid 2.4 billion euros.', y: 'It paid 2,420 million euros.', same: true },
    { x: 'It paid 2.4 billion euros.', y: 'It paid 2.5 billion euros.', same: false },
    { x: 'The contract was worth $2 billion.', y: 'The contract was worth $1.9 billion.', same: true },
    { x: 'The contract was worth $2 billion.', y: 'The contract was worth $1.5 billion.', same: false },
    { x: 'About $2 billion was paid.', y: 'It paid $1.85 billion.', same: true },
    { x: 'Fourteen workers were hurt.', y: '14 workers were hurt.', same: true },
    { x: '12 workers were hurt.', y: '14 workers were hurt.', same: false },
    { x: 'It cost 300 million dollars.', y: 'It cost 312 million dollars.', same: false },
    // Bounds and estimates hold a range.
    { x: 'More than 3,000 cases were recorded.', y: 'About 3,100 cases were recorded.', same: true },
    { x: 'It killed at least 45 people.', y: 'It caused 38 deaths.', same: false },
    { x: 'It killed at least 45 people.', y: 'It caused 52 deaths.', same: true },
    { x: 'Nearly 200 people came.', y: '230 people came.', same: false },
    // Scores and tallies: one mention each, equal or not.
    { x: 'Arsenal beat Chelsea 3-1.', y: 'Chelsea lost 3–1 to Arsenal.', same: true },
    { x: 'Arsenal beat Chelsea 3-1.', y: 'Chelsea lost 3 – 2 to Arsenal.', same: false },
    { x: 'The court ruled 7-2.', y: 'The court ruled 7-0.', same: false },
    { x: 'The Senate voted 52-48.', y: 'The Senate voted 52 to 48.', same: true },
    { x: 'The Senate voted 52-48.', y: 'The Senate voted 51 to 49.', same: false },
  ])('$x / $y: $same', ({ x, y, same }) => {
    expect(sameNumber(numberIn(x), numberIn(y))).toBe(same);
    expect(sameNumber(numberIn(y), numberIn(x))).toBe(same);
  });
});
