/**
 * The aligner and the antonym rule take fast paths through the built-in WordNet lexicon (synset postings,
 * antonym ids). A lexicon of the caller's with only the documented methods must give the same judgments.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { judge } from '../../src/classify/index';
import { extractFeatures } from '../../src/features/index';
import { getLexicon, setLexicon, type Lexicon } from '../../src/lexicon/wordnet';

const PAIRS: [string, string][] = [
  ['The team won the game on Sunday.', 'The team lost the game on Sunday.'],
  ['Prices rose sharply in March.', 'Prices fell sharply in March.'],
  ['Trump fired his national security adviser.', 'The president dismissed his adviser.'],
  ['Netanyahu had one phone conversation with Waltz.', 'Netanyahu did not speak with Waltz.'],
  ['The appointment of Waltz was announced.', 'Trump nominated Waltz.'],
  ['A dog chased the cat.', 'An animal chased the cat.'],
  ['Netanyahou met the ambassador.', 'Netanyahu met the ambassador.'],
];

const features = (text: string) => extractFeatures({ index: 0, text, start: 0, end: text.length });

function plain(l: Lexicon): Lexicon {
  return {
    lemmas: (w) => l.lemmas(w),
    synsets: (w, p) => l.synsets(w, p),
    isKnownWord: (w) => l.isKnownWord(w),
    areSynonyms: (a, b) => l.areSynonyms(a, b),
    areAntonyms: (a, b) => l.areAntonyms(a, b),
    hypernymDistance: (a, b, d) => l.hypernymDistance(a, b, d),
    related: (a, b) => l.related(a, b),
    wordSimilarity: (a, b) => l.wordSimilarity(a, b),
  };
}

afterEach(() => setLexicon(undefined));

describe('a lexicon with only the documented methods', () => {
  it('judges every pair as the built-in one does', () => {
    const builtIn = PAIRS.map(([a, b]) => judge(features(a), features(b)));
    expect(builtIn.some((j) => j.cues.some((c) => c.kind === 'antonym'))).toBe(true);
    setLexicon(plain(getLexicon()));
    const slow = PAIRS.map(([a, b]) => judge(features(a), features(b)));
    expect(slow).toEqual(builtIn);
  });
});
