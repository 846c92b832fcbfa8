import type { DomainEvent, Jurisdiction } from '@app/kernel';
import type { EvidenceDocument } from './evidence-document';

export const EVIDENCE_CATEGORY = 'evidence';

/**
 * A file uploaded on its own (POST /v1/evidence) for one provider, on `evidence-<documentId>`:
 * the document becomes part of the log before anything cites it, and who uploaded it is kept.
 */
export type EvidenceUploaded = DomainEvent<'EvidenceUploaded', Jurisdiction & EvidenceDocument & { uploadedBy: { id: string; role: string } }>;

export type UploadedDocument = EvidenceUploaded['data'];
export type UploadedDocumentState = UploadedDocument | null;

export function evolveUploadedDocument(state: UploadedDocumentState, event: EvidenceUploaded): UploadedDocumentState {
  return event.type === 'EvidenceUploaded' ? event.data : state;
}
