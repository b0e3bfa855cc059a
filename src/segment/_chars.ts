/**
 * Character classes of the segmenter. Each test looks at one code point at a given offset, so the scan stays linear
 * and no regular expression ever runs over more than one character.
 */

/** The kind of character a word starts with, which is most of what decides whether a sentence may begin there. */
export type StartKind = 'upper' | 'lower' | 'digit' | 'symbol' | 'other' | 'end';

const UPPER = /[\p{Lu}\p{Lt}]/uy;
const LOWER = /\p{Ll}/uy;
const LETTER = /\p{L}/uy;
const DIGIT = /\p{Nd}/uy;
const ALNUM = /[\p{L}\p{N}]/uy;
const MARK = /\p{M}/uy;

function test(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}

/** Line breaks inside a gap: 1 for a line break, 2 for a paragraph break (form feed, U+2029). CRLF counts once. */
export function breakWeight(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x0a || c === 0x0b || c === 0x2028) return 1;
  if (c === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? 0 : 1;
  if (c === 0x0c || c === 0x2029) return 2;
  return 0;
}

export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return test(UPPER, text, i);
}

export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return test(LOWER, text, i);
}

export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return test(LETTER, text, i);
}

export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return test(DIGIT, text, i);
}

export function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return test(ALNUM, text, i);
}

export function isMarkAt(text: string, i: number): boolean {
  return text.charCodeAt(i) >= 0x300 && test(MARK, text, i);
}

// Character sets as bit flags in one table over the Basic Multilingual Plane: a lookup per character instead of a
// set or a regular expression keeps the scan fast. Every character the segmenter reacts to is in the BMP.
const STRONG = 1;
const STOP = 2;
const CLOSER = 4;
const QUOTE = 8;
const OPENER = 16;
const BULLET = 32;
const UNSPACED = 64;
const SYMBOL = 128;
/** JavaScript's `\s`. */
export const SPACE = 256;
/** Characters that may end a sentence inside a token: ASCII . ! ? and the unspaced scripts' marks. */
export const INNER = 512;
/** Bit flags of every BMP character; index it with `charCodeAt`. */
export const FLAGS = new Uint16Array(0x10000);
const flag = (chars: string, bit: number) => {
  for (const ch of chars) FLAGS[ch.charCodeAt(0)]! |= bit;
};
/** Sentence-final punctuation that is never an abbreviation point: ! ? and their variants in other scripts. */
flag('!?‼⁇⁈⁉！？؟।॥።։。', STRONG);
/** Full stops: the ASCII period, the ellipsis character and the fullwidth period. */
flag('.…．', STOP);
/** What may follow a sentence's last punctuation and still belong to it: closing quotes and brackets. */
flag('"\'”’»›)]}」』）】〕〉》', CLOSER);
flag('"\'”’»›」』', QUOTE);
/** What may stand before a sentence's first word: opening quotes and brackets, Spanish inverted marks. */
flag('"\'“‘„‚«‹([{¿¡「『（【〔〈《', OPENER);
/** Characters that start a list item wherever they stand after a space. */
flag('•◦‣⁃▪▫●○■□►▶➢➤✓✔❖◆◇', BULLET);
/** Scripts that write no space after a sentence, so a boundary may fall inside a whitespace-delimited token. */
flag('。！？', UNSPACED);
/** Symbols a sentence may start with: currency and social-media sigils. */
flag('$£€¥₹#@', SYMBOL);
flag('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', SPACE);
for (let c = 0x2000; c <= 0x200a; c++) FLAGS[c]! |= SPACE;
flag('.!?。！？', INNER);

const has = (c: number, bit: number): boolean => c < 0x10000 && (FLAGS[c]! & bit) !== 0;

/**
 * Whitespace exactly as JavaScript's `\s` defines it (it includes NBSP, U+2028, U+2029 and U+FEFF), so that trimming
 * a sentence and splitting tokens agree with what callers check with `/\s/`.
 */
export function isSpace(c: number): boolean {
  return has(c, SPACE);
}

export function isStrong(c: number): boolean {
  return has(c, STRONG);
}

export function isTerminator(c: number): boolean {
  return has(c, STRONG | STOP);
}

export function isUnspacedTerminator(c: number): boolean {
  return has(c, UNSPACED);
}

export function isCloser(c: number): boolean {
  return has(c, CLOSER);
}

export function isQuote(c: number): boolean {
  return has(c, QUOTE);
}

export function isOpener(c: number): boolean {
  return has(c, OPENER);
}

export function isBullet(c: number): boolean {
  return has(c, BULLET);
}

/** Classifies the character at `i` as the start of a word that might begin a sentence. */
export function startKind(text: string, i: number, end: number): StartKind {
  if (i >= end) return 'end';
  if (isUpperAt(text, i)) return 'upper';
  if (isLowerAt(text, i)) return 'lower';
  // Caseless scripts (CJK, Arabic, Hebrew...) cannot signal a sentence start by case: treat them as capitals.
  if (isLetterAt(text, i)) return 'upper';
  if (isDigitAt(text, i)) return 'digit';
  if (has(text.charCodeAt(i), SYMBOL)) return 'symbol';
  return 'other';
}
