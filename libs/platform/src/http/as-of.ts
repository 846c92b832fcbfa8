import { isCalendarDate } from '@app/kernel';
import { fieldsProblem } from './fields-problem';

const ALLOWED = 'YYYY-MM-DD or YYYY-MM-DDTHH:mm(:ss(.sss))(Z|±HH:mm), a real date and time';

/**
 * An instant written the one way ISO 8601 and RFC 3339 agree on. `Date` alone would read
 * `2026-02-30` as 2 March and `2026-02-28T24:00Z` as 1 March: a different instant than asked.
 */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** The instant a strict ISO-8601 timestamp names, or undefined when it is not one. */
export function parseStrictInstant(value: string): Date | undefined {
  const m = INSTANT.exec(value);
  if (!m) return undefined;
  const [, date, hh, mm, ss = '00', fraction = '', zone, offH = '00', offM = '00'] = m;
  if (!isCalendarDate(date) || +hh > 23 || +mm > 59 || +ss > 59 || +offH > 14 || +offM > 59) return undefined;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const instant = new Date(`${date}T${hh}:${mm}:${ss}.${millis}${zone === 'Z' ? 'Z' : zone}`);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** `?asOf=2023-12-31T23:59:59+07:00` → that instant; a bare date means the end of that day in UTC+7 (WIB). */
export function parseAsOf(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const instant = isCalendarDate(value) ? new Date(`${value}T23:59:59.999+07:00`) : parseStrictInstant(value);
  if (!instant) {
    throw fieldsProblem([{ field: 'query.asOf', message: `asOf ${JSON.stringify(value)} is not a real date or instant`, allowed: ALLOWED }]);
  }
  return instant;
}
