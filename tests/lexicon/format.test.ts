/**
 * The loader against a hand-written lexicon in the build script's format, so parsing and the query logic are
 * tested on a graph small enough to reason about completely.
 */
import { describe, expect, it } from 'vitest';
import { PATH_SIMILARITY, parseLexicon, RELATION_SCORES } from '../../src/lexicon/wordnet';

// Synsets (id: pos, hypernyms): 0 animal; 1 dog -> 0; 2 run (v); 3 hot (a); 4 cold (a); 5 scorching (a) -> 3,
// as the build writes a satellite's cluster head; 6 runner (n); 7 canine -> 0 (a second word of synset 1's parent
// line is not needed). Lemma ids follow code-unit order.
const TEXT = [
  'corroborate-lexicon\t1\ttest\tnone',
  'S\t8\t3',
  'n',
  'n0',
  'v',
  'a',
  'a',
  'a3',
  'n',
  'n0',
  'L\t8',
  'animal\t0', // 0
  'canine\t7', // 1
  'cold\t4\t4,7', // 2: antonyms hot (4) and, indirectly, scorching (7)
  'dog\t1', // 3
  'hot\t3\t2', // 4
  'run\t2\t\t6', // 5: derived runner (6)
  'runner\t6\t\t5', // 6
  'scorching\t5\t2', // 7
  '',
].join('\n');

const lexicon = parseLexicon(TEXT);
const { alpha, beta } = PATH_SIMILARITY;

describe('parseLexicon on a toy graph', () => {
  it.each([
    { word: 'dogs', expected: ['dog'] },
    { word: 'ran', expected: ['run'], why: 'the English irregular table applies to any lexicon in this format' },
    { word: 'hotter', expected: ['hot'] },
    { word: 'cat', expected: [] },
  ])('lemmas($word) = $expected', ({ word, expected }) => {
    expect(lexicon.lemmas(word)).toEqual(expected);
  });

  it.each([
    { a: 'dog', b: 'animal', expected: 'hypernym' },
    { a: 'animal', b: 'dog', expected: 'hyponym' },
    { a: 'hot', b: 'cold', expected: 'antonym' },
    { a: 'scorching', b: 'cold', expected: 'antonym' },
    { a: 'runner', b: 'running', expected: 'derived' },
    { a: 'dog', b: 'dogs', expected: 'same' },
    { a: 'dog', b: 'hot', expected: null },
  ])('related($a, $b) = $expected', ({ a, b, expected }) => {
    expect(lexicon.related(a, b)).toBe(expected);
  });

  it.each([
    // The root counts as depth 1, so a path through it keeps tanh(beta) of its credit.
    { a: 'dog', b: 'animal', expected: Math.exp(-alpha) * Math.tanh(beta), why: 'one link to a root noun' },
    { a: 'dog', b: 'canine', expected: Math.exp(-alpha * 2) * Math.tanh(beta), why: 'siblings under the root' },
    { a: 'scorching', b: 'hot', expected: Math.exp(-alpha), why: 'adjective clusters get no depth discount' },
    { a: 'hot', b: 'cold', expected: RELATION_SCORES.antonym, why: 'antonyms' },
    { a: 'run', b: 'runner', expected: RELATION_SCORES.derived, why: 'derivation' },
    { a: 'run', b: 'hot', expected: 0, why: 'no path' },
  ])('wordSimilarity($a, $b) ($why)', ({ a, b, expected }) => {
    expect(lexicon.wordSimilarity(a, b)).toBeCloseTo(expected, 10);
  });

  it('keeps sense order and filters by part of speech', () => {
    expect(lexicon.synsets('dog')).toEqual([1]);
    expect(lexicon.synsets('dog', 'v')).toEqual([]);
    expect(lexicon.synsets('hot', 'a')).toEqual([3]);
  });

  it('counts hypernym steps', () => {
    expect(lexicon.hypernymDistance('dog', 'animal')).toBe(1);
    expect(lexicon.hypernymDistance('dog', 'animal', 0)).toBeNull();
    expect(lexicon.hypernymDistance('scorching', 'hot')).toBe(1);
  });
});

describe('parseLexicon rejects malformed text', () => {
  it.each([
    { name: 'an unknown header', text: 'something else\n' },
    { name: 'a newer format version', text: TEXT.replace('lexicon\t1', 'lexicon\t2') },
    { name: 'a missing section header', text: TEXT.replace('S\t8\t3', 'X\t8\t3') },
    { name: 'a synset without a part of speech', text: TEXT.replace('\nn0\n', '\nq0\n') },
    { name: 'more links than announced', text: TEXT.replace('S\t8\t3', 'S\t8\t2') },
    { name: 'a truncated lemma table', text: TEXT.replace('L\t8', 'L\t9') },
  ])('$name', ({ text }) => {
    expect(() => parseLexicon(text)).toThrow(expect.objectContaining({ code: 'E_INVALID_INPUT' }));
  });
});
