import { CalendarDate, TimeZone, endOfDayInstant } from '@app/kernel';
import type { Mou } from './mou.events';

export type MouStatus = 'signed' | 'expired' | 'terminated';

/** A validity period ends at the end of its last day in the provider's time zone. */
export function hasLapsed(validUntil: CalendarDate | null, timezone: TimeZone, at: Date): boolean {
  return validUntil !== null && at.getTime() >= endOfDayInstant(validUntil, timezone).getTime();
}

/** Expiry is derived, never recorded: it depends on the instant asked about. */
export function mouStatusAt(mou: Mou, at: Date): MouStatus {
  if (mou.status === 'terminated') return 'terminated';
  return hasLapsed(mou.validUntil, mou.timezone, at) ? 'expired' : 'signed';
}
