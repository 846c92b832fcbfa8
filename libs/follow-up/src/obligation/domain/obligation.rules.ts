import { BusinessDate, CalendarDate, FieldProblem, businessDate, invalid, isCalendarDate } from '@app/kernel';
import { requireEvidenceDocuments } from '@app/evidence';
import type { EvidenceDocument, Obligation } from './obligation.events';

const problem = (field: string, message: string, allowed: unknown): FieldProblem => ({ field, message, allowed });

/** At least one well-described document, each once: an obligation counts only with evidence (the rules of libs/evidence, as for follow-ups). */
export function requireEvidence(evidence: EvidenceDocument[]): EvidenceDocument[] {
  return requireEvidenceDocuments(evidence);
}

/**
 * The business-date rule (kernel businessDate): not after today in the provider's zone
 * (DateInFuture), not before the reporting period starts (DateBeforePeriod). The fulfilment event
 * carries the date as occurredAt, so a report delivered on time and recorded later is on time.
 */
export function requireFulfilmentDate(fulfilledOn: CalendarDate, obligation: Obligation, now: Date): BusinessDate {
  if (!isCalendarDate(fulfilledOn)) throw invalid('InvalidDate', 'fulfilledOn must be a calendar date written YYYY-MM-DD', [problem('fulfilledOn', 'not a YYYY-MM-DD date', 'YYYY-MM-DD')]);
  const notBefore = { date: obligation.period.start, name: 'the start of the reporting period', code: 'DateBeforePeriod' };
  return businessDate(fulfilledOn, { field: 'fulfilledOn', zone: obligation.deadline.timeZone, now, notBefore });
}
