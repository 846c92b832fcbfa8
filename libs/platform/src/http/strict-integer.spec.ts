import type { ProblemException } from './problem.exception';
import { MAX_LOG_POSITION, integerWithin, optionalIntegerParam, parseLogPosition, parseStrictInteger, requireIntegerParam } from './strict-integer';

describe('strict integers', () => {
  it('read plain decimal digits only', () => {
    expect(parseStrictInteger('42')).toBe(42);
    expect(parseStrictInteger('-1')).toBe(-1);
    for (const text of ['', ' 5', '5 ', '1e2', '0x10', '5.0', '1.5', '+5', '١٢', '9999999999999999']) expect(parseStrictInteger(text)).toBeUndefined();
  });

  it('hold a range', () => {
    expect(integerWithin('1', 1, 500)).toBe(1);
    expect(integerWithin('0', 1, 500)).toBeUndefined();
    expect(integerWithin('501', 1, 500)).toBeUndefined();
  });

  it('refuse a parameter out of shape with a 400 naming it and the range', () => {
    let refusal: ProblemException | undefined;
    try {
      requireIntegerParam('path.year', '2025.5', 1, 9999);
    } catch (error) {
      refusal = error as ProblemException;
    }
    expect(refusal?.problem).toMatchObject({ status: 400, errors: [{ field: 'path.year', allowed: 'an integer from 1 to 9999' }] });
  });

  it('take the fallback for a parameter left out or empty, and hold the range otherwise', () => {
    expect(optionalIntegerParam('query.limit', undefined, 100, 1, 1000)).toBe(100);
    expect(optionalIntegerParam('query.limit', '', 100, 1, 1000)).toBe(100);
    expect(optionalIntegerParam('query.limit', '7', 100, 1, 1000)).toBe(7);
    expect(() => optionalIntegerParam('query.limit', '1e2', 100, 1, 1000)).toThrow();
    expect(() => optionalIntegerParam('query.limit', '1001', 100, 1, 1000)).toThrow();
  });

  it('read log positions as bigints up to the signed 64-bit maximum', () => {
    expect(parseLogPosition('0')).toBe(0n);
    expect(parseLogPosition('9223372036854775807')).toBe(MAX_LOG_POSITION);
    for (const text of ['', '-1', '1.5', '+1', '1e3', '9223372036854775808', '12345678901234567890']) expect(parseLogPosition(text)).toBeUndefined();
  });
});
