import { version as dateHolidaysVersion } from 'date-holidays/package.json';
import type { CalendarProvenance } from './calendar-provenance';
import type { HolidayKind } from './domain/calendar.events';
import type { CalendarYear, NamedDay } from './working-calendar';
import nationalCalendar from './national-calendar.json';

/** The citation national-calendar.json keeps for each bundled year. */
export interface DecreeCitation {
  decree: string;
  reference: string;
  signedOn: string | null;
  announcedOn: string;
  url: string;
  nationalHolidays: number;
  collectiveLeave: number;
  version: number;
}

export interface BundledYear {
  source: DecreeCitation;
  days: Array<NamedDay & { kind: HolidayKind }>;
  declaredWorkingDays: NamedDay[];
}

const years = nationalCalendar.years as Record<string, BundledYear | undefined>;

/** The decree's days of `year` as bundled, or undefined when no decree is bundled for it. */
export function bundledDecreeYear(year: number): BundledYear | undefined {
  return years[String(year)];
}

/** The bundled decree's days in the shape WorkingCalendar reads. */
export function calendarYearOfDecree({ days, declaredWorkingDays }: BundledYear): CalendarYear {
  const pick = (kind: HolidayKind) => days.filter((d) => d.kind === kind).map(({ date, name }) => ({ date, name }));
  return { nationalHolidays: pick('national'), collectiveLeave: pick('collective_leave'), declaredWorkingDays };
}

export const ESTIMATE_REFERENCE = `date-holidays ${dateHolidaysVersion} (country ID, public holidays); no cuti bersama`;

/** Which bundled calendar a year gets: its decree (authoritative), else the estimate. */
export function bundledProvenance(year: number): CalendarProvenance {
  const bundled = bundledDecreeYear(year);
  return bundled
    ? { year, source: 'skb', reference: bundled.source.reference, version: bundled.source.version }
    : { year, source: 'estimated', reference: ESTIMATE_REFERENCE, version: null };
}

/** Where the bundled calendar of a year comes from, recorded in CalendarSeeded. */
export function bundledCalendarSource(year: number): string {
  const bundled = bundledDecreeYear(year);
  return bundled
    ? `${bundled.source.reference} (national-calendar.json v${bundled.source.version}, cited from ${bundled.source.url})`
    : `${ESTIMATE_REFERENCE}: no decree bundled for this year, an estimate`;
}
