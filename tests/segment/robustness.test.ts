import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, segment } from '../../src/segment/index';
import { checkContract } from './_helpers';

const MB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

// The bound is 1 s per 1 MB input. A catastrophic backtracking regex would take minutes, not seconds. The
// time taken is the CPU time this test process spent (user + system), not the wall clock: on a shared two-core
// machine the other test process and other tenants can hold the CPU for longer than the scan itself takes (one CI
// run measured 1,019 ms of wall clock for the 'list markers' input, which takes about 400 ms here).
const BOUND_MS = 1000;

function cpuMs<T>(run: () => T): { ms: number; value: T } {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, value };
}

describe('no catastrophic backtracking: 1 MB adversarial inputs', () => {
  it.each([
    { name: 'periods', unit: '.' },
    { name: 'spaces', unit: ' ' },
    { name: 'straight quotes', unit: '"' },
    { name: 'curly quotes', unit: '“”' },
    { name: 'capitals', unit: 'A' },
    { name: 'digits', unit: '7' },
    { name: 'initials', unit: 'A. B. C. ' },
    { name: 'titles', unit: 'Mr. ' },
    { name: 'spaced dots', unit: '. ' },
    { name: 'unspaced ellipses', unit: '... ' },
    { name: 'list markers', unit: 'a. 1. ' },
    { name: 'line breaks', unit: '\r\n' },
    { name: 'abbreviations without spaces', unit: 'U.S.' },
    { name: 'stops inside words', unit: 'ab.Cd' },
    { name: 'citations', unit: 'x.[1]' },
    { name: 'quoted questions', unit: '"Why?" Smith asked. ' },
    { name: 'wrapped lines', unit: 'word word word\n' },
    { name: 'bullets', unit: '• ' },
  ])('$name', ({ unit }) => {
    const input = fill(unit);
    // The best of up to five runs: garbage collection or a stall can slow one run, while backtracking slows all.
    let ms = Infinity;
    let sentences = segment(input);
    for (let run = 0; run < 5 && ms >= BOUND_MS; run++) {
      const timed = cpuMs(() => segment(input));
      sentences = timed.value;
      ms = Math.min(ms, timed.ms);
    }
    expect(ms).toBeLessThan(BOUND_MS);
    // Whatever came out still covers the input.
    const covered = sentences.reduce((n, s) => n + s.text.replace(/\s/g, '').length, 0);
    expect(covered).toBe(input.replace(/\s/g, '').length);
  });

  it('time grows linearly with the length of the text', () => {
    const unit = 'Mr. Smith met J.D. Vance at 5 p.m. Friday. "Why?" he asked. It cost $1.5 million.\n';
    const time = (size: number): number => {
      const input = unit.repeat(Math.ceil(size / unit.length));
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        segment(input);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(MB / 4); // warm-up
    const ratio = time(2 * MB) / time(MB / 4);
    // 8x the text: linear gives ~8x, quadratic ~64x. Allow for noise.
    expect(ratio).toBeLessThan(24);
  });
});

describe('runs without a sentence end are cut into pieces of at most MAX_SENTENCE', () => {
  // A raw speech transcript: words and commas, no sentence end.
  const words = Array.from({ length: 3000 }, (_, i) => `word${String(i % 97)}`);
  const transcript = words.map((w, i) => (i % 40 === 39 ? `${w},` : w)).join(' ');

  it('cuts after a clause mark in the second half of the limit, keeping every word whole and in order', () => {
    const sentences = segment(transcript);
    checkContract(transcript, sentences);
    expect(sentences.length).toBeGreaterThan(transcript.length / MAX_SENTENCE);
    for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    // Every piece but the last ends at a comma: the run has one every 40 words, well within half the limit.
    for (const s of sentences.slice(0, -1)) expect(s.text.endsWith(',')).toBe(true);
    expect(sentences.map((s) => s.text).join(' ')).toBe(transcript);
  });

  it('cuts at a space when no clause mark is near, and inside a run with no space at all', () => {
    const plain = words.join(' ');
    const spaced = segment(plain);
    checkContract(plain, spaced);
    expect(spaced.map((s) => s.text).join(' ')).toBe(plain);
    for (const s of spaced) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    // 2,500 astral characters, no space: no piece ends inside a surrogate pair.
    const emoji = '😀'.repeat(2500);
    const pieces = segment(emoji);
    checkContract(emoji, pieces);
    expect(pieces.map((s) => s.text).join('')).toBe(emoji);
    for (const s of pieces) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s.text.length % 2).toBe(0);
    }
  });

  it('leaves a long but punctuated news text as it was', () => {
    const sentence =
      'The council approved the budget on Monday after a long debate, and the mayor praised it.';
    const text = Array.from({ length: 200 }, () => sentence).join(' ');
    expect(segment(text).map((s) => s.text)).toEqual(Array.from({ length: 200 }, () => sentence));
  });
});
