/**
 * Where one year's working days came from, recorded beside every deadline counted in working
 * days so a reader can tell an authoritative due date from an estimate:
 * - skb: the bundled joint decree (SKB) of that year, national-calendar.json;
 * - admin: the admin-managed `calendar-<year>` stream (version = its revision);
 * - estimated: no decree and no managed calendar: the date-holidays package's public holidays
 *   (or weekends only), without cuti bersama. Still computed, but not authoritative.
 */
export const CALENDAR_SOURCES = ['skb', 'admin', 'estimated'] as const;
export type CalendarSourceKind = (typeof CALENDAR_SOURCES)[number];

export interface CalendarProvenance {
  year: number;
  source: CalendarSourceKind;
  /** The decree (`SKB 1497/2025, 2/2025, 5/2025`), the stream (`calendar-2027`) or the estimate used. */
  reference: string;
  /** skb: the bundled data's revision for the year; admin: the stream revision; estimated: null. */
  version: number | null;
}

export const isAuthoritative = (calendar: CalendarProvenance): boolean => calendar.source !== 'estimated';

/** A calendar that knows nothing beyond weekends (tests, or a caller without holiday data). */
export const weekendsOnlyProvenance = (year: number): CalendarProvenance => ({
  year,
  source: 'estimated',
  reference: 'weekends only; no holiday data',
  version: null,
});
