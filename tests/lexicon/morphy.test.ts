import { describe, expect, it } from 'vitest';
import { IRREGULAR_ADJECTIVES, IRREGULAR_NOUNS, IRREGULAR_VERBS } from '../../src/lexicon/irregular-en';
import { baseForms, type WordNetPos } from '../../src/lexicon/morphy-en';
import { synsets } from '../../src/lexicon/wordnet';

/** A toy lexicon, so the rules are tested apart from what WordNet happens to contain. */
const TOY: Record<string, readonly WordNetPos[]> = {
  box: ['n'],
  church: ['n'],
  city: ['n'],
  man: ['n'],
  glass: ['n'],
  gla: ['n'],
  ha: ['n'],
  have: ['v'],
  stop: ['v'],
  hope: ['v'],
  try: ['v'],
  go: ['v'],
  meeting: ['n'],
  meet: ['v'],
  big: ['a'],
  happy: ['a'],
  late: ['a'],
  person: ['n'],
  people: ['n', 'v'],
};
const known = (w: string, pos: WordNetPos): boolean => TOY[w]?.includes(pos) ?? false;

describe('baseForms (morphy rules on a toy lexicon)', () => {
  it.each([
    { word: 'boxes', expected: ['box'], why: 'noun -xes -> -x' },
    { word: 'churches', expected: ['church'], why: 'noun -ches -> -ch' },
    { word: 'cities', expected: ['city'], why: 'noun -ies -> -y' },
    { word: 'men', expected: ['man'], why: 'listed irregular plural' },
    { word: 'chairmen', expected: [], why: '-men -> -man, but "chairman" is not in the toy lexicon' },
    { word: 'glass', expected: ['glass'], why: "nouns in -ss get no rules, so no 'gla'" },
    { word: 'has', expected: ['have'], why: "irregular verb; the noun rule's 'ha' is under 3 letters" },
    { word: 'stopped', expected: ['stop'], why: '-ed with the doubled consonant undone' },
    { word: 'hoping', expected: ['hope'], why: '-ing -> -e' },
    { word: 'tries', expected: ['try'], why: 'verb -ies -> -y' },
    { word: 'tried', expected: ['try'], why: 'verb -ied -> -y (verb.exc in WordNet)' },
    { word: 'went', expected: ['go'], why: 'irregular past' },
    { word: 'meeting', expected: ['meeting', 'meet'], why: 'the noun itself first, then the verb' },
    { word: 'meetings', expected: ['meeting'], why: 'a plural noun is not a verb form' },
    { word: 'bigger', expected: ['big'], why: 'adjective -er, undoubled' },
    { word: 'happiest', expected: ['happy'], why: 'adjective -iest -> -y' },
    { word: 'later', expected: ['late'], why: 'adjective -er -> -e' },
    { word: 'people', expected: ['person', 'people'], why: 'irregular base first, then the word itself' },
    { word: 'xyzzy', expected: [], why: 'unknown' },
  ])('$word -> $expected ($why)', ({ word, expected }) => {
    expect(baseForms(word, known)).toEqual(expected);
  });
});

describe('irregular tables', () => {
  // Every base must be a WordNet lemma of the right part of speech, or the row can never produce anything.
  const rows = [
    ...Object.keys(IRREGULAR_VERBS).map((base) => ({ base, poses: ['v'] as const })),
    ...Object.keys(IRREGULAR_NOUNS).map((base) => ({ base, poses: ['n'] as const })),
    ...Object.keys(IRREGULAR_ADJECTIVES).map((base) => ({ base, poses: ['a', 'r'] as const })),
  ];

  it.each(rows)('$base is a WordNet lemma ($poses)', ({ base, poses }) => {
    expect(poses.some((pos) => synsets(base, pos).length > 0)).toBe(true);
  });

  it('covers about 200 irregular verbs', () => {
    expect(Object.keys(IRREGULAR_VERBS).length).toBeGreaterThanOrEqual(200);
  });

  it('never lists a form as its own base', () => {
    for (const table of [IRREGULAR_VERBS, IRREGULAR_NOUNS, IRREGULAR_ADJECTIVES]) {
      for (const [base, forms] of Object.entries(table)) expect(forms).not.toContain(base);
    }
  });
});
