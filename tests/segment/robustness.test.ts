import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index';

const MB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

// The bound is 1 s per 1 MB input; the scanner takes well under a tenth of that on a laptop, so the bound
// holds on a loaded CI machine too. A catastrophic backtracking regex would take minutes, not seconds.
const BOUND_MS = 1000;

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
    // The best of up to three runs: a busy shared machine can stall one run, while backtracking would stall all.
    let ms = Infinity;
    let sentences = segment(input);
    for (let run = 0; run < 3 && ms >= BOUND_MS; run++) {
      const t0 = performance.now();
      sentences = segment(input);
      ms = Math.min(ms, performance.now() - t0);
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
