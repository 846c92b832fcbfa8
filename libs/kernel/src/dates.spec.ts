import { addDays, dateInZone, daysBetween, dayOfWeek, endOfDayInstant, isCalendarDate } from './dates';

describe('calendar dates and Indonesia time zones', () => {
  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2021-10-28T00:00:00Z')).toBe(false);
    expect(isCalendarDate('28/10/2021')).toBe(false);
    expect(isCalendarDate(20211028)).toBe(false);
  });

  it('counts and adds whole days across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-02-01', '2024-04-01')).toBe(60);
    expect(dayOfWeek('2025-03-31')).toBe(1); // Monday
  });

  it('ends a deadline at the end of its last day in the provider zone: WIB +7, WITA +8, WIT +9', () => {
    expect(endOfDayInstant('2025-03-10', 'WIB').toISOString()).toBe('2025-03-10T17:00:00.000Z');
    expect(endOfDayInstant('2025-03-10', 'WITA').toISOString()).toBe('2025-03-10T16:00:00.000Z');
    expect(endOfDayInstant('2025-03-10', 'WIT').toISOString()).toBe('2025-03-10T15:00:00.000Z');
  });

  it('tells which local date an instant falls on', () => {
    const instant = new Date('2025-03-10T16:30:00Z');
    expect(dateInZone(instant, 'WIB')).toBe('2025-03-10');
    expect(dateInZone(instant, 'WITA')).toBe('2025-03-11');
    expect(dateInZone(new Date(endOfDayInstant('2025-03-10', 'WIT').getTime() - 1), 'WIT')).toBe('2025-03-10');
  });
});
