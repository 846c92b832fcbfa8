import { loadObligationPolicy } from './obligation-policy';

describe('loadObligationPolicy', () => {
  it('defaults to 10 calendar days of grace and 4 periods ahead for an open-ended PKS', () =>
    expect(loadObligationPolicy({})).toEqual({ graceDays: 10, graceBasis: 'calendar', openEndedPeriods: 4 }));

  it('reads OBLIGATION_GRACE_DAYS, OBLIGATION_GRACE_BASIS and OBLIGATION_OPEN_ENDED_PERIODS', () =>
    expect(loadObligationPolicy({ OBLIGATION_GRACE_DAYS: '14', OBLIGATION_GRACE_BASIS: 'working', OBLIGATION_OPEN_ENDED_PERIODS: '8' })).toEqual({
      graceDays: 14,
      graceBasis: 'working',
      openEndedPeriods: 8,
    }));

  it('names the variable and what it accepts', () => {
    expect(() => loadObligationPolicy({ OBLIGATION_GRACE_DAYS: '-1' })).toThrow('OBLIGATION_GRACE_DAYS=-1 is not a whole number from 0 to 365');
    expect(() => loadObligationPolicy({ OBLIGATION_GRACE_BASIS: 'hours' })).toThrow('OBLIGATION_GRACE_BASIS=hours must be calendar or working');
    expect(() => loadObligationPolicy({ OBLIGATION_OPEN_ENDED_PERIODS: '0' })).toThrow(/OBLIGATION_OPEN_ENDED_PERIODS=0/);
  });
});
