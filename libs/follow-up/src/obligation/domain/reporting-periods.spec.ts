import { nextPeriod, periodContaining } from './reporting-periods';

describe('reporting periods', () => {
  it('names and bounds months, quarters, semesters and years', () => {
    expect(periodContaining('2024-02-10', 'month')).toEqual({ key: '2024-02', start: '2024-02-01', end: '2024-02-29' });
    expect(periodContaining('2022-07-05', 'quarter')).toEqual({ key: '2022-Q3', start: '2022-07-01', end: '2022-09-30' });
    expect(periodContaining('2022-06-30', 'quarter')).toEqual({ key: '2022-Q2', start: '2022-04-01', end: '2022-06-30' });
    expect(periodContaining('2022-07-01', 'semester')).toEqual({ key: '2022-S2', start: '2022-07-01', end: '2022-12-31' });
    expect(periodContaining('2022-12-31', 'year')).toEqual({ key: '2022', start: '2022-01-01', end: '2022-12-31' });
  });

  it('steps across quarter, semester and year ends', () => {
    expect(nextPeriod(periodContaining('2022-12-15', 'month'), 'month').key).toBe('2023-01');
    expect(nextPeriod(periodContaining('2022-11-01', 'quarter'), 'quarter')).toEqual({ key: '2023-Q1', start: '2023-01-01', end: '2023-03-31' });
    expect(nextPeriod(periodContaining('2022-03-31', 'semester'), 'semester').key).toBe('2022-S2');
    expect(nextPeriod(periodContaining('2022-08-01', 'semester'), 'semester').key).toBe('2023-S1');
    expect(nextPeriod(periodContaining('2022-08-01', 'year'), 'year')).toEqual({ key: '2023', start: '2023-01-01', end: '2023-12-31' });
  });
});
