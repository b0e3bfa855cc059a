import { describe, expect, it } from 'vitest';
import { compare, CorroborateError } from '../../src/index';
import { valid } from '../helpers';

function errorOf(fn: () => unknown): CorroborateError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CorroborateError);
    return e as CorroborateError;
  }
  throw new Error('expected a CorroborateError, but nothing was thrown');
}

describe('compare: caller mistakes throw CorroborateError', () => {
  it.each([
    { name: 'a number', a: 42, b: 'text' },
    { name: 'null', a: null, b: 'text' },
    { name: 'undefined (missing)', a: undefined, b: 'text' },
    { name: 'an object without text', a: { title: 'x' }, b: 'text' },
    { name: 'an array', a: ['a'], b: 'text' },
    { name: 'a number as b', a: 'text', b: 7 },
  ])('$name as input gives E_INVALID_INPUT', ({ a, b }) => {
    const e = errorOf(() => compare(a as never, b as never));
    expect(e.code).toBe('E_INVALID_INPUT');
    expect(e.message).toMatch(/text [ab]/);
  });

  it.each([
    {
      name: 'threshold above 1',
      options: { threshold: 1.5 },
      message: /threshold must be at most 1, got 1\.5/,
    },
    {
      name: 'threshold below 0',
      options: { threshold: -0.1 },
      message: /threshold must be at least 0, got -0\.1/,
    },
    {
      name: 'threshold as a string',
      options: { threshold: 'high' },
      message: /threshold must be number, got "high"/,
    },
    { name: 'ordered as a string', options: { ordered: 'yes' }, message: /ordered must be boolean/ },
    { name: 'an unknown option', options: { treshold: 0.3 }, message: /unknown option\(s\): treshold/ },
  ])('$name gives E_INVALID_OPTIONS with a readable message', ({ options, message }) => {
    const e = errorOf(() => compare('a', 'b', options as never));
    expect(e.code).toBe('E_INVALID_OPTIONS');
    expect(e.message).toMatch(message);
    expect(e.cause).toBeDefined();
  });
});

describe('compare: odd but valid input gives a valid report', () => {
  it.each([
    { name: 'empty', a: '', b: '' },
    { name: 'whitespace only', a: '  \n\t \r\n ', b: '\u00a0\u2028' },
    { name: 'one side empty', a: 'Trump dismissed Waltz.', b: '' },
  ])('$name text gives no links', ({ a, b }) => {
    const r = valid(compare(a, b));
    expect(r.links).toEqual([]);
    expect(r.summary.stance).toBe('unrelated');
  });

  it('keeps offsets right with control characters', () => {
    const a = 'Trump\u0007 dismissed Waltz.\u0000 Rubio\u001b replaced him.';
    const r = valid(compare(a, 'Trump dismissed Waltz.'));
    for (const s of r.a.sentences) expect(a.slice(s.start, s.end)).toBe(s.text);
    expect(r.links.length).toBeGreaterThan(0);
  });

  it('keeps offsets right with mixed line endings', () => {
    const a = 'Trump dismissed Waltz.\r\nRubio replaced him.\rVance tried to help.\nIt failed.';
    const r = valid(compare(a, 'Rubio replaced Waltz.'));
    expect(r.a.sentences.map((s) => s.text)).toEqual([
      'Trump dismissed Waltz.',
      'Rubio replaced him.',
      'Vance tried to help.',
      'It failed.',
    ]);
    for (const s of r.a.sentences) expect(a.slice(s.start, s.end)).toBe(s.text);
  });

  it('handles 5 MB of text', () => {
    const base =
      'The ministry said on Tuesday that exports rose 4.5 percent in March. Analysts had expected a smaller rise. ';
    const a = base.repeat(Math.ceil((5 * 1024 * 1024) / base.length));
    expect(a.length).toBeGreaterThan(5 * 1024 * 1024);
    const r = valid(compare(a, 'Exports rose 4.5 percent in March, the ministry said.'));
    expect(r.a.sentences.length).toBeGreaterThan(90_000);
    const last = r.a.sentences.at(-1)!;
    expect(a.slice(last.start, last.end)).toBe(last.text);
  }, 120_000);
});

describe('compare: progress and cancellation', () => {
  const a = 'Trump dismissed Waltz. Rubio replaced him. Vance tried to help.';
  const b = 'Waltz was dismissed by Trump. Rubio took over.';

  it('reports progress through every stage, ending with done', () => {
    const stages: string[] = [];
    valid(compare(a, b, { onProgress: (p) => stages.push(p.stage) }));
    expect(stages[0]).toBe('segment');
    expect(stages).toContain('features');
    expect(stages).toContain('align');
    expect(stages.at(-1)).toBe('done');
  });

  it('throws E_ABORTED when the signal is already aborted', () => {
    const controller = new AbortController();
    controller.abort(new Error('user cancelled'));
    const e = errorOf(() => compare(a, b, { signal: controller.signal }));
    expect(e.code).toBe('E_ABORTED');
  });

  it('throws E_ABORTED when aborted while running', () => {
    const controller = new AbortController();
    const e = errorOf(() =>
      compare(a, b, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.stage === 'features') controller.abort();
        },
      }),
    );
    expect(e.code).toBe('E_ABORTED');
  });

  it('rejects a signal that is not an AbortSignal', () => {
    expect(errorOf(() => compare(a, b, { signal: {} as AbortSignal })).code).toBe('E_INVALID_OPTIONS');
  });
});
