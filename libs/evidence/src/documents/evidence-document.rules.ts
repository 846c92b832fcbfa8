import { FieldProblem, invalid } from '@app/kernel';
import { MAX_EVIDENCE_DOCUMENTS } from '../limits/evidence-limits';
import type { EvidenceDocument } from './evidence-document';

const SHA256 = /^[0-9a-f]{64}$/;
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function documentProblems(doc: EvidenceDocument, at: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string, allowed: unknown) => problems.push({ field: `${at}.${field}`, message, allowed });
  if (!text(doc.documentId)) problem('documentId', 'empty', 'a document id');
  if (!text(doc.name)) problem('name', 'empty', 'the file name, e.g. laporan-triwulan-iii.pdf');
  if (typeof doc.mediaType !== 'string' || !MEDIA_TYPE.test(doc.mediaType)) problem('mediaType', 'not a media type', 'type/subtype, e.g. application/pdf');
  if (!Number.isInteger(doc.size) || doc.size < 1) problem('size', 'not a positive whole number of bytes', '≥ 1');
  if (typeof doc.sha256 !== 'string' || !SHA256.test(doc.sha256)) problem('sha256', 'not a SHA-256 digest', '64 lowercase hex digits');
  if (!text(doc.storageKey)) problem('storageKey', 'empty', 'the key the evidence store returned');
  return problems;
}

/**
 * What a follow-up or an obligation fulfilment must cite, checked by their deciders alike:
 * 1–MAX_EVIDENCE_DOCUMENTS well-described documents, each once. Returns them with trimmed names.
 */
export function requireEvidenceDocuments(evidence: EvidenceDocument[], field = 'documents'): EvidenceDocument[] {
  if (!Array.isArray(evidence) || evidence.length === 0) {
    throw invalid('EvidenceRequired', 'Evidence is required: cite at least one document', [{ field, message: 'no documents', allowed: `1–${MAX_EVIDENCE_DOCUMENTS} documents` }]);
  }
  if (evidence.length > MAX_EVIDENCE_DOCUMENTS) {
    throw invalid('TooManyDocuments', `At most ${MAX_EVIDENCE_DOCUMENTS} documents at once`, [{ field, message: `${evidence.length} documents`, allowed: `1–${MAX_EVIDENCE_DOCUMENTS}` }]);
  }
  const problems = evidence.flatMap((doc, i) => documentProblems(doc, `${field}.${i}`));
  const repeated = evidence.findIndex((d, i) => evidence.findIndex((e) => e.sha256 === d.sha256) !== i);
  if (repeated >= 0) problems.push({ field: `${field}.${repeated}`, message: 'the same document is cited twice', allowed: 'each document once' });
  if (problems.length > 0) throw invalid('InvalidEvidence', `Evidence is not described properly: ${problems.map((p) => p.field).join(', ')}`, problems);
  return evidence.map(({ documentId, name, mediaType, size, sha256, storageKey }) => ({ documentId, name: name.trim(), mediaType, size, sha256, storageKey }));
}
