/**
 * The scanner: one pass over whitespace-delimited tokens that finds candidate boundaries and asks `rules.ts` about
 * each. Every look-behind and look-ahead is bounded (a few tokens, a few dozen characters), so time grows linearly
 * with the text whatever it holds. Regular expressions only ever see one character or one word of at most
 * `MAX_KEY` characters, so none can backtrack over the text.
 */
import {
  FLAGS,
  INNER,
  SPACE,
  breakWeight,
  isAlnumAt,
  isBullet,
  isCloser,
  isDigitAt,
  isLetterAt,
  isLowerAt,
  isMarkAt,
  isOpener,
  isQuote,
  isStrong,
  isTerminator,
  isUnspacedTerminator,
  isUpperAt,
  startKind,
  type StartKind,
} from './_chars';
import type { Profile } from './languages';
import {
  JOINS_ACROSS_LINES,
  judge,
  type Candidate,
  type Lookahead,
  type Mark,
  type WordClass,
} from './rules';

/** Longest word looked up as an abbreviation; longer ones are ordinary words. */
const MAX_KEY = 40;
/** How far an attribution may stand after its quote: `"Why?" Senate Majority Leader John Smith asked.` */
const MAX_ATTRIBUTION = 6;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
/** Roman numerals 1-39, as list markers ("iv.", "XII."). */
const ROMAN = /^x{0,3}(?:ix|iv|v?i{0,3})$/;

/** Whitespace-delimited tokens and what lies in the gap after each, in typed arrays (a 5 MB text has ~1M tokens). */
interface Tokens {
  starts: Int32Array;
  ends: Int32Array;
  /** Line breaks in the gap after each token: 0, 1, or 2 for a paragraph break (or the end of the text). */
  breaks: Uint8Array;
  /** 1 when a space or tab stands before the first line break of that gap ("a cold \nnight"). */
  spaceBeforeBreak: Uint8Array;
  /** 1 when the token holds a . ! ? or unspaced-script stop anywhere. */
  inner: Uint8Array;
}

function isBreakChar(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x2028 || c === 0x2029;
}

function copyInto<A extends Int32Array | Uint8Array>(from: A, to: A): A {
  to.set(from);
  return to;
}

function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = Math.max(16, n >> 3);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let breaks = new Uint8Array(cap);
  let spaceBeforeBreak = new Uint8Array(cap);
  let inner = new Uint8Array(cap);
  let count = 0;
  let i = 0;
  let gap = 0;
  let sawSpace = false;
  let spaceFirst = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((FLAGS[c]! & SPACE) !== 0) {
      if (c !== 0x20) {
        const w = breakWeight(text, i);
        if (w > 0 && gap === 0) spaceFirst = sawSpace;
        if (!isBreakChar(c)) sawSpace = true;
        gap += w;
      } else {
        sawSpace = true;
      }
      i++;
      continue;
    }
    if (count > 0) {
      breaks[count - 1] = gap > 2 ? 2 : gap;
      spaceBeforeBreak[count - 1] = spaceFirst ? 1 : 0;
    }
    if (count === cap) {
      cap *= 2;
      starts = copyInto(starts, new Int32Array(cap));
      ends = copyInto(ends, new Int32Array(cap));
      breaks = copyInto(breaks, new Uint8Array(cap));
      spaceBeforeBreak = copyInto(spaceBeforeBreak, new Uint8Array(cap));
      inner = copyInto(inner, new Uint8Array(cap));
    }
    gap = 0;
    sawSpace = false;
    spaceFirst = false;
    starts[count] = i;
    // Whether the token holds a mark that may end a sentence before its last character ("world.Today").
    let marks = 0;
    for (; i < n; i++) {
      const f = FLAGS[text.charCodeAt(i)]!;
      if ((f & SPACE) !== 0) break;
      if ((f & INNER) !== 0) marks = 1;
    }
    ends[count] = i;
    inner[count] = marks;
    count++;
  }
  if (count > 0) breaks[count - 1] = 2;
  return {
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    breaks: breaks.subarray(0, count),
    spaceBeforeBreak: spaceBeforeBreak.subarray(0, count),
    inner: inner.subarray(0, count),
  };
}

/**
 * Reads a list marker token: "1.", "2)", "1.)", "(3)", "a.", "b)", optionally after a bullet ("⁃9."). Returns
 * `kind * 1024 + value`, so markers compare as numbers, or -1. Kinds: bit 0 letter (else number), bit 1 in
 * parentheses, bits 2-3 the suffix (1 ".", 2 ")", 3 ".)").
 */
