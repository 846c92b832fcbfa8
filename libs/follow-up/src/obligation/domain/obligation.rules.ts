import { BusinessDate, CalendarDate, FieldProblem, businessDate, invalid, isCalendarDate } from '@app/kernel';
import { MAX_EVIDENCE_DOCUMENTS as MAX_DOCUMENTS } from '@app/evidence';
import type { EvidenceDocument, Obligation } from './obligation.events';

const SHA256 = /^[0-9a-f]{64}$/;
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

const problem = (field: string, message: string, allowed: unknown): FieldProblem => ({ field, message, allowed });

function documentProblems(doc: EvidenceDocument, i: number): FieldProblem[] {
  const at = `evidence.${i}`;
  const problems: FieldProblem[] = [];
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (!text(doc.documentId)) problems.push(problem(`${at}.documentId`, 'empty', 'a document id'));
  if (!text(doc.name)) problems.push(problem(`${at}.name`, 'empty', 'the file name, e.g. laporan-triwulan-iii.pdf'));
  if (typeof doc.mediaType !== 'string' || !MEDIA_TYPE.test(doc.mediaType)) problems.push(problem(`${at}.mediaType`, 'not a media type', 'type/subtype, e.g. application/pdf'));
  if (!Number.isInteger(doc.size) || doc.size < 1) problems.push(problem(`${at}.size`, 'not a positive whole number of bytes', '≥ 1'));
  if (typeof doc.sha256 !== 'string' || !SHA256.test(doc.sha256)) problems.push(problem(`${at}.sha256`, 'not a SHA-256 digest', '64 lowercase hex digits'));
  if (!text(doc.storageKey)) problems.push(problem(`${at}.storageKey`, 'empty', 'the key the evidence store returned'));
  return problems;
}

/** At least one well-described document, each once: an obligation counts only with evidence. */
export function requireEvidence(evidence: EvidenceDocument[]): EvidenceDocument[] {
  if (!Array.isArray(evidence) || evidence.length === 0) {
    throw invalid('EvidenceRequired', 'An obligation is fulfilled only with evidence: attach at least one document', [
      problem('evidence', 'no documents', `1–${MAX_DOCUMENTS} documents`),
    ]);
  }
  if (evidence.length > MAX_DOCUMENTS) {
    throw invalid('TooManyDocuments', `At most ${MAX_DOCUMENTS} documents per fulfilment`, [problem('evidence', 'too many documents', `1–${MAX_DOCUMENTS}`)]);
  }
  const problems = evidence.flatMap(documentProblems);
  const repeated = evidence.findIndex((d, i) => evidence.findIndex((e) => e.sha256 === d.sha256) !== i);
  if (repeated >= 0) problems.push(problem(`evidence.${repeated}.sha256`, 'the same document is attached twice', 'each document once'));
  if (problems.length > 0) throw invalid('InvalidEvidence', `Evidence is not described properly: ${problems.map((p) => p.field).join(', ')}`, problems);
  return evidence.map(({ documentId, name, mediaType, size, sha256, storageKey }) => ({ documentId, name: name.trim(), mediaType, size, sha256, storageKey }));
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
