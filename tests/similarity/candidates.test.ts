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

// Two sentences that each have a verbatim counterpart in the other account (not each other): both accounts state
// both, so the index leaves their pair out; each keeps the pair with its own counterpart.
describe('candidatePairs with verbatim counterparts', () => {
  const texts = () =>
    accounts(
      'The storm flooded the river town. The storm closed the river bridge. The storm spared the market.',
      'The storm closed the river bridge. The storm flooded the river town. The storm did not spare the market.',
    );
  // a0 = b1 and a1 = b0 word for word; a2 and b2 differ.
  const twins = { a: Int32Array.of(1, 0, -1), b: Int32Array.of(1, 0, -1) };

  it('leaves out the pairs of two sentences with counterparts elsewhere once pruning is on', () => {
    const { fa, fb } = texts();
    const pruned = candidatePairs(fa, fb, undefined, undefined, { exhaustiveUpTo: 0 }, twins);
    const keys = pruned.map(([i, j]) => `${i}-${j}`);
    expect(keys).toContain('0-1');
    expect(keys).toContain('1-0');
    expect(keys).not.toContain('0-0');
    expect(keys).not.toContain('1-1');
    // A sentence without a counterpart is still paired with both.
    expect(keys).toEqual(expect.arrayContaining(['0-2', '1-2', '2-0', '2-1', '2-2']));
    // Without twins the same pruning keeps them.
    const plain = candidatePairs(fa, fb, undefined, undefined, { exhaustiveUpTo: 0 });
    expect(plain.map(([i, j]) => `${i}-${j}`)).toEqual(expect.arrayContaining(['0-0', '1-1']));
  });

  it('keeps each sentence with its own counterpart, even one the index cannot find', () => {
    // "They said it." holds framing words alone: no key to be found by.
    const { fa, fb } = accounts(
      'They said it. The storm flooded the town.',
      'They said it. The storm flooded the town.',
    );
    const own = { a: Int32Array.of(0, 1), b: Int32Array.of(0, 1) };
    const forced = { exhaustiveUpTo: 0 };
    expect(candidatePairs(fa, fb, undefined, undefined, forced).map(([i, j]) => `${i}-${j}`)).toEqual([
      '1-1',
    ]);
    expect(candidatePairs(fa, fb, undefined, undefined, forced, own).map(([i, j]) => `${i}-${j}`)).toEqual([
      '0-0',
      '1-1',
    ]);
    // Kept without skipping the pairs of counterparts too (the ordered alignment).
    expect(candidatePairs(fa, fb, undefined, undefined, forced, { ...own, skipPairs: false })).toHaveLength(
      2,
    );
  });

  it('leaves them out of a short text too, where nothing else is pruned', () => {
    const { fa, fb } = texts();
    const pairs = candidatePairs(fa, fb, undefined, undefined, {}, twins).map(([i, j]) => `${i}-${j}`);
    expect(pairs).toEqual(['0-1', '0-2', '1-0', '1-2', '2-0', '2-1', '2-2']);
    expect(candidatePairs(fa, fb, undefined, undefined, {}, { ...twins, skipPairs: false })).toHaveLength(9);
  });
});
