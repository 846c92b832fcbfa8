import { streamName } from '@app/event-store';

export const CALENDAR_CATEGORY = 'calendar';

/** `calendar-2025`: the admin-managed working-day calendar of one year. */
export const calendarStream = (year: number): string => streamName(CALENDAR_CATEGORY, String(year));

/** The year a `calendar-<year>` stream holds; null for any other stream. */
export function yearOfCalendarStream(stream: string): number | null {
  const m = /^calendar-(\d{4})$/.exec(stream);
  return m ? Number(m[1]) : null;
}
