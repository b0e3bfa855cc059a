import { describe, expect, it } from 'vitest';
import { extractFeatures, type SentenceFeatures } from '../../src/features/index';
import { analyzePair, analyzePairLazily, PAIR_FEATURES, priorIdf } from '../../src/classify/pair';
import { baseWeight } from '../../src/similarity/index';

const f = (text: string) => extractFeatures({ index: 0, text, start: 0, end: text.length });
const EXACT = PAIR_FEATURES.indexOf('exactIdf');

/** Lemma -> the IDF weight of its last term, as a Map set term by term holds it. */
function lemmaWeights(x: SentenceFeatures): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of x.terms)
    m.set(t.lemma, priorIdf(t.entity ? t.key : x.tokens[t.token]!.lower) * baseWeight(t));
  return m;
}

/** exactIdf written out with Maps: the shared lemmas' weights over all weights, summed in a's then b's order. */
function exactIdf(a: SentenceFeatures, b: SentenceFeatures): number {
  const la = lemmaWeights(a);
  const lb = lemmaWeights(b);
  let shared = 0;
  let total = 0;
  for (const [k, w] of la) {
    total += w;
    if (lb.has(k)) shared += w + lb.get(k)!;
  }
  for (const w of lb.values()) total += w;
  return total > 0 ? shared / total : 0;
}

const many = (from: number, n: number) =>
  Array.from({ length: n }, (_, k) => `word${String.fromCharCode(97 + ((from + k) % 26))}${from + k}`).join(
    ' ',
  );

describe('exact lemma overlap (exactIdf)', () => {
  it.each([
    { a: 'A man is playing a guitar.', b: 'A woman is playing a flute.' },
    { a: 'The dog chased the dog.', b: 'Dogs chase cats, and the cat chased a dog.' },
    { a: 'Waltz met Netanyahu in Washington.', b: 'Netanyahu met President Trump.' },
    // Past SMALL distinct lemmas: looked up through an index.
    { a: `${many(0, 60)} river bank.`, b: `${many(30, 60)} bank river.` },
  ])('"$a" / "$b"', ({ a, b }) => {
    const expected = exactIdf(f(a), f(b));
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(1);
    expect(analyzePair(f(a), f(b)).x[EXACT]).toBe(expected);
    expect(analyzePairLazily(f(b), f(a)).x[EXACT]).toBe(exactIdf(f(b), f(a)));
  });
});
