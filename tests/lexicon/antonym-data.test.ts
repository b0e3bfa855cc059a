import { describe, expect, it } from 'vitest';
import { antonymData, areAntonyms } from '../../src/lexicon/wordnet';

describe('antonymData', () => {
  it.each([
    { word: 'won', other: 'lost', opposed: true },
    { word: 'large', other: 'small', opposed: true },
    { word: 'resigned', other: 'sacked', opposed: true },
    { word: 'large', other: 'red', opposed: false },
    { word: 'guitar', other: 'flute', opposed: false },
  ])('$word / $other', ({ word, other, opposed }) => {
    const d = antonymData(word)!;
    // One object per word, handed out again on the next call.
    expect(antonymData(word)).toBe(d);
    expect([...d.antonyms]).toStrictEqual([...d.antonyms].sort((x, y) => x - y));
    const shared = [...d.antonyms].some((id) => antonymData(other)!.lemmaIds.includes(id));
    expect(shared).toBe(opposed);
    expect(areAntonyms(word, other)).toBe(opposed);
  });
});
