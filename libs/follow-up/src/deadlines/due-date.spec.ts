import { dueOnFor } from './due-date';
import { BundledHolidayCalendar } from '@app/calendar';
import { WorkingCalendar } from '@app/calendar';

const weekendsOnly = new WorkingCalendar(() => ({ nationalHolidays: [], collectiveLeave: [], declaredWorkingDays: [] }));
const indonesia = new WorkingCalendar((y) => new BundledHolidayCalendar().calendarYear(y));
const working = (days: number) => ({ days, basis: 'working' as const, source: 'test' });
const calendar = (days: number) => ({ days, basis: 'calendar' as const, source: 'test' });

describe('dueOnFor', () => {
  it('counts calendar days straight through weekends and holidays', () => {
    expect(dueOnFor('2025-03-10', calendar(60), indonesia)).toBe('2025-05-09');
    expect(dueOnFor('2025-03-20', calendar(30), indonesia)).toBe('2025-04-19');
  });

  it('counts working days from the day after issue, skipping the weekend', () => {
    expect(dueOnFor('2025-03-07', working(1), weekendsOnly)).toBe('2025-03-10');
    expect(dueOnFor('2025-03-07', working(5), weekendsOnly)).toBe('2025-03-14');
  });

  it('skips Nyepi, Idulfitri and their cuti bersama in 2025 (30 working days)', () => {
    expect(dueOnFor('2025-03-20', working(30), weekendsOnly)).toBe('2025-05-01');
    // 28 Mar, 31 Mar–7 Apr, 18 Apr, 1 May, 12–13 May are off: eleven more days.
    expect(dueOnFor('2025-03-20', working(30), indonesia)).toBe('2025-05-16');
  });

  it('moves over a single holiday', () => {
    expect(dueOnFor('2025-05-28', working(1), indonesia)).toBe('2025-06-02');
  });

  it('counts a declared working Saturday', () => {
    const withSaturday = new WorkingCalendar(() => ({
      nationalHolidays: [],
      collectiveLeave: [],
      declaredWorkingDays: [{ date: '2025-03-08', name: 'Hari kerja pengganti' }],
    }));
    expect(dueOnFor('2025-03-07', working(1), withSaturday)).toBe('2025-03-08');
    expect(dueOnFor('2025-03-07', working(5), withSaturday)).toBe('2025-03-13');
  });

  it('crosses into the next year', () => {
    // 25 Dec holiday, 26 Dec cuti bersama, 1 Jan holiday.
    expect(dueOnFor('2024-12-20', working(6), indonesia)).toBe('2025-01-02');
  });
});
