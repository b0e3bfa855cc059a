import { describe, expect, it } from 'vitest';
import { accounts } from '../align/_accounts';
import { candidatePairs } from '../../src/similarity/candidates';

describe('candidatePairs with pruning', () => {
  it('gives a tie at the last place to the sentence the shared keys make up most of', () => {
    // a0 shares "volcano" and "erupted" with b0 and b1 alike; b1 is nothing more, b0 adds a glacier village.
    const { fa, fb } = accounts(
      'The volcano erupted. The glacier village flooded.',
      'The volcano erupted near the glacier village. The volcano erupted.',
    );
    const pruned = candidatePairs(fa, fb, undefined, undefined, { exhaustiveUpTo: 0, perSentence: 1 });
    // b0's best is a1 (two rarer keys) and b1's is a0; a0's one place goes to b1, its copy, not to b0.
    expect(pruned).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(candidatePairs(fa, fb)).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
    ]);
  });
});

// Reference: every pair's summed IDF of shared keys, the k best of each sentence from both sides, ties at the k-th
// score to the least key mass. The index must keep exactly these pairs.
describe('candidatePairs against a reference', () => {
  // Sentences of a few words drawn from a small vocabulary: many shared keys, many ties.
  const words = ['storm', 'flood', 'river', 'bridge', 'mayor', 'police', 'school', 'market', 'fire', 'train'];
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentence = () =>
    `The ${Array.from({ length: 2 + Math.floor(rnd() * 5) }, () => words[Math.floor(rnd() * words.length)]!).join(' ')} stood.`;
  const texts = (n: number) => Array.from({ length: n }, sentence).join(' ');

  it.each([1, 2, 3, 5])('keeps the k best of each sentence, k = %i', (k) => {
    const { fa, fb } = accounts(texts(40), texts(30));
    const pruned = candidatePairs(fa, fb, undefined, undefined, { exhaustiveUpTo: 0, perSentence: k });
    // Keys as the index reads them: one per distinct term key and lemma.
    const keysOf = (f: (typeof fa)[number]) =>
      new Set(f.terms.filter((t) => !t.framing).flatMap((t) => [t.key, t.lemma]));
    const ka = fa.map(keysOf);
    const kb = fb.map(keysOf);
    const df = new Map<string, number>();
    for (const ks of [...ka, ...kb]) for (const key of ks) df.set(key, (df.get(key) ?? 0) + 1);
    const n = fa.length + fb.length;
    const idf = (key: string) => Math.round(2 ** 20 * Math.log((n + 1) / (df.get(key)! + 0.5)));
    const mass = (ks: Set<string>) => [...ks].reduce((s, key) => s + idf(key), 0);
    const best = (from: Set<string>[], to: Set<string>[]) =>
      from.map((x) => {
        const scored = to
          .map((y, j) => ({ j, s: [...x].filter((key) => y.has(key)).reduce((s, key) => s + idf(key), 0) }))
          .filter((c) => c.s > 0)
          .sort((p, q) => q.s - p.s || mass(to[p.j]!) - mass(to[q.j]!) || p.j - q.j);
        return scored.slice(0, k).map((c) => c.j);
      });
    const expected = new Set<string>();
    best(ka, kb).forEach((js, i) => js.forEach((j) => expected.add(`${i},${j}`)));
    best(kb, ka).forEach((is, j) => is.forEach((i) => expected.add(`${i},${j}`)));
    expect(new Set(pruned.map(([i, j]) => `${i},${j}`))).toEqual(expected);
  });
});
