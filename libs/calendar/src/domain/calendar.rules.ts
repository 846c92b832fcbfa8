import { CalendarDate, conflict, invalid, isCalendarDate } from '@app/kernel';
import type { CalendarState, ManagedCalendar } from './calendar.events';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
export const NAME_MAX = 200;
export const REASON_MAX = 500;

export const isSupportedYear = (year: number): boolean => Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;

export function requireYear(year: number): number {
  if (!isSupportedYear(year)) {
    throw invalid('InvalidYear', `${String(year)} is not a calendar year this system manages`, [
      { field: 'year', message: 'not a supported year', allowed: `${FIRST_YEAR}–${LAST_YEAR}` },
    ]);
  }
  return year;
}

export function requireManaged(state: CalendarState, year: number): ManagedCalendar {
  if (state.status === 'none') {
    throw conflict('CalendarNotSeeded', `The ${year} calendar is not managed yet: seed it first with POST /v1/admin/calendars/${year}/seed`);
  }
  return state;
}

/** A real date inside the calendar's own year. */
export function requireDateInYear(date: CalendarDate, year: number, field = 'date'): CalendarDate {
  if (!isCalendarDate(date) || !date.startsWith(`${year}-`)) {
    throw invalid('DateOutsideYear', `${String(date)} is not a date of ${year}`, [
      { field, message: `not a date of ${year}`, allowed: `YYYY-MM-DD from ${year}-01-01 to ${year}-12-31` },
    ]);
  }
  return date;
}

export function requireText(value: string, field: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '' || text.length > max) {
    throw invalid('TextRequired', `${field} must be 1–${max} characters`, [{ field, message: text === '' ? 'empty' : 'too long', allowed: `1–${max} characters` }]);
  }
  return text;
}
