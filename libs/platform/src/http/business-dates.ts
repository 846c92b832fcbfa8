import { dateInZone, type CalendarDate } from '@app/kernel';

/**
 * The dates and years a request may name: nothing this product tracks predates the Republic
 * (1945), and nothing is planned more than ten calendar years ahead (to the end of the year ten
 * years from now, in WIB). Anything outside is a typo (`0225-03-10`, `2205-03-10`), not a plan.
 */
export const EARLIEST_BUSINESS_YEAR = 1945;
export const BUSINESS_YEARS_AHEAD = 10;

export interface BusinessRange {
  from: CalendarDate;
  to: CalendarDate;
  fromYear: number;
  toYear: number;
}

export function businessRange(now: Date): BusinessRange {
  const toYear = Number(dateInZone(now, 'WIB').slice(0, 4)) + BUSINESS_YEARS_AHEAD;
  return { from: `${EARLIEST_BUSINESS_YEAR}-01-01`, to: `${toYear}-12-31`, fromYear: EARLIEST_BUSINESS_YEAR, toYear };
}

/** `YYYY-MM-DD` strings of equal length compare as dates. */
export const isBusinessDate = (date: CalendarDate, now: Date): boolean => {
  const { from, to } = businessRange(now);
  return date >= from && date <= to;
};

export const isBusinessYear = (year: number, now: Date): boolean => {
  const { fromYear, toYear } = businessRange(now);
  return Number.isInteger(year) && year >= fromYear && year <= toYear;
};

export const describeBusinessDates = (now: Date): string => {
  const { from, to } = businessRange(now);
  return `a date from ${from} to ${to} (YYYY-MM-DD)`;
};

export const describeBusinessYears = (now: Date): string => {
  const { fromYear, toYear } = businessRange(now);
  return `a whole year from ${fromYear} to ${toYear}`;
};
