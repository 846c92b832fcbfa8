import { endOfDayInstant, type TimeZone } from '@app/kernel';

/** The generated history runs in whole days from 2014-01-01 (day 0) to NOW_DAY. */
export const EPOCH_MS = Date.parse('2014-01-01T00:00:00Z');
export const DAY_MS = 86_400_000;
/** The bench's "now": 1 July 2025, 10:00 WIB. Many deadlines lie before it. */
export const NOW = new Date('2025-07-01T03:00:00Z');
export const NOW_DAY = Math.floor((NOW.getTime() - EPOCH_MS) / DAY_MS);
export const dayOf = (date: string): number => Math.round((Date.parse(`${date}T00:00:00Z`) - EPOCH_MS) / DAY_MS);
export const dateOf = (day: number): string => new Date(EPOCH_MS + day * DAY_MS).toISOString().slice(0, 10);
export const dueAtOf = (day: number, zone: TimeZone): string => endOfDayInstant(dateOf(day), zone).toISOString();
/** An instant during a day (office hours, WIB), for steps the deadline workers record. */
export const instantOf = (day: number, minute = 0): string => new Date(EPOCH_MS + day * DAY_MS + 2 * 3_600_000 + minute * 60_000).toISOString();
