import type { z } from 'zod';

/**
 * Codes of the errors the library throws; each is a caller mistake, never an expected outcome, except
 * `E_PAIR_FAILED`: a comparison inside `compareMany()` failed unexpectedly (its message names the pair, its `cause`
 * is the original error).
 */
export type CorroborateErrorCode = 'E_INVALID_INPUT' | 'E_INVALID_OPTIONS' | 'E_ABORTED' | 'E_PAIR_FAILED';

/**
 * The only error the library throws on purpose. `code` says what kind of mistake it was and `cause` holds the
 * underlying error (a `ZodError` for validation failures).
 *
 * @example
 * try { compare(42 as never, 'b'); } catch (e) { if (e instanceof CorroborateError) console.error(e.code); }
 */
export class CorroborateError extends Error {
  readonly code: CorroborateErrorCode;

  constructor(code: CorroborateErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CorroborateError';
    this.code = code;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return value.length > 40 ? `"${value.slice(0, 37)}..."` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Turns a zod issue into "threshold must be between 0 and 1, got 1.5". */
function explain(issue: z.core.$ZodIssue, root: unknown, what: string): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : what;
  const got = describe(valueAt(root, issue.path));
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const i = issue as z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig;
      if (i.origin === 'number') {
        const bound = 'minimum' in i ? `at least ${String(i.minimum)}` : `at most ${String(i.maximum)}`;
        return `${path} must be ${bound}, got ${got}`;
      }
      return `${path}: ${issue.message}, got ${got}`;
    }
    case 'invalid_type':
      return `${path} must be ${issue.expected}, got ${got}`;
    case 'unrecognized_keys':
      return `${what} has unknown option(s): ${issue.keys.join(', ')}`;
    default:
      return `${path}: ${issue.message}, got ${got}`;
  }
}

/**
 * Parses `value` with `schema` at a public entry point. On failure throws `CorroborateError` with `code`, a
 * readable message naming each problem, and the `ZodError` as `cause`.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  code: CorroborateErrorCode,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const message = result.error.issues.map((issue) => explain(issue, value, what)).join('; ');
  throw new CorroborateError(code, `invalid ${what}: ${message}`, { cause: result.error });
}
