import { describe, expect, it } from 'vitest';
import { relate, similarity } from '../../src/relate';
import { CorroborateError } from '../../src/errors';
import type { RelateOptions } from '../../src/schemas';

const a = 'Netanyahu met Waltz in February.';
const b = 'Netanyahu did not meet Waltz.';

// No options at all skip the parse; any options given are still checked.
describe('relate() and similarity() options', () => {
  it.each([
    { name: 'none', options: undefined },
    { name: 'null', options: null },
    { name: 'empty', options: {} },
    { name: 'language en', options: { language: 'en' } },
  ])('accept $name', ({ options }) => {
    const o = options as RelateOptions | undefined;
    expect(relate(a, b, o)).toStrictEqual(relate(a, b));
    expect(similarity(a, b, o)).toBe(similarity(a, b));
    expect(relate(a, b, o).relation).toBe('contradiction');
  });

  it.each([
    { name: 'an unknown key', options: { lang: 'en' } },
    { name: 'a one-letter language', options: { language: 'e' } },
    { name: 'a number', options: 3 },
  ])('reject $name', ({ options }) => {
    const o = options as unknown as RelateOptions;
    for (const call of [() => relate(a, b, o), () => similarity(a, b, o)]) {
      expect(call).toThrow(CorroborateError);
      expect(call).toThrow(expect.objectContaining({ code: 'E_INVALID_OPTIONS' }));
    }
  });
});
