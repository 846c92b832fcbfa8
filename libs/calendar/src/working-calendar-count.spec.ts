import { addDays, dayOfWeek } from '@app/kernel';
import { BundledHolidayCalendar } from './holiday-calendar';
import { CalendarYear, WorkingCalendar } from './working-calendar';

/** The rule stated plainly: step one day at a time and count the days isWorkingDay accepts. */
function reference(calendar: WorkingCalendar, from: string, count: number): string {
  let day = from;
  for (let counted = 0; counted < count; ) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) counted++;
  }
  return day;
}

const empty = (): CalendarYear => ({ nationalHolidays: [], collectiveLeave: [], declaredWorkingDays: [] });

describe('WorkingCalendar.addWorkingDays', () => {
  /** Every start of `from`'s year and the three after it, each with counts 0–60: the mismatches. */
  function mismatchesOver(calendar: WorkingCalendar, from: string): { mismatches: string[]; checked: number } {
    const mismatches: string[] = [];
    let checked = 0;
    const end = `${Number(from.slice(0, 4)) + 4}-01-01`;
    for (let start = from; start !== end; start = addDays(start, 1)) {
      for (const count of [0, 1, 5, 10, 30, 60]) {
        const fast = calendar.addWorkingDays(start, count);
        const slow = reference(calendar, start, count);
        if (fast !== slow) mismatches.push(`${start} + ${count}: ${fast} ≠ ${slow}`);
        checked++;
      }
    }
    return { mismatches, checked };
  }

  it('answers as the day-by-day count over isWorkingDay for every start in 2024–2027, across year ends and the bundled holidays', () => {
    const { mismatches, checked } = mismatchesOver(WorkingCalendar.of(new BundledHolidayCalendar()), '2024-01-01');
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(checked).toBe(1461 * 6);
  });

  it('answers as isWorkingDay where days are declared working, some of them holidays too', () => {
    // Every year: the first Saturday of each month declared working; the 1st of each month a holiday.
    const calendar = new WorkingCalendar((y) => {
      const months = Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`);
      const firstSaturday = (month: string) => [1, 2, 3, 4, 5, 6, 7].map((d) => `${month}-0${d}`).find((d) => dayOfWeek(d) === 6)!;
      return {
        nationalHolidays: months.map((m) => ({ date: `${m}-01`, name: 'holiday' })),
        collectiveLeave: [],
        declaredWorkingDays: months.map((m) => ({ date: firstSaturday(m), name: 'Hari kerja pengganti' })),
      };
    });
    const { mismatches, checked } = mismatchesOver(calendar, '2025-01-01');
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(checked).toBe(1461 * 6);
  });

  it('never counts its start, skips weekends, holidays and cuti bersama, and counts a declared working Saturday', () => {
    const calendar = new WorkingCalendar(() => ({
      nationalHolidays: [{ date: '2025-03-11', name: 'a holiday' }],
      collectiveLeave: [{ date: '2025-03-12', name: 'cuti bersama' }],
      declaredWorkingDays: [{ date: '2025-03-15', name: 'Hari kerja pengganti' }],
    }));
    // Monday 10 March 2025 does not count itself; 11 and 12 are off; Saturday 15 works.
    expect(calendar.addWorkingDays('2025-03-10', 0)).toBe('2025-03-10');
    expect(calendar.addWorkingDays('2025-03-10', 1)).toBe('2025-03-13');
    expect(calendar.addWorkingDays('2025-03-10', 3)).toBe('2025-03-15');
    expect(calendar.addWorkingDays('2025-03-10', 4)).toBe('2025-03-17');
    // From a Friday, the first working day is Monday.
    expect(calendar.addWorkingDays('2025-03-07', 1)).toBe('2025-03-10');
  });

  it("looks a day up in its own year's data, from the last day of one year to the next", () => {
    const calendar = new WorkingCalendar((y) =>
      y === 2026 ? { ...empty(), nationalHolidays: [{ date: '2026-01-01', name: 'Tahun Baru' }], collectiveLeave: [{ date: '2026-01-02', name: 'cuti bersama' }] } : empty(),
    );
    // Wednesday 31 December 2025: Thursday 1 and Friday 2 January 2026 are off, Monday 5 is the first working day.
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
  });

  it('refuses to walk more than ten years through a calendar with no working day', () => {
    const allOff = (y: number): CalendarYear => {
      const nationalHolidays = [];
      for (let day = `${y}-01-01`; day.startsWith(String(y)); day = addDays(day, 1)) nationalHolidays.push({ date: day, name: 'off' });
      return { ...empty(), nationalHolidays };
    };
    const calendar = new WorkingCalendar(allOff);
    expect(() => calendar.addWorkingDays('2025-01-01', 1)).toThrow('No 1 working days within ten years after 2025-01-01: check the calendar data');
  });

  it('counts from a date that is not a real YYYY-MM-DD date as addDays takes it, a day at a time', () => {
    const calendar = new WorkingCalendar(empty);
    // There is no 30 February: the Date path reads it as 2 March (a Sunday), as addDays always has.
    expect(calendar.addWorkingDays('2025-02-30', 1)).toBe('2025-03-03');
    expect(calendar.addWorkingDays('2025-02-30', 1)).toBe(reference(calendar, '2025-02-30', 1));
  });

  it('sees a year that changed, handed out as a new CalendarYear, from the next calendar built', () => {
    let current: CalendarYear = empty();
    const source = () => current;
    expect(new WorkingCalendar(source).addWorkingDays('2025-03-10', 1)).toBe('2025-03-11');
    // An admin declares Tuesday 11 March a holiday: the managed calendar hands out a new year.
    current = { ...empty(), nationalHolidays: [{ date: '2025-03-11', name: 'a new holiday' }] };
    const changed = new WorkingCalendar(source);
    expect(changed.addWorkingDays('2025-03-10', 1)).toBe('2025-03-12');
    expect(changed.reasonOff('2025-03-11')).toBe('a new holiday');
  });
});
