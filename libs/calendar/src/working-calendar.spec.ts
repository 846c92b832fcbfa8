import { CalendarYear, WorkingCalendar } from './working-calendar';

const year = (over: Partial<CalendarYear> = {}): CalendarYear => ({
  nationalHolidays: [],
  collectiveLeave: [],
  declaredWorkingDays: [],
  ...over,
});

describe('WorkingCalendar', () => {
  it('skips Saturdays and Sundays', () => {
    const cal = new WorkingCalendar(() => year());
    expect(['2025-03-07', '2025-03-08', '2025-03-09', '2025-03-10'].map((d) => cal.isWorkingDay(d))).toEqual([true, false, false, true]);
    expect(cal.reasonOff('2025-03-08')).toBe('weekend');
  });

  it('skips national holidays and cuti bersama, naming them', () => {
    const cal = new WorkingCalendar(() =>
      year({
        nationalHolidays: [{ date: '2025-03-31', name: 'Idulfitri 1446 H' }],
        collectiveLeave: [{ date: '2025-04-02', name: 'Cuti bersama Idulfitri 1446 H' }],
      }),
    );
    expect(cal.isWorkingDay('2025-03-31')).toBe(false);
    expect(cal.reasonOff('2025-04-02')).toBe('Cuti bersama Idulfitri 1446 H');
    expect(cal.isWorkingDay('2025-04-08')).toBe(true);
  });

  it('counts a declared working Saturday, even one that is also a holiday', () => {
    const cal = new WorkingCalendar(() =>
      year({
        nationalHolidays: [{ date: '2025-03-15', name: 'some holiday' }],
        declaredWorkingDays: [
          { date: '2025-03-08', name: 'Hari kerja pengganti' },
          { date: '2025-03-15', name: 'Hari kerja pengganti' },
        ],
      }),
    );
    expect(cal.isWorkingDay('2025-03-08')).toBe(true);
    expect(cal.isWorkingDay('2025-03-15')).toBe(true);
    expect(cal.isWorkingDay('2025-03-09')).toBe(false);
  });

  it('asks its source once per year', () => {
    const source = jest.fn(() => year());
    const cal = new WorkingCalendar(source);
    ['2025-01-02', '2025-06-01', '2026-01-02'].forEach((d) => cal.isWorkingDay(d));
    expect(source.mock.calls).toEqual([[2025], [2026]]);
  });
});
