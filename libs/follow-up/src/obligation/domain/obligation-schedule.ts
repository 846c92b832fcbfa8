import { CalendarDate, Jurisdiction, TimeZone, addDays, endOfDayInstant } from '@app/kernel';
import type { ReportPeriod, ScopeItem } from '@app/agreements';
import { DueDate, dueDateFor } from '../../deadlines/due-date';
import type { DayBasis } from '../../deadlines/due-rules';
import type { WorkingDays } from '@app/calendar';
import type { ScheduleObligation } from './obligation.decider';
import { ReportingPeriod, nextPeriod, periodContaining } from './reporting-periods';

/** What a signed (perhaps since terminated) PKS tells follow-up, loaded from its stream. */
export interface PksObligationFacts extends Jurisdiction {
  pksId: string;
  timeZone: TimeZone;
  unitIds: string[];
  scope: ScopeItem[];
  signedOn: CalendarDate;
  validUntil: CalendarDate | null;
  terminatedOn: CalendarDate | null;
  /** For an open-ended PKS the horizon runs `openEndedPeriods` periods from the one holding this date (default: signedOn). */
  today?: CalendarDate;
}

export interface ObligationPolicy {
  /** A period's report is due this many days after the period ends (OBLIGATION_GRACE_DAYS). */
  graceDays: number;
  graceBasis: DayBasis;
  /** How many periods ahead an open-ended PKS is scheduled. */
  openEndedPeriods: number;
}

export type ObligationToSchedule = ScheduleObligation['data'];

export const obligationIdOf = (pksId: string, scopeId: string, periodKey: string): string => `${pksId}.${scopeId}.${periodKey}`;

const later = (a: CalendarDate, b: CalendarDate): CalendarDate => (a > b ? a : b);

/** Periods from the one holding the signing date to the one holding validUntil (or the open-ended horizon), clipped to the PKS's validity. */
function periodsOf(facts: PksObligationFacts, every: ReportPeriod, policy: ObligationPolicy): ReportingPeriod[] {
  let last = periodContaining(facts.validUntil ?? later(facts.signedOn, facts.today ?? facts.signedOn), every);
  if (facts.validUntil === null) for (let i = 1; i < policy.openEndedPeriods; i++) last = nextPeriod(last, every);
  const periods: ReportingPeriod[] = [];
  for (let p = periodContaining(facts.signedOn, every); p.start <= last.start; p = nextPeriod(p, every)) {
    const end = facts.validUntil !== null && p.end > facts.validUntil ? facts.validUntil : p.end;
    periods.push({ key: p.key, start: later(p.start, facts.signedOn), end });
  }
  return periods;
}

function dueOn(periodEnd: CalendarDate, policy: ObligationPolicy, calendar: WorkingDays): DueDate {
  if (policy.graceBasis === 'calendar') return { dueOn: addDays(periodEnd, policy.graceDays), calendar: null };
  return dueDateFor(periodEnd, { days: policy.graceDays, basis: 'working', source: 'OBLIGATION_GRACE_DAYS' }, calendar);
}

/** Every obligation the PKS's periodic scope items create, ignoring termination. */
function allObligations(facts: PksObligationFacts, policy: ObligationPolicy, calendar: WorkingDays): ObligationToSchedule[] {
  return facts.scope.flatMap((item) =>
    item.obligation === null
      ? []
      : periodsOf(facts, item.obligation.every, policy).map((period): ObligationToSchedule => {
          const { dueOn: due, calendar: counted } = dueOn(period.end, policy, calendar);
          return {
            obligationId: obligationIdOf(facts.pksId, item.id, period.key),
            pksId: facts.pksId,
            scopeId: item.id,
            entityCode: facts.entityCode,
            provinceCode: facts.provinceCode,
            unitIds: [...facts.unitIds],
            text: item.text,
            period,
            deadline: {
              version: 1,
              dueOn: due,
              dueAt: endOfDayInstant(due, facts.timeZone).toISOString(),
              timeZone: facts.timeZone,
              // Working days counted: which calendar decided each year.
              ...(counted ? { calendar: counted } : {}),
            },
          };
        }),
  );
}

/** A terminated PKS owes the reports of periods that ended by the termination date, and no others. */
const survivesTermination = (facts: PksObligationFacts) => (o: ObligationToSchedule): boolean =>
  facts.terminatedOn === null || o.period.end <= facts.terminatedOn;

/**
 * The ScheduleObligation data for a signed PKS: per scope item with `obligation.every`, one per
 * period from the signing date to validUntil (open-ended: `openEndedPeriods` periods), due
 * `graceDays` after the period ends, at the end of that day in the provider's zone.
 */
export function obligationsForPks(facts: PksObligationFacts, policy: ObligationPolicy, calendar: WorkingDays): ObligationToSchedule[] {
  return allObligations(facts, policy, calendar).filter(survivesTermination(facts));
}

/** The obligations a termination cancels (when scheduled and still open): periods not ended by then. */
export function obligationsEndedByTermination(facts: PksObligationFacts, policy: ObligationPolicy, calendar: WorkingDays): string[] {
  const keep = survivesTermination(facts);
  return allObligations(facts, policy, calendar).filter((o) => !keep(o)).map((o) => o.obligationId);
}
