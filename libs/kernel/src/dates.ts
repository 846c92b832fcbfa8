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
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
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