function parseMarker(text: string, s: number, e: number): number {
  let p = s;
  while (p < e && p - s < 2 && isBullet(text.charCodeAt(p))) p++;
  const paren = text.charCodeAt(p) === 0x28;
  if (paren) p++;
  let value = 0;
  let alpha = 0;
  const d0 = p;
  while (p < e && p - d0 < 4) {
    const c = text.charCodeAt(p);
    if (c < 0x30 || c > 0x39) break;
    value = value * 10 + (c - 0x30);
    p++;
  }
  if (p === d0) {
    const c = text.charCodeAt(p);
    if (c < 0x61 || c > 0x7a) return -1;
    value = c - 0x60;
    alpha = 1;
    p++;
  } else if (p - d0 > 3) {
    return -1;
  }
  const c1 = text.charCodeAt(p);
  let suffix: number;
  if (e - p === 1 && c1 === 0x29) suffix = 2;
  else if (paren) return -1;
  else if (e - p === 1 && c1 === 0x2e) suffix = 1;
  else if (e - p === 2 && c1 === 0x2e && text.charCodeAt(p + 1) === 0x29) suffix = 3;
  else return -1;
  return (alpha | (paren ? 2 : 0) | (suffix << 2)) * 1024 + value;
}

/**
 * Marks the list markers that belong to a list: a marker counts when the same paragraph has the one before or
 * after it ("1." and "2.", "a)" and "b)"). A lone "2." is a number, not a list.
 */
function findListMarkers(text: string, tk: Tokens, profile: Profile): Uint8Array {
  const listy = new Uint8Array(tk.starts.length);
  const tokens: number[] = [];
  const markers: number[] = [];
  const flush = () => {
    if (markers.length > 1) {
      const seen = new Set(markers);
      markers.forEach((m, k) => {
        if (seen.has(m - 1) || seen.has(m + 1)) listy[tokens[k]!] = 1;
      });
    }
    tokens.length = 0;
    markers.length = 0;
  };
  for (let t = 0; t < tk.starts.length; t++) {
    const s = tk.starts[t]!;
    const e = tk.ends[t]!;
    if (e - s <= 7) {
      const marker = parseMarker(text, s, e);
      // "No. 1." and "pp. 2." are references, not list items.
      if (marker >= 0 && !(t > 0 && followsNumberAbbreviation(text, tk, t - 1, profile))) {
        tokens.push(t);
        markers.push(marker);
      }
    }
    if (tk.breaks[t]! >= 2) flush();
  }
  flush();
  return listy;
}

function followsNumberAbbreviation(text: string, tk: Tokens, t: number, profile: Profile): boolean {
  const s = tk.starts[t]!;
  const e = tk.ends[t]!;
  if (e - s > MAX_KEY || text.charCodeAt(e - 1) !== 0x2e) return false;
  const cls = profile.abbreviations.get(text.slice(s, e - 1).toLowerCase());
  return cls === 'number' || cls === 'prefix';
}

/**
 * Spaced-ellipsis runs: for each token that is a lone "." (the last may carry closing quotes), how many such
 * tokens follow in a row on the same line, itself included.
 */
function findDotRuns(text: string, tk: Tokens): Uint32Array {
  const n = tk.starts.length;
  const run = new Uint32Array(n);
  for (let t = n - 1; t >= 0; t--) {
    const s = tk.starts[t]!;
    const e = tk.ends[t]!;
    if (text.charCodeAt(s) !== 0x2e) continue;
    let p = s + 1;
    while (p < e && isCloser(text.charCodeAt(p))) p++;
    if (p !== e) continue;
    const pure = e === s + 1;
    run[t] = 1 + (pure && tk.breaks[t] === 0 && t + 1 < n ? run[t + 1]! : 0);
  }
  return run;
}

/** The punctuation at a token's end: [termStart, closeStart) are the marks, [closeStart, end) the closers. */
interface Trailing {
  termStart: number;
  closeStart: number;
  quoted: boolean;
}

