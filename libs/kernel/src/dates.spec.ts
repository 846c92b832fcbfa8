import { addDays, businessInstant, dateInZone, daysBetween, dayOfWeek, endOfDayInstant, isCalendarDate } from './dates';

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

  describe('businessInstant: when an act dated in the provider zone is recorded as having occurred', () => {
    const now = new Date('2026-12-01T03:00:00.000Z'); // 10:00 WIB, 11:00 WITA, 12:00 WIT on 1 Dec

    it('is the command time itself when the date is today in that zone', () => {
      expect(businessInstant('2026-12-01', 'WIB', now)).toBe(now);
      expect(businessInstant('2026-12-01', 'WIT', now)).toBe(now);
    });

    it('is the last millisecond of a past day in that zone, just before the due instant of that day', () => {
      expect(businessInstant('2023-05-10', 'WIB', now).toISOString()).toBe('2023-05-10T16:59:59.999Z');
      expect(businessInstant('2023-05-10', 'WITA', now).toISOString()).toBe('2023-05-10T15:59:59.999Z');
      expect(businessInstant('2023-05-10', 'WIT', now).getTime()).toBe(endOfDayInstant('2023-05-10', 'WIT').getTime() - 1);
    });

    it('treats "today" by the provider zone, not UTC: 23:30 UTC is already tomorrow in WIT', () => {
      const lateUtc = new Date('2026-11-30T23:30:00.000Z'); // 08:30 WIT on 1 Dec, 06:30 WIB on 1 Dec
      expect(businessInstant('2026-12-01', 'WIT', lateUtc)).toBe(lateUtc);
      expect(businessInstant('2026-11-30', 'WIT', lateUtc).toISOString()).toBe('2026-11-30T14:59:59.999Z');
    });
  });
});
