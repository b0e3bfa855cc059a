/**
 * Plugging in your own sentence scorer: relateAsync() takes any function (a, b) => number | Promise<number> in
 * [0, 1], such as the cosine of embeddings from a model you run yourself. Here a stand-in scorer keeps the example
 * offline: the cosine of bag-of-character-trigram vectors. Contradictions and cues still come from corroborate's own
 * lexical analysis.
 *
 *   npx tsx examples/custom-scorer.ts
 */
import { relateAsync, type SentenceScorer } from '../src/index';

function trigrams(text: string): Map<string, number> {
  const s = ` ${text.toLowerCase()} `;
  const m = new Map<string, number>();
  for (let i = 0; i + 3 <= s.length; i++) m.set(s.slice(i, i + 3), (m.get(s.slice(i, i + 3)) ?? 0) + 1);
  return m;
}

// Replace the body with a call to your embedding model: `cosine(await embed(a), await embed(b))`.
const scorer: SentenceScorer = async (a, b) => {
  const x = trigrams(a);
  const y = trigrams(b);
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [g, c] of x) {
    dot += c * (y.get(g) ?? 0);
    nx += c * c;
  }
  for (const c of y.values()) ny += c * c;
  return dot / Math.sqrt(nx * ny);
};

const pairs: [string, string][] = [
  ['Trump nominated Waltz as ambassador to the UN.', 'Waltz was nominated ambassador to the United Nations.'],
  ['Netanyahu met Waltz in February.', 'Netanyahu did not meet Waltz in February.'],
  ['The cat sat on the mat.', 'Parliament passed the budget on Tuesday.'],
];
for (const [a, b] of pairs) {
  const r = await relateAsync(a, b, { scorer, agreement: 0.6 });
  console.log(`${r.relation.padEnd(13)} ${r.similarity.toFixed(2)}  ${a} / ${b}`);
}