function trailingMarks(text: string, s: number, e: number): Trailing | null {
  let c = e;
  let quoted = false;
  while (c > s) {
    const ch = text.charCodeAt(c - 1);
    if (ch === 0x5d) {
      // A citation after the stop: "martyr.[1]", "martyr.[1][2]".
      let k = c - 2;
      while (k > s && c - k < 12 && (isDigitAt(text, k) || text.charCodeAt(k) === 0x2c)) k--;
      if (k < c - 2 && text.charCodeAt(k) === 0x5b) {
        c = k;
        continue;
      }
    }
    if (!isCloser(ch)) break;
    if (isQuote(ch)) quoted = true;
    c--;
  }
  let t = c;
  while (t > s && isTerminator(text.charCodeAt(t - 1))) t--;
  if (t === c) return null;
  // An ellipsis or mark in brackets is an omission or an aside, never an end: "[...]", "(!)", "(?)".
  const before = text.charCodeAt(t - 1);
  const after = text.charCodeAt(c);
  if (t > s && c < e && ((before === 0x5b && after === 0x5d) || (before === 0x28 && after === 0x29)))
    return null;
  return { termStart: t, closeStart: c, quoted };
}

function markOf(text: string, t: number, c: number): Mark {
  for (let i = t; i < c; i++) if (isStrong(text.charCodeAt(i))) return 'strong';
  return c - t === 1 && text.charCodeAt(t) !== 0x2026 ? 'stop' : 'ellipsis';
}

/** Skips opening quotes and brackets from `i`, within the token. */
function skipOpeners(text: string, i: number, e: number): number {
  while (i < e && isOpener(text.charCodeAt(i))) i++;
  return i;
}

/** The leading letters of the word at `i`, lowercased, at most 20. */
function leadingKey(text: string, i: number, e: number): string {
  let p = i;
  while (p < e && p - i < 20 && isLetterAt(text, p)) p += text.codePointAt(p)! > 0xffff ? 2 : 1;
  return text.slice(i, p).toLowerCase();
}

interface Next {
  kind: StartKind;
  key: string;
}

const END: Next = { kind: 'end', key: '' };

function nextAt(text: string, tk: Tokens, t: number): Next {
  if (t >= tk.starts.length) return END;
  const e = tk.ends[t]!;
  const i = skipOpeners(text, tk.starts[t]!, e);
  // A token of opening quotes alone still opens something.
  if (i === e) return { kind: 'upper', key: '' };
  return { kind: startKind(text, i, e), key: leadingKey(text, i, e) };
}

