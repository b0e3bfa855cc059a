/**
 * similarity(a, b) and relate(a, b): the pairwise judgments on their own, for two sentences or short passages.
 */
import { CorroborateError, parseOrThrow } from './errors';
import { RelateOptionsSchema, type RelateOptions, type RelationResult } from './schemas';
import { extractFeatures, type SentenceFeatures } from './features/index';
import { alignTerms } from './similarity/index';
import { judge } from './classify/index';

function features(text: unknown, side: 'a' | 'b'): SentenceFeatures {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    throw new CorroborateError('E_INVALID_INPUT', `text ${side} must be a string, got ${got}`);
  }
  return extractFeatures({ index: 0, text, start: 0, end: text.length });
}

/**
 * The semantic similarity of two sentences, in [0, 1] and symmetric: the weighted share of each sentence's content
 * words that find a counterpart in the other (same stem, WordNet synonym, derivation or hypernym, or a close
 * spelling for names), combined as a harmonic mean.
 *
 * @example
 * similarity('Trump fired his adviser.', 'The president dismissed his adviser.'); // ≈ 0.7
 */
export function similarity(a: string, b: string, options?: RelateOptions): number {
  const fa = features(a, 'a');
  const fb = features(b, 'b');
  parseOrThrow(RelateOptionsSchema, options ?? {}, 'E_INVALID_OPTIONS', 'similarity options');
  return alignTerms(fa, fb).score;
}

/**
 * How two sentences or short passages relate: `agreement` (same claim, or one entails the other), `partial` (same
 * subject, each adds something, nothing conflicts), `contradiction` (both cannot be true) or `unrelated`, with the
 * similarity, a confidence, and the cues (with offsets into `a` and `b`) that the judgment rests on.
 *
 * @example
 * relate('Netanyahu met Waltz in February.', 'Netanyahu did not meet Waltz.').relation; // 'contradiction'
 */
export function relate(a: string, b: string, options?: RelateOptions): RelationResult {
  const fa = features(a, 'a');
  const fb = features(b, 'b');
  parseOrThrow(RelateOptionsSchema, options ?? {}, 'E_INVALID_OPTIONS', 'relate options');
  const { relation, similarity: sim, confidence, cues } = judge(fa, fb);
  return { relation, similarity: sim, confidence, cues };
}
