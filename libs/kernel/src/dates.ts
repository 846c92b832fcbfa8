/** A calendar date as written in Indonesian documents' ISO form: `YYYY-MM-DD`. */
export type CalendarDate = string;

/** Indonesia's three time zones and their fixed UTC offsets (no daylight saving). */
export const TIME_ZONES = { WIB: 7, WITA: 8, WIT: 9 } as const;
export type TimeZone = keyof typeof TIME_ZONES;
export const TIME_ZONE_NAMES = Object.keys(TIME_ZONES) as TimeZone[];

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const day = epochDayOf(date);
  const sum = day === undefined || !Number.isSafeInteger(days) ? undefined : dateOfEpochDay(day + days);
  return sum ?? new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  const day = epochDayOf(date);
  return day === undefined ? new Date(`${date}T00:00:00Z`).getUTCDay() : dayOfWeekOfEpochDay(day);
}

/*
 * Day arithmetic on whole days since 1970-01-01 (H. Hinnant's civil-calendar algorithms): a
 * working-day due date steps through every day up to it, twice per day, and parsing and
 * printing a Date for each step was a measurable part of every command. Anything that is not
 * a real YYYY-MM-DD date of years 0000–9999 takes the Date path instead, which answers as before.
 */

/** Whole days from 1970-01-01 to `date`; undefined unless it is a real YYYY-MM-DD date of years 0000–9999. */
export function epochDayOf(date: CalendarDate): number | undefined {
  const m = DATE_RE.exec(date);
  if (!m) return undefined;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** Whole days from 1970-01-01 to 1 January of `year`, for any whole year. */
export function epochDayOfNewYear(year: number): number {
  return daysFromCivil(year, 1, 1);
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** 0 = Sunday … 6 = Saturday, of a day since 1970-01-01 (a Thursday). */
export function dayOfWeekOfEpochDay(epoch: number): number {
  return (((epoch + 4) % 7) + 7) % 7;
}

/** YYYY-MM-DD of a day since 1970-01-01; undefined outside years 0000–9999 (toISOString writes those otherwise). */
export function dateOfEpochDay(epoch: number): CalendarDate | undefined {
  const z = epoch + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return undefined;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** A deadline ends at the end of its last day in the provider's zone: the first instant after it. */
export function endOfDayInstant(date: CalendarDate, zone: TimeZone): Date {
  const nextMidnightUtc = Date.parse(`${addDays(date, 1)}T00:00:00Z`);
  return new Date(nextMidnightUtc - TIME_ZONES[zone] * 3_600_000);
}

/** The calendar date an instant falls on in a zone. */
export function dateInZone(instant: Date, zone: TimeZone): CalendarDate {
  return new Date(instant.getTime() + TIME_ZONES[zone] * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The instant an act dated `date` (its business date, in the provider's zone) is recorded as
 * having occurred: `now` when the date is today there, otherwise the last millisecond of that
 * day. A past date says only that the act happened some time that day, so it is placed where it
 * had certainly happened: a bare-date `validAt` of that day includes it, and an act dated on a
 * due date sits before the due instant (endOfDayInstant), i.e. on time.
 */
export function businessInstant(date: CalendarDate, zone: TimeZone, now: Date): Date {
  if (dateInZone(now, zone) === date) return now;
  return new Date(endOfDayInstant(date, zone).getTime() - 1);
}
