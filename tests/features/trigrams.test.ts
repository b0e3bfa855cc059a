import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/index';

const f = (text: string) => extractFeatures({ index: 0, text, start: 0, end: text.length });

// `trigrams` is computed on first read, through one accessor shared by every features object.
describe('trigrams of a sentence', () => {
  it.each([
    { text: 'Waltz met Netanyahu.', has: [' wa', 'ltz', 'yah', 'hu '], lacks: ['et.'] },
    { text: 'The dogs ran.', has: [' do', 'ogs', ' ra', 'ran'], lacks: ['the'] },
  ])('$text', ({ text, has, lacks }) => {
    const x = f(text);
    const grams = x.trigrams;
    for (const g of has) expect(grams.has(g)).toBe(true);
    for (const g of lacks) expect(grams.has(g)).toBe(false);
    // Read once, then kept as a plain value.
    expect(x.trigrams).toBe(grams);
    expect(Object.getOwnPropertyDescriptor(x, 'trigrams')).toMatchObject({ value: grams, enumerable: true });
  });

  it('belongs to its own sentence and is listed last', () => {
    const x = f('Waltz met Netanyahu.');
    const y = f('The dogs ran.');
    expect(Object.getOwnPropertyDescriptor(y, 'trigrams')?.get).toBeTypeOf('function');
    expect(y.trigrams).not.toBe(x.trigrams);
    expect(y.trigrams.has(' wa')).toBe(false);
    expect(Object.keys(x).at(-1)).toBe('trigrams');
  });
});
