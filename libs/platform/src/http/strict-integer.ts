import { fieldsProblem } from './fields-problem';

/**
 * A whole number written as plain decimal digits, as query strings and path segments carry
 * them. `Number()` alone would also take ` 5`, `1e2`, `0x10`, `5.0` and `` (as 0).
 */
const DIGITS = /^-?\d{1,15}$/;

export function parseStrictInteger(value: string): number | undefined {
  return DIGITS.test(value) ? Number(value) : undefined;
}

/** The integer `value` names if it lies within [min, max]; otherwise undefined. */
export function integerWithin(value: string, min: number, max: number): number | undefined {
  const n = parseStrictInteger(value);
  return n !== undefined && n >= min && n <= max ? n : undefined;
}

/** `path.year`, `query.limit`…: the integer, or a 400 naming the parameter and the range. */
export function requireIntegerParam(field: string, value: string, min: number, max: number): number {
  const n = integerWithin(value, min, max);
  if (n === undefined) throw fieldsProblem([{ field, message: `${field} must be an integer from ${min} to ${max}`, allowed: `an integer from ${min} to ${max}` }]);
  return n;
}

/** The same for a parameter that may be left out: absent or empty, it is `fallback`. */
export function optionalIntegerParam(field: string, value: string | undefined, fallback: number, min: number, max: number): number {
  return value === undefined || value === '' ? fallback : requireIntegerParam(field, value, min, max);
}

/** Log positions are signed 64-bit in every store this product runs on. */
export const MAX_LOG_POSITION = 2n ** 63n - 1n;

/** A log position (`minPosition`, `after`…) written as plain decimal digits, as a bigint; undefined when it is not one. */
export function parseLogPosition(value: string): bigint | undefined {
  if (!/^\d{1,19}$/.test(value)) return undefined;
  const position = BigInt(value);
  return position <= MAX_LOG_POSITION ? position : undefined;
}
