import { isCalendarDate } from '@app/kernel';
import { BundledHolidayCalendar } from './holiday-calendar';
import nationalCalendar from './national-calendar.json';

const calendar = new BundledHolidayCalendar();
const dates = (year: number) => calendar.calendarYear(year).nationalHolidays.map((d) => d.date);

describe('BundledHolidayCalendar (date-holidays ID + national-calendar.json)', () => {
  it('gives the 17 national holidays of SKB 1017/2024 for 2025', () =>
    expect(dates(2025)).toEqual([
      '2025-01-01', '2025-01-27', '2025-01-29', '2025-03-29', '2025-03-31', '2025-04-01', '2025-04-18', '2025-04-20',
      '2025-05-01', '2025-05-12', '2025-05-29', '2025-06-01', '2025-06-06', '2025-06-27', '2025-08-17', '2025-09-05',
      '2025-12-25',
    ]));

  it('gives the 17 national holidays of SKB 855/2023 for 2024', () =>
    expect(dates(2024)).toEqual([
      '2024-01-01', '2024-02-08', '2024-02-10', '2024-03-11', '2024-03-29', '2024-03-31', '2024-04-10', '2024-04-11',
      '2024-05-01', '2024-05-09', '2024-05-23', '2024-06-01', '2024-06-17', '2024-07-07', '2024-08-17', '2024-09-16',
      '2024-12-25',
    ]));

  it('adds ten days of cuti bersama in 2024 and 2025', () => {
    expect(calendar.calendarYear(2025).collectiveLeave).toHaveLength(10);
    expect(calendar.calendarYear(2024).collectiveLeave).toHaveLength(10);
  });

  it('falls back to date-holidays alone for a year without adjustments', () => {
    const y = calendar.calendarYear(2030);
    expect(y.nationalHolidays.map((d) => d.date)).toEqual(expect.arrayContaining(['2030-01-01', '2030-08-17', '2030-12-25']));
    expect(y.collectiveLeave).toEqual([]);
  });

  it('holds only valid dates inside their own year', () => {
    for (const [year, adj] of Object.entries(nationalCalendar.years)) {
      for (const d of [...adj.addHolidays, ...adj.removeHolidays, ...adj.collectiveLeave, ...adj.declaredWorkingDays]) {
        expect(isCalendarDate(d.date) && d.date.startsWith(year)).toBe(true);
      }
    }
  });
});
