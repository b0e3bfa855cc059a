/**
 * segment(): text -> Sentence[] with offsets into the original text. The first stage of the pipeline.
 */
import { CorroborateError, parseOrThrow } from '../errors';
import {
  SegmentOptionsSchema,
  type ResolvedSegmentOptions,
  type Sentence,
  type SegmentOptions,
} from '../schemas';
import { isSpace } from './_chars';
import { findBoundaries } from './_scan';
import { resolveLanguage } from './detect';
import { profileFor } from './languages';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

/**
 * Splits a text into sentences. Each sentence carries its `start` and `end` offsets (UTF-16 code units) into
 * the original text, whatever its line endings or characters, and `text === input.slice(start, end)` with no
 * surrounding whitespace.
 *
 * Built for English news text: abbreviations, initials, titles, times, numbers, URLs, e-mail addresses,
 * ellipses, lists and quotations with their attribution (`"Why?" he asked.`) do not end sentences where they
 * should not. A paragraph break always ends a sentence, and so does a line break unless the next line plainly
 * continues the sentence (it starts lowercase after a wrapped line), so headlines and bylines are segments of
 * their own. German, French, Spanish, Italian, Portuguese, Dutch and Russian have abbreviation lists of their own;
 * other languages split only at `.`, `!` or `?` before a capital, a digit or an opening quote, and never after a
 * single capital (an initial).
 * A run longer than `MAX_SENTENCE` (2,000) characters without a sentence end is cut into pieces.
 *
 * @param text - The text to split.
 * @param options - `language`: a BCP 47 tag, or 'auto' to tell English, German, French, Spanish, Italian,
 *   Portuguese, Dutch or Russian from the text's function words (default: 'en'); `abbreviations`: extra
 *   abbreviations that do not end a sentence before a name, with or without their final period (default: []).
 * @returns The sentences in order; `[]` for empty or whitespace-only text.
 * @throws {CorroborateError} `E_INVALID_INPUT` when `text` is not a string, `E_INVALID_OPTIONS` for bad
 *   options.
 *
 * @example
 * segment('Mr. Waltz met J.D. Vance at 5 p.m. on Friday. “It got back to Trump,” one official said.');
 * // [
 * //   { index: 0, text: 'Mr. Waltz met J.D. Vance at 5 p.m. on Friday.', start: 0, end: 46 },
 * //   { index: 1, text: '“It got back to Trump,” one official said.', start: 47, end: 89 },
 * // ]
 */
export function segment(text: string, options?: SegmentOptions): Sentence[] {
  if (typeof text !== 'string') {
    throw new CorroborateError('E_INVALID_INPUT', `text must be a string, got ${describe(text)}`);
  }
  const resolved = parseOrThrow(SegmentOptionsSchema, options ?? {}, 'E_INVALID_OPTIONS', 'segment options');
  return segmentResolved(text, resolved);
}

/**
 * The longest sentence segment() returns, in UTF-16 code units. Longer runs without a sentence end (text without
 * punctuation, such as a raw speech transcript) are cut into pieces: news sentences stay far below it (a 100-word
 * sentence is about 600), and a pair of sentences thousands of words long would be compared word against word,
 * which takes seconds, to give one link that says little.
 */
export const MAX_SENTENCE = 2000;

/** Closes a clause: a cut after one of these (and a space) keeps clauses whole. */
const CLAUSE_MARKS = new Set([0x2c, 0x3b, 0x3a, 0x2013, 0x2014]); // , ; : – —

/**
 * Where to cut a run that starts at `from` before `limit`: after the last clause mark followed by white space in the
 * second half, else at the last white space, else at `limit` (text without spaces), never inside a surrogate pair.
 */
function cutAt(text: string, from: number, limit: number): number {
  const half = from + ((limit - from) >> 1);
  for (let i = limit - 1; i > half; i--) {
    if (CLAUSE_MARKS.has(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i))) return i;
  }
  for (let i = limit; i > from + 1; i--) if (isSpace(text.charCodeAt(i))) return i;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/**
 * `segment()` without validation, for callers that have already parsed their options (such as `compare()`).
 *
 * @example
 * const options = SegmentOptionsSchema.parse({ language: 'de' });
 * segmentResolved('Dr. Müller kam um 5 Uhr. Er ging.', options).map((s) => s.text);
 * // ['Dr. Müller kam um 5 Uhr.', 'Er ging.']
 */
export function segmentResolved(text: string, options: ResolvedSegmentOptions): Sentence[] {
  const profile = profileFor(resolveLanguage(options.language, text, ''), options.abbreviations);
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) sentences.push({ index: sentences.length, text: text.slice(start, end), start, end });
  };
  const emit = (to: number) => {
    let start = from;
    while (to - start > MAX_SENTENCE) {
      const cut = cutAt(text, start, start + MAX_SENTENCE);
      push(start, cut);
      start = cut;
    }
    push(start, to);
    from = to;
  };
  for (const cut of findBoundaries(text, profile)) emit(cut);
  emit(text.length);
  return sentences;
}
