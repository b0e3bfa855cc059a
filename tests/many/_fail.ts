/** The failures the error tests inject, shared by the failing worker and the mocked compare() of the inline path. */
import type { CorroborateError } from '../../src/errors';
import type { DocumentInput } from '../../src/schemas';

export function failOn(
  a: DocumentInput,
  exit: (code: number) => void,
  ErrorClass: typeof CorroborateError,
): void {
  const text = typeof a === 'string' ? a : a.text;
  if (text === 'FAIL') throw new TypeError('boom');
  if (text === 'INVALID') throw new ErrorClass('E_INVALID_INPUT', 'not a text this stage can read');
  if (text === 'EXIT') exit(3);
}
