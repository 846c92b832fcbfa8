import type { ProblemException } from './problem.exception';
import { parseAsOf, parseStrictInstant } from './as-of';

const refusal = (value: string): ProblemException => {
  try {
    parseAsOf(value);
  } catch (error) {
    return error as ProblemException;
  }
  throw new Error(`expected ${value} to be refused`);
};

describe('parseAsOf', () => {
  it('reads a date as the end of that day in WIB, and instants with their offset', () => {
    expect(parseAsOf('2023-12-31')).toEqual(new Date('2023-12-31T16:59:59.999Z'));
    expect(parseAsOf('2024-02-29')).toEqual(new Date('2024-02-29T16:59:59.999Z'));
    expect(parseAsOf('2023-12-31T23:59:59+07:00')).toEqual(new Date('2023-12-31T16:59:59Z'));
    expect(parseAsOf('2026-12-01T15:40:00.123Z')).toEqual(new Date('2026-12-01T15:40:00.123Z'));
    expect(parseAsOf('2026-12-01T15:40Z')).toEqual(new Date('2026-12-01T15:40:00Z'));
    expect(parseAsOf('2026-12-01T15:40:00.123456Z')).toEqual(new Date('2026-12-01T15:40:00.123Z'));
    expect(parseAsOf(undefined)).toBeUndefined();
    expect(parseAsOf('')).toBeUndefined();
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-02-30T00:00:00Z',
    '2026-02-28T24:00:00Z',
    '2026-02-28T23:60:00Z',
    '2026-02-28T23:59:60Z',
    '2026-02-28T10:00:00+15:00',
    '2026-02-28T10:00:00',
    '2026-2-28',
    '20260228',
    'last-tuesday',
    '1714000000000',
    ' 2026-02-28',
    '+275760-09-13T00:00:00Z',
  ])('refuses %j with a 400 naming query.asOf', (value) => {
    const { problem } = refusal(value);
    expect(problem).toMatchObject({ status: 400, code: 'ValidationFailed', errors: [{ field: 'query.asOf' }] });
    expect(problem.errors?.[0].allowed).toContain('YYYY-MM-DD');
  });

  it('never reads an impossible date as another day', () => {
    expect(parseStrictInstant('2026-02-30T00:00:00Z')).toBeUndefined();
    expect(parseStrictInstant('2026-03-02T00:00:00Z')).toEqual(new Date('2026-03-02T00:00:00Z'));
  });
});
