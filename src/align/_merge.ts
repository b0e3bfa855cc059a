import { withLazyTrigrams, type SentenceFeatures } from '../features/index';

/** Merging two sentences further apart than this is not tried (the gap is padded in the merged text). */
export const MAX_MERGE_GAP = 10_000;

/**
 * The features of two sentences (x before y in the text) read as one passage, for judging a 2-1 or 1-2 link.
 * Token indices of the second are shifted past the first's; offsets stay global, so cues still point into the
 * original text, and the merged text pads the gap so that slicing it by offsets still works.
 */
export function mergeFeatures(x: SentenceFeatures, y: SentenceFeatures): SentenceFeatures | undefined {
  const gap = y.sentence.start - x.sentence.end;
  if (gap < 0 || gap > MAX_MERGE_GAP) return undefined;
  const shift = x.tokens.length;
  const moved = <T extends { token: number }>(list: readonly T[]): T[] =>
    list.map((m) => ({ ...m, token: m.token + shift }));
  return withLazyTrigrams({
    sentence: {
      index: x.sentence.index,
      text: x.sentence.text + ' '.repeat(gap) + y.sentence.text,
      start: x.sentence.start,
      end: y.sentence.end,
    },
    tokens: [...x.tokens, ...y.tokens],
    terms: [...x.terms, ...moved(y.terms)],
    numbers: [...x.numbers, ...y.numbers],
    dates: [...x.dates, ...y.dates],
    quantities: [...x.quantities, ...moved(y.quantities)],
    negations: [...x.negations, ...moved(y.negations)],
    hedges: [...x.hedges, ...moved(y.hedges)],
    attributions: [...x.attributions, ...moved(y.attributions)],
    refutations: [...x.refutations, ...moved(y.refutations)],
  });
}
