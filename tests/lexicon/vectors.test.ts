import { describe, expect, it } from 'vitest';
import { getVectors, parseVectors } from '../../src/lexicon/vectors';

function cosine(a: string, b: string): number {
  const v = getVectors()!;
  const x = v.row(a);
  const y = v.row(b);
  let s = 0;
  for (let d = 0; d < v.dims; d++) s += v.data[x * v.dims + d]! * v.data[y * v.dims + d]!;
  return s;
}

describe('word vectors', () => {
  it('loads the packaged file', () => {
    const v = getVectors();
    expect(v).not.toBeNull();
    expect(v!.dims).toBe(100);
    expect(v!.row('the')).toBe(0);
    expect(v!.row('no-such-word-here')).toBe(-1);
  });

  it.each([
    { a: 'dog', b: 'puppy', closer: 'car' },
    { a: 'king', b: 'queen', closer: 'banana' },
    { a: 'buy', b: 'purchase', closer: 'sleep' },
  ])('$a is closer to $b than to $closer', ({ a, b, closer }) => {
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, closer));
  });

  it('ranks words most frequent first', () => {
    const v = getVectors()!;
    expect(v.rank(v.row('the'))).toBeLessThan(v.rank(v.row('guitar')));
  });

  it('rejects a file of another format', () => {
    expect(() => parseVectors(new TextEncoder().encode('something else\n\n\n'))).toThrow(/vectors file/);
  });
});
