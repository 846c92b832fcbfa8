import { CalendarDate, TimeZone, businessInstant, dateInZone, isCalendarDate } from './dates';
import type { DomainEvent } from './decider';
import { invalid } from './domain-errors';

/** A date an act may not precede: its subject's own date (issued, submitted, requested, …). */
export interface DateFloor {
  date: CalendarDate;
  /** How the request or record calls it, e.g. `issuedOn`, `the follow-up's submittedOn`. */
  name: string;
  /** The refusal's code; `DateBeforeIssue` unless the subject is something else than the issue. */
  code?: string;
}

export interface BusinessDateRule {
  /** The request field carrying the date, named in the refusal. */
  field: string;
  /** The provider's zone: "today" is today there. */
  zone: TimeZone;
  /** The command's business time. */
  now: Date;
  notBefore?: DateFloor | DateFloor[];
}

/** An act's business date and, when it is not today, the instant it is recorded as having occurred. */
export interface BusinessDate {
  on: CalendarDate;
  /** Absent when the act is dated today: it occurred at the command's `now`. */
  occurredAt?: Date;
}

/**
 * The one rule for the date of every act (a follow-up, a verdict, a signature …): given or
 * defaulting to today in the provider's zone; never later than today there (422 DateInFuture),
 * never before the subject it acts on (422 DateBeforeIssue or the floor's code). Same day is
 * allowed on both ends. The event carries it as occurredAt (see `dated`), so `validAt` reads
 * and lateness are judged in business time even when the act is recorded years later.
 */
export function businessDate(given: unknown, rule: BusinessDateRule): BusinessDate {
  const { field, zone, now } = rule;
  const today = dateInZone(now, zone);
  if (given !== undefined && given !== null && !isCalendarDate(given)) {
    throw invalid('InvalidDate', `${field} must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(given)}`, [
      { field, message: 'not a YYYY-MM-DD date', allowed: 'YYYY-MM-DD' },
    ]);
  }
  const on = isCalendarDate(given) ? given : today;
  if (on > today) {
    throw invalid('DateInFuture', `${field} ${on} is later than today (${today} in ${zone}, the provider's time zone)`, [
      { field, message: 'in the future', allowed: `${field} ≤ ${today}` },
    ]);
  }
  const floors = rule.notBefore === undefined ? [] : Array.isArray(rule.notBefore) ? rule.notBefore : [rule.notBefore];
  for (const floor of floors) {
    if (on < floor.date) {
      throw invalid(floor.code ?? 'DateBeforeIssue', `${field} ${on} is before ${floor.name} ${floor.date}`, [
        { field, message: `before ${floor.name}`, allowed: `${field} ≥ ${floor.date}` },
      ]);
    }
  }
  return on === today ? { on } : { on, occurredAt: businessInstant(on, zone, now) };
}

/** The event stamped with its business time when that is not the command's now (DomainEvent.occurredAt). */
export function dated<E extends DomainEvent>(event: E, date: BusinessDate): E {
  return date.occurredAt ? { ...event, occurredAt: date.occurredAt } : event;
}
