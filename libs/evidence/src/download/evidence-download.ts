import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { Actor, requireVisible } from '@app/kernel';
import { UploadedDocuments } from '../documents/uploaded-documents';
import { EVIDENCE_STORE, EvidenceNotFound, EvidenceStore } from '../store/evidence-store.port';
import { CITED_DOCUMENTS, DocumentSource, LocatedDocument } from './document-locator';

export interface Download {
  document: LocatedDocument;
  content: Readable;
}

/**
 * A document for whoever may read its provider: uploads are found on their own stream (at once);
 * documents sent inline with a follow-up or a fulfilment, before uploads existed too, through the
 * cited-documents read model. Foreign and unknown ids are refused alike (403) for callers who do
 * not see everything; 404 otherwise.
 */
@Injectable()
export class EvidenceDownload {
  constructor(
    private readonly uploads: UploadedDocuments,
    @Inject(EVIDENCE_STORE) private readonly store: EvidenceStore,
    @Optional() @Inject(CITED_DOCUMENTS) private readonly cited?: DocumentSource,
  ) {}

  async open(documentId: string, actor: Actor): Promise<Download> {
    const document = (await this.uploads.find(documentId)) ?? (await this.cited?.find(documentId)) ?? null;
    const what = `Document ${documentId}`;
    requireVisible(actor, { exists: document !== null, where: document ?? undefined }, what, 'DocumentNotFound');
    const found = document as LocatedDocument;
    try {
      return { document: found, content: await this.store.open(found.storageKey) };
    } catch (error) {
      // Recorded but its bytes are gone from the store: the record stands, the file cannot be served.
      if (error instanceof EvidenceNotFound) requireVisible(actor, { exists: false, where: found }, `The file of ${what}`, 'DocumentFileMissing');
      throw error;
    }
  }
}
