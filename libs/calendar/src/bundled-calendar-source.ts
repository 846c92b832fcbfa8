import nationalCalendar from './national-calendar.json';

const years: Record<string, { source: string } | undefined> = nationalCalendar.years;

/** Where the bundled calendar of a year comes from, recorded in CalendarSeeded. */
export function bundledCalendarSource(year: number): string {
  const adjustments = years[String(year)];
  return adjustments
    ? `date-holidays (country ID, public holidays) corrected per ${adjustments.source}`
    : 'date-holidays (country ID, public holidays); no cuti bersama decree bundled for this year';
}
