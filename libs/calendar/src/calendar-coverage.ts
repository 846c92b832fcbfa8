import { EventStore, StreamNotFound } from '@app/event-store';
import { bundledDecreeYear } from './bundled-calendar-source';
import { calendarStream } from './calendar.stream';

/**
 * Whether `year` has an authoritative calendar: its decree bundled in national-calendar.json,
 * or an admin-seeded `calendar-<year>` stream (only the stream's first event is read, so this
 * stays cheap enough for /health). Without one, that year's working-day deadlines are estimates.
 */
export async function hasAuthoritativeCalendar(year: number, store: EventStore): Promise<boolean> {
  if (bundledDecreeYear(year)) return true;
  try {
    return (await store.readStream(calendarStream(year), { maxCount: 1 })).length > 0;
  } catch (error) {
    if (error instanceof StreamNotFound) return false;
    throw error;
  }
}
