import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/features/index';
import { explained, judge, DEFAULT_MODEL, RULES } from '../../src/classify/index';
import { alignTerms, unitWeight } from '../../src/similarity/index';
import { mergeFeatures } from '../../src/align/_merge';

const f = (text: string, start = 0) => extractFeatures({ index: 0, text, start, end: start + text.length });

const PAIRS = [
  { a: 'Netanyahu met Waltz in Washington on Monday.', b: 'Netanyahu met Waltz in Washington on Monday.' },
  { a: 'The team won the game, officials said.', b: 'The team lost the game.' },
  {
    a: 'Three people were hurt in the fire, police reportedly said.',
    b: 'Five people were hurt in the fire.',
  },
  { a: 'They met in February 2024.', b: 'They met on Monday in March 2023 to discuss the budget.' },
  { a: 'A man is playing a guitar.', b: 'The company reported higher profits.' },
  { a: 'Netanyahu did not meet Waltz, his office denied.', b: 'Netanyahu met Waltz twice.' },
];

// compare() judges many pairs and links few, so it asks judge() for the conflict rules only and adds the
// explanatory cues (hedges, attribution, shared names, overlap) to the pairs it keeps: the result must be the same.
describe('deferred explanatory cues', () => {
  it.each(PAIRS)('"$a" / "$b"', ({ a, b }) => {
    const full = judge(f(a), f(b), unitWeight, DEFAULT_MODEL);
    const deferred = judge(f(a), f(b), unitWeight, DEFAULT_MODEL, { explain: false });
    expect(deferred.relation).toBe(full.relation);
    expect(deferred.conflict).toBe(full.conflict);
    // Until explained, exactly the conflict rules' cues.
    const conflictRules = new Set(RULES.filter((r) => r.conflict !== 0).map((r) => r.id));
    expect(deferred.cues).toStrictEqual(full.cues.filter((c) => conflictRules.has(c.rule)));
    const later = explained(deferred);
    expect(later.unexplained).toBeUndefined();
    expect(later).toStrictEqual(full);
  });

  it('leaves out the explanatory cues until asked', () => {
    const j = judge(f(PAIRS[2]!.a), f(PAIRS[2]!.b), unitWeight, DEFAULT_MODEL, { explain: false });
    expect(j.relation).toBe('contradiction');
    expect(j.cues.map((c) => c.kind)).toEqual(['number']);
    expect(explained(j).cues.map((c) => c.kind)).toContain('hedge');
  });

  it('runs no conflict rule for a pair that can only be unrelated', () => {
    const x = f('Three people were arrested in Paris.');
    const y = f('Five people were rescued when the river burst its banks in Texas after a week of storms.');
    const j = judge(x, y);
    expect(j.relation).toBe('unrelated');
    expect(j.conflict).toBe(0);
    expect(j.cues).toEqual([]);
    // The number rule alone would fire on it.
    const rule = RULES.find((r) => r.id === 'number.mismatch')!;
    expect(rule.test({ a: x, b: y, alignment: j.alignment, weight: unitWeight }).length).toBeGreaterThan(0);
  });
});

// alignAccounts skips a sentence that covers less than MERGE_GAIN of a hub sentence when trying many-to-one links:
// reading two sentences together, each hub term keeps the better of its two matches, so the hub's cover is at most
// the sum of what each covers alone.
describe('cover of sentences read together', () => {
  const hub = f('Waltz, a former congressman born in Florida, was fired by Trump after the Signal chat.');
  const parts = [
    'Waltz served in Congress for Florida.',
    'He was born in Boynton Beach, Florida.',
    'Trump fired him after a Signal group chat leaked.',
    'The weather was fine.',
  ];
  it.each(parts.flatMap((x, i) => parts.slice(i + 1).map((y) => [x, y] as const)))('"%s" + "%s"', (x, y) => {
    const fx = f(x, 0);
    const fy = f(y, x.length + 1);
    const both = mergeFeatures(fx, fy)!;
    const sum = alignTerms(fx, hub).coverB + alignTerms(fy, hub).coverB;
    const one = Math.max(alignTerms(fx, hub).coverB, alignTerms(fy, hub).coverB);
    const together = alignTerms(both, hub).coverB;
    expect(together).toBeGreaterThanOrEqual(one - 1e-12);
    expect(together).toBeLessThanOrEqual(sum + 1e-12);
    // The merged trigrams are computed on first read, as the union of both sentences'.
    expect(both.trigrams).toEqual(new Set([...fx.trigrams, ...fy.trigrams]));
    expect(Object.getOwnPropertyDescriptor(both, 'trigrams')?.get).toBeUndefined();
  });
});
