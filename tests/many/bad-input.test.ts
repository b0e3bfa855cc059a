/**
 * compareMany: caller mistakes reject with CorroborateError (E_INVALID_INPUT for pairs, E_INVALID_OPTIONS for
 * options) and a message that names the pair or option, before any comparison or worker starts.
 */
import { describe, expect, it } from 'vitest';
import { compareMany, CorroborateError } from '../../src/index';

async function rejection(promise: Promise<unknown>): Promise<CorroborateError> {
  const e: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(CorroborateError);
  return e as CorroborateError;
}

const ok = { a: 'Waltz left.', b: 'Waltz stayed.' };

describe('compareMany: bad input rejects', () => {
  it.each([
    { name: 'a number', pairs: 42, message: /^invalid pairs: pairs must be array, got 42$/ },
    { name: 'one pair, not in an array', pairs: ok, message: /pairs must be array, got a object/ },
    { name: 'undefined', pairs: undefined, message: /pairs must be array, got undefined/ },
    { name: 'a pair without b', pairs: [ok, { a: 'x' }], message: /^invalid pairs\[1\]: b: / },
    {
      name: 'a pair whose a is a number',
      pairs: [ok, ok, { a: 7, b: 'x' }],
      message: /^invalid pairs\[2\]: a: /,
    },
    { name: 'a pair as a tuple', pairs: [['x', 'y']], message: /^invalid pairs\[0\]: .*got an array$/ },
    { name: 'a document without text', pairs: [{ a: { title: 't' }, b: 'x' }], message: /pairs\[0\]: a/ },
  ])('$name as pairs gives E_INVALID_INPUT', async ({ pairs, message }) => {
    const e = await rejection(compareMany(pairs as never));
    expect(e.code).toBe('E_INVALID_INPUT');
    expect(e.message).toMatch(message);
    expect(e.cause).toBeDefined();
  });

  it.each([
    { name: 'workers: 0', options: { workers: 0 }, message: /workers must be at least 1, got 0/ },
    { name: 'workers: 1.5', options: { workers: 1.5 }, message: /workers must be int, got 1\.5/ },
    { name: 'workers as a string', options: { workers: '2' }, message: /workers must be number, got "2"/ },
    {
      name: 'threshold above 1',
      options: { threshold: 1.5 },
      message: /threshold must be at most 1, got 1\.5/,
    },
    { name: 'an unknown option', options: { worker: 2 }, message: /unknown option\(s\): worker/ },
    { name: 'a function option of compare()', options: { onProgres: () => {} }, message: /unknown option/ },
    {
      name: 'onProgress not a function',
      options: { onProgress: 1 },
      message: /onProgress must be a function/,
    },
    { name: 'signal not an AbortSignal', options: { signal: {} }, message: /signal must be an AbortSignal/ },
  ])('$name gives E_INVALID_OPTIONS', async ({ options, message }) => {
    const e = await rejection(compareMany([ok], options as never));
    expect(e.code).toBe('E_INVALID_OPTIONS');
    expect(e.message).toMatch(message);
  });

  it('rejects (never throws synchronously)', () => {
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = compareMany(42 as never);
    }).not.toThrow();
    return expect(promise).rejects.toBeInstanceOf(CorroborateError);
  });
});
