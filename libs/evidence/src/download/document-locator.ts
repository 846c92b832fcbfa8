import type { Jurisdiction } from '@app/kernel';
import type { EvidenceDocument } from '../documents/evidence-document';

/** Where a document is kept and whose it is: enough to decide who may read it and to serve it. */
export type LocatedDocument = EvidenceDocument & Jurisdiction;

/** A source of documents by id (uploads; documents cited inline by follow-ups and fulfilments). */
export interface DocumentSource {
  find(documentId: string): Promise<LocatedDocument | null>;
}

export const CITED_DOCUMENTS = Symbol('CitedDocuments');
