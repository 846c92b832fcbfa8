import { invalid } from '@app/kernel';
import { nameBasedId } from '@app/event-store';
import { MAX_DOCUMENT_BYTES, MAX_FOLLOW_UP_BYTES, sha256Of, storageKeyFor } from '@app/evidence';
import type { EvidenceDocument } from '../../domain/recommendation.events';
import type { EvidenceDocumentRequestDto } from './submit-follow-up.request.dto';

export interface DecodedDocument {
  content: Buffer;
  /** Described from the bytes received; storageKey is where a content-addressed store puts them. */
  evidence: EvidenceDocument;
}

const MiB = (bytes: number) => `${bytes / 1024 / 1024} MiB`;

/** Decodes and measures each document; a declared SHA-256 must match the bytes. */
export function decodeDocuments(followUpId: string, documents: EvidenceDocumentRequestDto[]): DecodedDocument[] {
  let total = 0;
  return documents.map((d, i) => {
    const content = Buffer.from(d.contentBase64, 'base64');
    const field = `documents.${i}.contentBase64`;
    if (content.length === 0) throw invalid('EmptyDocument', `documents.${i} (${d.name}) is empty`, [{ field, message: 'no bytes', allowed: 'a non-empty file' }]);
    if (content.length > MAX_DOCUMENT_BYTES) {
      throw invalid('DocumentTooLarge', `documents.${i} (${d.name}) has ${content.length} bytes`, [{ field, message: 'too large', allowed: `at most ${MiB(MAX_DOCUMENT_BYTES)}` }]);
    }
    total += content.length;
    if (total > MAX_FOLLOW_UP_BYTES) {
      throw invalid('FollowUpTooLarge', `The documents exceed ${MiB(MAX_FOLLOW_UP_BYTES)} together`, [{ field: 'documents', message: 'too large together', allowed: `at most ${MiB(MAX_FOLLOW_UP_BYTES)}` }]);
    }
    const sha256 = sha256Of(content);
    if (d.sha256 !== undefined && d.sha256.toLowerCase() !== sha256) {
      throw invalid('EvidenceChecksumMismatch', `documents.${i} (${d.name}): the bytes received do not match the declared SHA-256`, [
        { field: `documents.${i}.sha256`, message: 'does not match the bytes received', allowed: sha256 },
      ]);
    }
    const evidence = { documentId: nameBasedId(`${followUpId}/document/${i}`), name: d.name.trim(), mediaType: d.mediaType.toLowerCase(), size: content.length, sha256, storageKey: storageKeyFor(sha256) };
    return { content, evidence };
  });
}
