import { CalendarDate, addDays } from '@app/kernel';
import type { DueRule } from './due-rules';
import type { WorkingDays } from '@app/calendar';

/** The last day to act: `days` after `issuedOn` (which never counts itself), counted as the rule says. */
export function dueOnFor(issuedOn: CalendarDate, rule: DueRule, calendar: WorkingDays): CalendarDate {
  if (rule.basis === 'calendar') return addDays(issuedOn, rule.days);
  let day = issuedOn;
  for (let counted = 0, steps = 0; counted < rule.days; steps++) {
    if (steps > 3660) throw new Error(`No ${rule.days} working days within ten years after ${issuedOn}: check the calendar data`);
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) counted++;
  }
  return day;
}
