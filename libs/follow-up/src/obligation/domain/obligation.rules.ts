import { BusinessDate, CalendarDate, businessDate } from '@app/kernel';
import { requireEvidenceDocuments } from '@app/evidence';
import type { EvidenceDocument, Obligation } from './obligation.events';

/** At least one well-described document, each once: an obligation counts only with evidence (the rules of libs/evidence, as for follow-ups). */
export function requireEvidence(evidence: EvidenceDocument[]): EvidenceDocument[] {
  return requireEvidenceDocuments(evidence);
}

/**
 * The business-date rule (kernel businessDate): not after today in the provider's zone
 * (DateInFuture), not before the reporting period starts (DateBeforePeriod); absent, today there. The fulfilment event
 * carries the date as occurredAt, so a report delivered on time and recorded later is on time.
 */
export function requireFulfilmentDate(fulfilledOn: CalendarDate | undefined, obligation: Obligation, now: Date): BusinessDate {
  const notBefore = { date: obligation.period.start, name: 'the start of the reporting period', code: 'DateBeforePeriod' };
  return businessDate(fulfilledOn, { field: 'fulfilledOn', zone: obligation.deadline.timeZone, now, notBefore });
}
