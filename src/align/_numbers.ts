import { withLazyTrigrams, type SentenceFeatures, type Term } from '../features/index';

/**
 * A sentence's features with the numbers and years it states added as terms, for the alignment between two
 * accounts. The features stage leaves them out of the terms, so that relate()'s fitted model keeps the features it
 * was fitted on, and the number rules compare them (a mismatch is a conflict cue, not a missing word). For choosing
 * which sentences to link they are content like any word: a year, a count or a score that two sentences share is
 * evidence that they report the same fact ("in 2016", "3,500 fans"), and one that only one side states is a part the
 * other does not cover. The key is the value in digits, which no word term has (number tokens are never terms), so
 * "3,500", "3500" and "three" meet by value and a number never meets a word.
 *
 * @example
 * withNumberTerms(extractFeatures(segment('He joined in 1991.')[0]!)).terms.map((t) => t.key); // ['join', '1991']
 */
export function withNumberTerms(f: SentenceFeatures): SentenceFeatures {
  const added: Term[] = [];
  const keys = new Set<string>();
  const add = (value: number, span: [number, number]) => {
    const key = String(value);
    if (keys.has(key)) return;
    keys.add(key);
    const token = f.tokens.findIndex((t) => t.start <= span[0] && span[0] < t.end);
    if (token < 0) return;
    // The lemma is the key (WordNet knows no number). Not negated: the number rules weigh a denied number.
    added.push({
      key,
      lemma: key,
      span,
      entity: false,
      title: false,
      framing: false,
      source: false,
      negated: false,
      token,
    });
  };
  for (const n of f.numbers) {
    // "One" in words is as often the article "a" as a count ("one official said", "one of the five").
    if (n.value === 1 && !/\d/.test(n.text)) continue;
    add(n.value, n.span);
  }
  for (const d of f.dates) if (d.part === 'year') add(d.value, d.span);
  if (added.length === 0) return f;
  const terms = [...f.terms, ...added].sort((x, y) => x.token - y.token);
  // A copy with the same fields in the same order (one object shape for V8). Its trigrams stay lazy, read from its
  // own terms, unless the original's were read already.
  const copy = {
    sentence: f.sentence,
    tokens: f.tokens,
    terms,
    numbers: f.numbers,
    dates: f.dates,
    quantities: f.quantities,
    negations: f.negations,
    hedges: f.hedges,
    attributions: f.attributions,
    refutations: f.refutations,
  };
  const trigrams = Object.getOwnPropertyDescriptor(f, 'trigrams');
  if (trigrams !== undefined && 'value' in trigrams)
    return Object.defineProperty(copy, 'trigrams', trigrams) as SentenceFeatures;
  return withLazyTrigrams(copy);
}
