import { isCalendarDate } from '@app/kernel';
import { bundledCalendarSource } from './bundled-calendar-source';
import { HOLIDAY_KINDS } from './domain/calendar.events';
import { BundledHolidayCalendar } from './holiday-calendar';
import nationalCalendar from './national-calendar.json';

const calendar = new BundledHolidayCalendar();
const dates = (year: number) => calendar.calendarYear(year).nationalHolidays.map((d) => d.date);
const leave = (year: number) => calendar.calendarYear(year).collectiveLeave.map((d) => d.date);

describe('BundledHolidayCalendar (national-calendar.json, date-holidays as the estimate)', () => {
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

  it('gives the 17 national holidays and 8 days of cuti bersama of SKB 1497/2025, 2/2025, 5/2025 for 2026', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01', '2026-01-16', '2026-02-17', '2026-03-19', '2026-03-21', '2026-03-22', '2026-04-03', '2026-04-05',
      '2026-05-01', '2026-05-14', '2026-05-27', '2026-05-31', '2026-06-01', '2026-06-16', '2026-08-17', '2026-08-25',
      '2026-12-25',
    ]);
    expect(leave(2026)).toEqual(['2026-02-16', '2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24', '2026-05-15', '2026-05-28', '2026-12-24']);
  });

  it('adds ten days of cuti bersama in 2024 and 2025', () => {
    expect(leave(2025)).toHaveLength(10);
    expect(leave(2024)).toHaveLength(10);
  });

  it('says a bundled year comes from its decree (authoritative, versioned) and names it', () => {
    expect(calendar.provenance(2026)).toEqual({ year: 2026, source: 'skb', reference: 'SKB 1497/2025, 2/2025, 5/2025', version: 1 });
    expect(calendar.provenance(2025)).toMatchObject({ source: 'skb', reference: 'SKB 1017/2024, 2/2024, 2/2024' });
    expect(bundledCalendarSource(2026)).toMatch(/^SKB 1497\/2025, 2\/2025, 5\/2025 \(national-calendar.json v1, cited from https:/);
  });

  it('estimates a year without a decree from date-holidays alone, without cuti bersama, and says so', () => {
    const y = calendar.calendarYear(2027);
    expect(y.nationalHolidays.map((d) => d.date)).toEqual(expect.arrayContaining(['2027-01-01', '2027-08-17', '2027-12-25']));
    expect(y.collectiveLeave).toEqual([]);
    expect(calendar.provenance(2027)).toEqual({ year: 2027, source: 'estimated', reference: expect.stringMatching(/^date-holidays \d+\.\d+\.\d+ /), version: null });
    expect(bundledCalendarSource(2027)).toMatch(/an estimate/);
  });

  describe('the data file', () => {
    const years = Object.entries(nationalCalendar.years);

    it('bundles 2024–2026 and leaves 2027 out, saying why', () => {
      expect(years.map(([year]) => year)).toEqual(['2024', '2025', '2026']);
      expect(nationalCalendar.missing['2027']).toMatch(/no SKB for 2027/);
    });

    it.each(years)('cites the decree of %s: numbers, date, public source, version', (_, { source }) => {
      expect(source.decree).toMatch(/^SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor /);
      expect(source.reference).toMatch(/^SKB \d+\/\d{4}/);
      expect(isCalendarDate(source.announcedOn)).toBe(true);
      expect(source.signedOn === null || isCalendarDate(source.signedOn)).toBe(true);
      expect(source.url).toMatch(/^https:\/\//);
      expect(Number.isInteger(source.version) && source.version >= 1).toBe(true);
    });

    it.each(years)('%s lists as many days of each kind as its decree counts, each once, valid and inside the year', (year, { source, days, declaredWorkingDays }) => {
      expect(days.filter((d) => d.kind === 'national')).toHaveLength(source.nationalHolidays);
      expect(days.filter((d) => d.kind === 'collective_leave')).toHaveLength(source.collectiveLeave);
      expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
      for (const d of [...days, ...declaredWorkingDays]) {
        expect(isCalendarDate(d.date) && d.date.startsWith(`${year}-`)).toBe(true);
        expect(d.name.trim()).not.toBe('');
      }
      for (const d of days) expect(HOLIDAY_KINDS).toContain(d.kind);
    });
  });
});
