import { dueDateFor, dueOnFor } from './due-date';
import { BundledHolidayCalendar } from '@app/calendar';
import { WorkingCalendar } from '@app/calendar';

const weekendsOnly = new WorkingCalendar(() => ({ nationalHolidays: [], collectiveLeave: [], declaredWorkingDays: [] }));
const indonesia = WorkingCalendar.of(new BundledHolidayCalendar());
const skb2026 = { year: 2026, source: 'skb', reference: 'SKB 1497/2025, 2/2025, 5/2025', version: 1 };
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

  it('skips Nyepi and the Idulfitri 2026 block of holidays and cuti bersama (18–24 Mar), and the Good Friday after', () => {
    // 10 working days from Monday 16 Mar: 17, 25, 26, 27, 30, 31 Mar, 1, 2, 6, 7 Apr (3 Apr Wafat Yesus Kristus).
    expect(dueDateFor('2026-03-16', working(10), indonesia)).toEqual({ dueOn: '2026-04-07', calendar: [skb2026] });
    expect(dueOnFor('2026-03-16', working(10), weekendsOnly)).toBe('2026-03-30');
  });

  it('says each year counted through and whether its calendar is authoritative', () => {
    expect(dueDateFor('2027-03-01', working(5), indonesia).calendar).toEqual([
      { year: 2027, source: 'estimated', reference: expect.stringMatching(/^date-holidays /), version: null },
    ]);
    // 24–25 Dec 2026 off by the SKB; 1 Jan 2027 off by the estimate.
    const crossing = dueDateFor('2026-12-21', working(7), indonesia);
    expect(crossing.dueOn).toBe('2027-01-04');
    expect(crossing.calendar?.map((c) => [c.year, c.source])).toEqual([
      [2026, 'skb'],
      [2027, 'estimated'],
    ]);
  });

  it('names no calendar for calendar days, and weekends only as an estimate', () => {
    expect(dueDateFor('2026-03-16', calendar(60), indonesia)).toEqual({ dueOn: '2026-05-15', calendar: null });
    expect(dueDateFor('2026-03-16', working(1), weekendsOnly).calendar).toEqual([{ year: 2026, source: 'estimated', reference: 'weekends only; no holiday data', version: null }]);
  });
});
