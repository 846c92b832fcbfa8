import type { ProblemException } from './problem.exception';
import { describeReadAt, needsZone, parseHistoricalRead, resolveHistoricalRead } from './as-of';

const refusal = (asOf: unknown, validAt: unknown): ProblemException => {
  try {
    parseHistoricalRead(asOf, validAt);
  } catch (error) {
    return error as ProblemException;
  }
  throw new Error(`expected ${String(asOf)} / ${String(validAt)} to be refused`);
};

describe('asOf= and validAt= of a single-record read', () => {
  it('keeps a bare date a date until the provider zone is known, and an instant exact', () => {
    expect(parseHistoricalRead('2023-12-31', undefined)).toEqual({ asOf: { date: '2023-12-31' } });
    expect(parseHistoricalRead(undefined, '2023-12-31T23:59:59+08:00')).toEqual({ validAt: { instant: new Date('2023-12-31T15:59:59Z') } });
    expect(parseHistoricalRead('', undefined)).toEqual({});
    expect(needsZone(parseHistoricalRead(undefined, '2023-12-31'))).toBe(true);
    expect(needsZone(parseHistoricalRead('2023-12-31T00:00:00Z', '2023-12-31T00:00:00Z'))).toBe(false);
  });

  it.each([
    ['WIB', '2023-12-31T16:59:59.999Z'],
    ['WITA', '2023-12-31T15:59:59.999Z'],
    ['WIT', '2023-12-31T14:59:59.999Z'],
  ] as const)('reads a bare date as 23:59:59.999 of that day in %s, on both axes', (zone, instant) => {
    const { cut, readAt } = resolveHistoricalRead(parseHistoricalRead('2023-12-31', '2023-12-31'), zone);
    expect(cut).toEqual({ recordedBy: new Date(instant), occurredBy: new Date(instant) });
    expect(readAt).toEqual([
      { axis: 'recorded', instant },
      { axis: 'valid', instant },
    ]);
  });

  it('states each axis it cut on, and nothing for the current state', () => {
    expect(resolveHistoricalRead({}, 'WIB')).toEqual({ cut: {}, readAt: [] });
    const validOnly = resolveHistoricalRead(parseHistoricalRead(undefined, '2024-02-29'), 'WIT');
    expect(validOnly).toEqual({ cut: { occurredBy: new Date('2024-02-29T14:59:59.999Z') }, readAt: [{ axis: 'valid', instant: '2024-02-29T14:59:59.999Z' }] });
    expect(describeReadAt(validOnly.readAt)).toBe('valid at 2024-02-29T14:59:59.999Z');
    expect(describeReadAt([])).toBe('now');
  });

  it.each(['2026-02-30', '2025-02-29', '2026-02-28T24:00:00Z', '2026-02-28T10:00:00', 'yesterday'])('refuses validAt=%j with a 400 naming query.validAt', (value) => {
    const { problem } = refusal(undefined, value);
    expect(problem).toMatchObject({ status: 400, code: 'ValidationFailed', errors: [{ field: 'query.validAt' }] });
    expect(problem.errors?.[0].allowed).toContain('YYYY-MM-DD');
  });

  it('names both fields when both are wrong, and refuses a repeated parameter', () => {
    expect(refusal('2026-02-30', 'soon').problem.errors?.map((e) => e.field)).toEqual(['query.asOf', 'query.validAt']);
    expect(refusal(['2023-12-31', '2024-12-31'], undefined).problem.errors?.map((e) => e.field)).toEqual(['query.asOf']);
  });
});
