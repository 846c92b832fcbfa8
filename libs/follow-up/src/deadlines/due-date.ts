import { CalendarDate, addDays } from '@app/kernel';
import type { CalendarProvenance, WorkingDays } from '@app/calendar';
import type { DueRule } from './due-rules';

/** A due date and, when it was counted in working days, the calendar of each year counted through. */
export interface DueDate {
  dueOn: CalendarDate;
  /** null for calendar days (no holiday data is used); else one entry per year from the day after `from` to dueOn. */
  calendar: CalendarProvenance[] | null;
}

/** The last day to act: `days` after `issuedOn` (which never counts itself), counted as the rule says. */
export function dueOnFor(issuedOn: CalendarDate, rule: DueRule, calendar: WorkingDays): CalendarDate {
  return dueDateFor(issuedOn, rule, calendar).dueOn;
}

/** dueOnFor, saying which calendar decided each year's working days (an estimate is not authoritative). */
export function dueDateFor(issuedOn: CalendarDate, rule: DueRule, calendar: WorkingDays): DueDate {
  if (rule.basis === 'calendar') return { dueOn: addDays(issuedOn, rule.days), calendar: null };
  const day = calendar.addWorkingDays(issuedOn, rule.days);
  const first = Number(addDays(issuedOn, 1).slice(0, 4));
  const last = Number(day.slice(0, 4));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return { dueOn: day, calendar: years.map((year) => calendar.provenance(year)) };
}
