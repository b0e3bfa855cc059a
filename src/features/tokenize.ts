/**
 * Word tokenization with offsets. Treebank-style on the points that matter for meaning: "didn't" becomes
 * "did" + "n't" so the negation survives (natural's WordTokenizer would give "didn" + "t"), and "Waltz’s" becomes
 * "Waltz" + "’s". Offsets are UTF-16 offsets into the original text.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface RawToken {
  /** The token as written. */
  text: string;
  /** Offset into the original text. */
  start: number;
  end: number;
  kind: TokenKind;
}

// Letters/digits joined by inner apostrophes, periods (U.S., 1.5), hyphens, slashes, with a final period unless an
// ellipsis follows; or an ellipsis written with periods ("...", ". . ."), one token like "…"; or one other visible
// symbol. Each alternative is a simple run, so matching is linear in the text length.
const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:['’.\-/,][\p{L}\p{M}\p{N}]+)*(?:\.(?!\.))?|\.(?: ?\.){2,}|[^\s\p{L}\p{M}\p{N}]/uy;
const CONTRACTION = /^(.+?)(n['’]t)$/iu;
const CLITIC = /^(.+?)(['’](?:s|re|ve|ll|d|m))$/iu;
const NUMERIC = /^[+-]?\d[\d,]*(?:\.\d+)?%?$/u;
const ABBREV_DOT = /^(?:\p{L}\.){2,}$|^\p{Lu}\p{Ll}{0,3}\.$/u;

/**
 * Splits `text` into word, number and punctuation tokens, with offsets shifted by `offset`.
 *
 * @example
 * tokenize("He didn't go.").map((t) => t.text); // ['He', 'did', "n't", 'go', '.']
 */
export function tokenize(text: string, offset = 0): RawToken[] {
  const out: RawToken[] = [];
  const end = text.trimEnd().length;
  // Every character but white space starts a token (a run of letters and digits, or one symbol): the scan skips white
  // space and matches TOKEN, sticky, where it stops (no match objects, unlike matchAll).
  for (let at = 0; at < text.length;) {
    if (isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    TOKEN.lastIndex = at;
    if (!TOKEN.test(text)) break;
    const index = at;
    at = TOKEN.lastIndex;
    const word = text.slice(index, at);
    const start = index + offset;
    // A trailing period belongs to the word only for abbreviations ("U.S.", "Mr."), never at the text's end.
    const last = index + word.length >= end;
    if (word.length > 1 && word.endsWith('.') && !isEllipsis(word) && (last || !ABBREV_DOT.test(word))) {
      pushCached(out, word.slice(0, -1), start);
      out.push({ text: '.', start: start + word.length - 1, end: start + word.length, kind: 'punct' });
      continue;
    }
    // Numbers keep their inner commas ("1,500"); words are not joined across a comma ("Waltz,Trump" is rare).
    if (word.includes(',') && !NUMERIC.test(word)) {
      let pos = 0;
      for (const part of word.split(',')) {
        if (part) pushCached(out, part, start + pos);
        if (pos + part.length < word.length) {
          out.push({
            text: ',',
            start: start + pos + part.length,
            end: start + pos + part.length + 1,
            kind: 'punct',
          });
        }
        pos += part.length + 1;
      }
      continue;
    }
    pushCached(out, word, start);
  }
  return out;
}

/**
 * Whether a token is an ellipsis written with periods ("...", ". . ."): it marks words left out of a quotation, not
 * the end of a clause, so a negation's scope runs on past it as it does past "…" ("I don't think . . . they're going").
 */
export function isEllipsis(token: string): boolean {
  return token.charCodeAt(0) === 0x2e && ELLIPSIS.test(token);
}
const ELLIPSIS = /^\.(?: ?\.){2,}$/;

/** Whether a UTF-16 code unit is white space as the regular expression \s has it. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Scripts written without spaces between words. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** A token of a word as push() splits it, with offsets from the word's start. */
interface Piece {
  text: string;
  from: number;
  to: number;
  kind: TokenKind;
}
const pieceCache = new Map<string, readonly Piece[]>();

/** Whether a word is ASCII, starts with a letter and has no apostrophe: then push() keeps it whole, as a word. */
function plainWord(word: string): boolean {
  const c = word.charCodeAt(0) | 0x20;
  if (c < 0x61 || c > 0x7a) return false;
  for (let i = 1; i < word.length; i++) {
    const u = word.charCodeAt(i);
    if (u >= 128 || u === 0x27) return false;
  }
  return true;
}

/** push() for a word at `start`, through a cache of each word's split (a function of the word alone). */
function pushCached(out: RawToken[], word: string, start: number): void {
  if (plainWord(word)) {
    out.push({ text: word, start, end: start + word.length, kind: 'word' });
    return;
  }
  let pieces = pieceCache.get(word);
  if (pieces === undefined) {
    const split: RawToken[] = [];
    push(split, word, 0);
    pieces = split.map((t) => ({ text: t.text, from: t.start, to: t.end, kind: t.kind }));
    if (pieceCache.size > 200_000) pieceCache.clear();
    pieceCache.set(word, pieces);
  }
  for (const p of pieces) out.push({ text: p.text, start: start + p.from, end: start + p.to, kind: p.kind });
}

function push(out: RawToken[], word: string, start: number): void {
  // Chinese, Japanese and Thai put no spaces between words: without a dictionary, each character is a token, which
  // is what character-based comparison of such texts uses. Runs of other letters inside stay whole.
  if (UNSPACED.test(word)) {
    let run = '';
    let runStart = start;
    let pos = start;
    for (const ch of word) {
      if (UNSPACED.test(ch)) {
        if (run) out.push({ text: run, start: runStart, end: pos, kind: kindOf(run) });
        run = '';
        out.push({ text: ch, start: pos, end: pos + ch.length, kind: 'word' });
      } else {
        if (!run) runStart = pos;
        run += ch;
      }
      pos += ch.length;
    }
    if (run) out.push({ text: run, start: runStart, end: pos, kind: kindOf(run) });
    return;
  }
  const neg = CONTRACTION.exec(word);
  if (neg && neg[1] && neg[2]) {
    out.push({ text: neg[1], start, end: start + neg[1].length, kind: 'word' });
    out.push({ text: neg[2], start: start + neg[1].length, end: start + word.length, kind: 'word' });
    return;
  }
  const clitic = CLITIC.exec(word);
  if (clitic && clitic[1] && clitic[2]) {
    out.push({ text: clitic[1], start, end: start + clitic[1].length, kind: kindOf(clitic[1]) });
    out.push({ text: clitic[2], start: start + clitic[1].length, end: start + word.length, kind: 'word' });
    return;
  }
  out.push({ text: word, start, end: start + word.length, kind: kindOf(word) });
}

function kindOf(word: string): TokenKind {
  if (NUMERIC.test(word)) return 'number';
  return /[\p{L}\p{N}]/u.test(word) ? 'word' : 'punct';
}
