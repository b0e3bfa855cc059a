import { describe, expect, it } from 'vitest';
import { PackBuffer, takeAll, type Postings } from '../../src/similarity/postings';

const ids = (p: Postings) => Array.from(p.data.subarray(p.at, p.at + p.n));
const terms = (p: Postings) => Array.from(p.data.subarray(p.at + p.n, p.at + 2 * p.n));

describe('postings', () => {
  it('sorts by id, then term, and lists each pair in one shared array', () => {
    const x = new PackBuffer();
    const y = new PackBuffer();
    for (const [id, term] of [
      [70_000, 2],
      [5, 1],
      [5, 0],
      [3, 4],
    ] as const)
      x.push(id, term);
    y.push(1, 0xffff);
    const [px, py] = takeAll([x, y]);
    expect(ids(px!)).toEqual([3, 5, 5, 70_000]);
    expect(terms(px!)).toEqual([4, 0, 1, 2]);
    expect(ids(py!)).toEqual([1]);
    expect(terms(py!)).toEqual([0xffff]);
    expect(px!.data).toBe(py!.data);
    expect(px!.data.length).toBe(10);
    expect(x.length).toBe(0);
  });

  it('grows past its first capacity and gives empty postings for an empty buffer', () => {
    const x = new PackBuffer();
    for (let k = 1000; k > 0; k--) x.push(k, k % 7);
    const [p, empty] = takeAll([x, new PackBuffer()]);
    expect(ids(p!)).toEqual(Array.from({ length: 1000 }, (_, k) => k + 1));
    expect(empty!.n).toBe(0);
  });
});

describe('unsorted postings', () => {
  it('keep the order pushed when asked', () => {
    const x = new PackBuffer();
    for (const [id, term] of [
      [9, 0],
      [2, 1],
      [9, 2],
    ] as const)
      x.push(id, term);
    const [p] = takeAll([x], false);
    expect(ids(p!)).toEqual([9, 2, 9]);
    expect(terms(p!)).toEqual([0, 1, 2]);
  });
});