/** Finds the offsets where sentences end. The text between two offsets is one sentence, less its whitespace. */
export function findBoundaries(text: string, profile: Profile): number[] {
  const tk = tokenize(text);
  const T = tk.starts.length;
  const listy = findListMarkers(text, tk, profile);
  const dotRun = findDotRuns(text, tk);
  const cuts: number[] = [];

  // The sentence being built.
  let segTokens = 0;
  let segContent = 0;
  let segFirstKey = '';
  let segStartsWithItem = false;
  let lineStart = 0;
  // A spaced ellipsis being read: its last token and its number of dots.
  let runEnd = -1;
  let runLength = 0;
  // The token after which a numbered reference ends a sentence ("consultation.11 12 Take").
  let forcedCutAfter = -1;

  const cut = (at: number) => {
    if (cuts.length === 0 || at > cuts[cuts.length - 1]!) cuts.push(at);
    segTokens = 0;
    segContent = 0;
    segFirstKey = '';
    segStartsWithItem = false;
  };
  const isItem = (t: number) => listy[t] === 1 || isBullet(text.charCodeAt(tk.starts[t]!));

  const classify = (
    t: number,
    ws: number,
    we: number,
    contentBefore: number,
  ): { cls: WordClass; key: string } => {
    if (we - ws > MAX_KEY || we === ws) return { cls: 'word', key: '' };
    const key = text.slice(ws, we).toLowerCase();
    const markerShape =
      contentBefore === 0 &&
      ((we - ws <= 3 && allDigits(text, ws, we)) ||
        (we - ws === 1 && isLetterAt(text, ws)) ||
        ROMAN.test(key));
    if (listy[t] === 1 || markerShape) return { cls: 'marker', key };
    // A single capital is an initial whatever the lists say: "P." in "John P. Smith" is not "p." for page.
    if (we - ws === 1 && isUpperAt(text, ws)) return { cls: 'initial', key };
    const cls = profile.abbreviations.get(key);
    if (cls !== undefined) return { cls, key };
    // After a hyphen or slash ("ex-Gov."), or an elided article ("l'art.", "dell'avv.").
    const dash = Math.max(
      key.lastIndexOf('-'),
      key.lastIndexOf('/'),
      key.lastIndexOf("'"),
      key.lastIndexOf('’'),
    );
    if (dash >= 0) {
      const tail = profile.abbreviations.get(key.slice(dash + 1));
      if (tail !== undefined) return { cls: tail, key };
    }
    if (INITIALISM.test(key)) return { cls: 'initialism', key };
    return { cls: 'word', key };
  };

  /** `"Why?" Smith asked.`: capitalised words, then a verb of saying that closes the clause. */
  const attribution = ({ token: t, mark }: Candidate): boolean => {
    let names = 0;
    for (let j = t + 1; j < T && j <= t + MAX_ATTRIBUTION; j++) {
      if (tk.breaks[j - 1]! > 0) return false;
      const s = tk.starts[j]!;
      const e = tk.ends[j]!;
      if (isUpperAt(text, s)) {
        const last = text.charCodeAt(e - 1);
        if (isTerminator(last) || last === 0x2c) {
          const cls = profile.abbreviations.get(text.slice(s, e - 1).toLowerCase());
          if (!(last === 0x2e && cls === 'prefix')) return false;
        }
        names++;
        continue;
      }
      if (names === 0 || !isLowerAt(text, s) || !profile.speechVerbs.has(leadingKey(text, s, e)))
        return false;
      const last = text.charCodeAt(e - 1);
      // After ! or ? a verb of saying is enough (`"War?" Smith asked reporters.`); after a stop the attribution
      // must close at the verb (`"Fine." Smith said.`), since `"Fine." Smith said the team...` is a new sentence.
      return mark !== 'stop' || j === T - 1 || last === 0x2c || isTerminator(last);
    }
    return false;
  };

  const lookahead: Lookahead = { attribution };

  const candidateAt = (t: number, contentBefore: number): Candidate | null => {
    const s = tk.starts[t]!;
    const e = tk.ends[t]!;
    let mark: Mark;
    let dots = 0;
    let quoted: boolean;
    let ws = s;
    let we = s;
    if (runEnd === t) {
      mark = 'spaced-ellipsis';
      dots = runLength;
      quoted = isQuote(text.charCodeAt(e - 1));
    } else {
      const tr = trailingMarks(text, s, e);
      if (tr === null) return null;
      mark = markOf(text, tr.termStart, tr.closeStart);
      quoted = tr.quoted;
      // After a cut inside the token ("Tuesday.Mr."), the word starts at the cut.
      const lastCut = cuts.length > 0 ? cuts[cuts.length - 1]! : -1;
      ws = skipOpeners(text, lastCut > s && lastCut < tr.termStart ? lastCut : s, tr.termStart);
      we = tr.termStart;
      while (we > ws && isCloser(text.charCodeAt(we - 1))) we--;
    }
    const { cls, key } = classify(t, ws, we, contentBefore);
    let ellipsisAfter = 0;
    let afterEllipsis: StartKind = 'end';
    if (mark === 'stop' && tk.breaks[t] === 0 && t + 1 < T && dotRun[t + 1]! >= 3) {
      ellipsisAfter = dotRun[t + 1]!;
      const last = t + ellipsisAfter;
      afterEllipsis = tk.breaks[last]! >= 2 ? 'end' : nextAt(text, tk, last + 1).kind;
    }
    const next = nextAt(text, tk, t + 1);
    return {
      mark,
      dots,
      wordClass: cls,
      key,
      numeric: key.length > 0 && allDigits(text, ws, we),
      quoted,
      next: next.kind,
      nextKey: next.key,
      ellipsisAfter,
      afterEllipsis,
      segmentTokens: segTokens,
      segmentFirstKey: segFirstKey,
      profile,
      token: t,
      lookahead,
    };
  };

  /** Boundaries inside a token: "world.Today" and unspaced scripts ("你好。我"). */
  const cutInside = (t: number, from: number, to: number) => {
    const s = tk.starts[t]!;
    let urlLike = -1;
    for (let p = from; p < to; p++) {
      const c = text.charCodeAt(p);
      if (isUnspacedTerminator(c)) {
        let q = p + 1;
        while (q < to && isCloser(text.charCodeAt(q))) q++;
        if (q < to && !isTerminator(text.charCodeAt(q)) && !isMarkAt(text, q)) cut(q);
        continue;
      }
      if (!profile.unspacedStops || (c !== 0x2e && c !== 0x21 && c !== 0x3f)) continue;
      if (p === s || !isAlnumAt(text, p - 1)) continue;
      if (urlLike === -1) urlLike = looksLikeAddress(text, s, tk.ends[t]!) ? 1 : 0;
      if (urlLike === 1) continue;
      // The word before: letters, digits and thousands commas, not itself after a period ("U.S.Army").
      let r = p - 1;
      while (r > s && p - r < MAX_KEY && (isAlnumAt(text, r - 1) || text.charCodeAt(r - 1) === 0x2c)) r--;
      if (p - r < 2 || (r > s && text.charCodeAt(r - 1) === 0x2e)) continue;
      if (c === 0x2e && profile.abbreviations.has(text.slice(r, p).toLowerCase())) continue;
      if (isUpperAt(text, p + 1) && isLowerAt(text, p + 2)) {
        if (hasLowerOrDigit(text, r, p)) cut(p + 1);
        continue;
      }
      // A numbered reference after the stop: "consultation.11 12 Take".
      if (c === 0x2e && isLowerAt(text, p - 1) && t + 1 < T) footnote(t, p + 1, tk.ends[t]!);
    }
  };

  const isReference = (from: number, to: number) =>
    to - from >= 1 && to - from <= 3 && allDigits(text, from, to);
  const footnote = (t: number, from: number, e: number) => {
    if (!isReference(from, e)) return;
    let j = t;
    while (j + 1 < T && j - t < 3 && tk.breaks[j] === 0 && isReference(tk.starts[j + 1]!, tk.ends[j + 1]!))
      j++;
    if (tk.breaks[j]! < 2 && nextAt(text, tk, j + 1).kind === 'upper') forcedCutAfter = j;
  };

  for (let t = 0; t < T; t++) {
    const s = tk.starts[t]!;
    const e = tk.ends[t]!;
    if (runEnd < t && dotRun[t]! >= 3) {
      runLength = dotRun[t]!;
      runEnd = t + runLength - 1;
    }
    const tr = runEnd >= t ? null : trailingMarks(text, s, e);
    if (tk.inner[t] === 1) cutInside(t, s, tr === null ? e : tr.termStart);

    const contentBefore = segContent;
    if (segTokens === 0) {
      segFirstKey = leadingKey(text, skipOpeners(text, s, e), e);
      segStartsWithItem = isItem(t);
    }
    segTokens++;
    if (!isItem(t)) segContent++;

    if (t === T - 1) break;
    const br = tk.breaks[t]!;
    if (br >= 2 || forcedCutAfter === t) {
      cut(e);
    } else if (runEnd > t) {
      // Inside a spaced ellipsis: its last dot decides.
    } else {
      const cand = tr !== null || runEnd === t ? candidateAt(t, contentBefore) : null;
      let boundary: boolean;
      if (br === 1) {
        boundary = lineBreakEnds(t, cand, lineStart);
      } else {
        boundary = cand !== null && judge(cand).boundary;
        if (!boundary && isItem(t + 1)) boundary = segContent > 0 && (segStartsWithItem || segTokens >= 2);
      }
      if (boundary) cut(e);
    }
    if (br >= 1) lineStart = t + 1;
  }
  return cuts;

  /**
   * A single line break ends a sentence unless the next line plainly continues it: it starts lowercase and the
   * line before has no final punctuation and reads as wrapped prose (a trailing space, a trailing comma or
   * hyphen, or three words or more: "features\ncontact manager" are list lines, "This is a sentence\ncut off"
   * is wrapped), or the period before it is one that never ends a sentence ("Mr.\nSmith").
   */
  function lineBreakEnds(t: number, cand: Candidate | null, from: number): boolean {
    if (isItem(t + 1)) return true;
    const next = nextAt(text, tk, t + 1);
    if (cand !== null) {
      const rule = judge(cand);
      if (rule.boundary) return true;
      return !(next.kind === 'lower' || JOINS_ACROSS_LINES.has(rule.id));
    }
    if (next.kind !== 'lower') return true;
    const last = text.charCodeAt(tk.ends[t]! - 1);
    const wrapped = tk.spaceBeforeBreak[t] === 1 || last === 0x2c || last === 0x2d || t - from + 1 >= 3;
    return !wrapped;
  }
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function hasLowerOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLowerAt(text, i) || isDigitAt(text, i)) return true;
  return false;
}

/** URLs, e-mail addresses, paths and domains keep their periods: "Jane.Doe@example.com", "www.Example.com". */
function looksLikeAddress(text: string, s: number, e: number): boolean {
  if (text.startsWith('www.', s)) return true;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x40 || c === 0x2f || c === 0x5c || c === 0x3a) return true;
  }
  return false;
}
