import { addDays, dateOfEpochDay, dayOfWeek, dayOfWeekOfEpochDay, epochDayOf, epochDayOfNewYear } from './dates';

/** What addDays and dayOfWeek answered when every step went through a Date: the reference. */
const viaDate = {
  addDays: (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10),
  dayOfWeek: (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay(),
};

const answer = (run: () => unknown): unknown => {
  try {
    return run();
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
};

describe('day arithmetic answers exactly as the Date-based reference', () => {
  it('for every day of 1599–2401 (leap centuries, month and year ends), a day and a year on', () => {
    const mismatches: string[] = [];
    let date = '1599-01-01';
    let checked = 0;
    while (date !== '2402-01-01') {
      const fast = [addDays(date, 1), addDays(date, 366), addDays(date, -45), dayOfWeek(date)].join(' ');
      const reference = [viaDate.addDays(date, 1), viaDate.addDays(date, 366), viaDate.addDays(date, -45), viaDate.dayOfWeek(date)].join(' ');
      if (fast !== reference) mismatches.push(`${date}: ${fast} ≠ ${reference}`);
      date = viaDate.addDays(date, 1);
      checked++;
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    // 803 years, 195 of them leap years.
    expect(checked).toBe(803 * 365 + 195);
  });

  it('at the ends of four-digit years and for two-digit years, which Date.UTC would move to the 1900s', () => {
    const cases: Array<[string, number]> = [
      ['0000-01-01', 0], ['0000-03-01', -1], ['0000-01-01', -1], ['0050-06-15', 10], ['0099-12-31', 1],
      ['9999-12-31', 0], ['9999-12-31', 1], ['9999-12-01', 30], ['1970-01-01', -719_528], ['2026-01-15', 2_914_000],
    ];
    for (const [date, days] of cases) {
      expect([date, days, answer(() => addDays(date, days)), answer(() => dayOfWeek(date))]).toEqual([
        date, days, answer(() => viaDate.addDays(date, days)), answer(() => viaDate.dayOfWeek(date)),
      ]);
    }
  });

  it('for what is not a real date, or a part of a day: the same answer or the same refusal', () => {
    const cases: Array<[string, number]> = [
      ['2023-02-29', 1], ['2024-02-30', 1], ['2024-13-01', 1], ['2024-00-10', 1], ['2024-04-31', 1], ['2024-01-00', 1],
      ['24-01-01', 1], ['2024-1-1', 1], ['', 1], ['2024-01-15', 0.5], ['2024-01-15', Number.NaN], ['2024-01-15T00:00:00Z', 1],
    ];
    for (const [date, days] of cases) {
      expect([date, days, answer(() => addDays(date, days)), answer(() => dayOfWeek(date))]).toEqual([
        date, days, answer(() => viaDate.addDays(date, days)), answer(() => viaDate.dayOfWeek(date)),
      ]);
    }
  });

  it('in whole days since 1970-01-01: 1 January of every year 0000–9999, there and back, with its weekday', () => {
    const mismatches: string[] = [];
    for (let year = 0; year <= 9999; year++) {
      const newYear = `${String(year).padStart(4, '0')}-01-01`;
      const day = epochDayOfNewYear(year);
      const reference = Math.round((Date.parse(`${newYear}T00:00:00Z`) - Date.UTC(1970, 0, 1)) / 86_400_000);
      const got = [day, epochDayOf(newYear), dateOfEpochDay(day), dayOfWeekOfEpochDay(day)].join(' ');
      const expected = [reference, reference, newYear, viaDate.dayOfWeek(newYear)].join(' ');
      if (got !== expected) mismatches.push(`${year}: ${got} ≠ ${expected}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    // Outside four-digit years a date has no YYYY-MM-DD form.
    expect([dateOfEpochDay(epochDayOfNewYear(10_000)), dateOfEpochDay(epochDayOfNewYear(0) - 1)]).toEqual([undefined, undefined]);
  });
});
