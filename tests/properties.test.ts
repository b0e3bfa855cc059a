/**
 * Invariants from STYLE.md, checked on generated input: similarity is symmetric and in [0, 1]; compare(x, x) links
 * every sentence to itself as agreement; offsets slice back to the sentence text; a sentence is never both linked
 * and omitted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, similarity, type Report } from '../src/index';
import { valid } from './helpers';

const words = [
  'Trump',
  'Waltz',
  'met',
  'did',
  'not',
  'meet',
  'the',
  'PM',
  'in',
  'February',
  'March',
  'Iran',
  'talks',
  'denied',
  '3',
  'people',
  'won',
  'lost',
  'U.S.',
  'Mr.',
  'é',
  '😀',
  'x\u0301',
];
const sentence = fc
  .array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 })
  .chain((ws) => fc.constantFrom('.', '!', '?', '').map((end) => ws.join(' ') + end));
const text = fc
  .array(fc.oneof(sentence, fc.string({ maxLength: 30 })), { maxLength: 6 })
  .chain((ss) => fc.constantFrom(' ', '\n', '\r\n', '\n\n').map((sep) => ss.join(sep)));

function checkOffsets(input: string, report: Report, side: 'a' | 'b'): void {
  for (const s of report[side].sentences) expect(input.slice(s.start, s.end)).toBe(s.text);
}

function checkLinkedXorOmitted(report: Report): void {
  for (const side of ['a', 'b'] as const) {
    const linked = new Set(report.links.flatMap((l) => l[side]));
    const omitted = new Set(report.omissions.filter((o) => o.side === side).map((o) => o.sentence));
    const repeats = new Map(report.duplicates.filter((d) => d.side === side).map((d) => [d.sentence, d.of]));
    for (const s of report[side].sentences) {
      expect(linked.has(s.index) && omitted.has(s.index)).toBe(false);
      const leader = repeats.get(s.index);
      if (leader === undefined) expect(linked.has(s.index) || omitted.has(s.index)).toBe(true);
      else expect(linked.has(s.index)).toBe(linked.has(leader));
    }
  }
}

describe('properties', () => {
  it('similarity is symmetric and in [0, 1]', () => {
    fc.assert(
      fc.property(sentence, sentence, (x, y) => {
        const s = similarity(x, y);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(y, x)).toBeCloseTo(s, 12);
      }),
      { numRuns: 300 },
    );
  });

  it('compare(x, x) links every sentence to itself as agreement', () => {
    fc.assert(
      fc.property(text, (x) => {
        const r = valid(compare(x, x));
        for (const s of r.a.sentences) {
          const self = r.links.find((l) => l.a.includes(s.index) && l.b.includes(s.index));
          expect(self?.relation, `sentence ${s.index}: ${JSON.stringify(s.text)}`).toBe('agreement');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('offsets slice back, and every sentence is linked, omitted or a repeat, never linked and omitted', () => {
    fc.assert(
      fc.property(text, text, (x, y) => {
        const r = valid(compare(x, y));
        checkOffsets(x, r, 'a');
        checkOffsets(y, r, 'b');
        checkLinkedXorOmitted(r);
      }),
      { numRuns: 150 },
    );
  });
});
