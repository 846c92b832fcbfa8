import { BusinessDate, CalendarDate, DateFloor, TimeZone, businessDate, isCalendarDate, invalid } from '@app/kernel';

/** Refuses anything but a real calendar date, naming the request field. */
export function requireDate(value: unknown, field: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw invalid('InvalidDate', `${field} must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, [
      { field, message: 'not a YYYY-MM-DD date', allowed: 'YYYY-MM-DD' },
    ]);
  }
  return value;
}

/**
 * The date of an act on an agreement (signing, amending, finalising, terminating), by the one
 * business-date rule: a real date, not after today in the provider's zone (DateInFuture), not
 * before `floor` (the act it follows, under that floor's code); absent, today there. The event
 * carries it as occurredAt.
 */
export function requireActDate(value: unknown, field: string, zone: TimeZone, now: Date, floor?: DateFloor): BusinessDate {
  return businessDate(value === undefined ? undefined : requireDate(value, field), { field, zone, now, notBefore: floor });
}

export function optionalDate(value: unknown, field: string): CalendarDate | null {
  return value === undefined || value === null ? null : requireDate(value, field);
}

/** Trimmed non-empty text of bounded length. */
export function requireText(value: unknown, field: string, max: number): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '' || trimmed.length > max) {
    throw invalid('InvalidText', `${field} must be 1–${max} characters of text`, [
      { field, message: trimmed === '' ? 'empty' : 'too long', allowed: `1–${max} characters` },
    ]);
  }
  return trimmed;
}

/** `later` must fall strictly after (or, with `orSame`, on or after) `earlier`. */
export function requireOrder(
  earlier: { value: CalendarDate; name: string },
  later: { value: CalendarDate; field: string },
  code: string,
  orSame = true,
): void {
  const ok = orSame ? later.value >= earlier.value : later.value > earlier.value;
  if (ok) return;
  const relation = orSame ? 'on or after' : 'after';
  throw invalid(code, `${later.field} ${later.value} must be ${relation} ${earlier.name} ${earlier.value}`, [
    { field: later.field, message: `before ${earlier.name}`, allowed: `a date ${relation} ${earlier.value}` },
  ]);
}
