import { invalid } from '@app/kernel';
import { nameBasedId } from '@app/event-store';
import { sha256Of, StagedDocument, storedEvidenceOf, MAX_DOCUMENT_BYTES, MAX_FOLLOW_UP_BYTES } from '@app/evidence';
import type { EvidenceDocument } from '../../domain/obligation.events';
import type { EvidenceUploadDto } from './fulfil-obligation.request.dto';

/**
 * Checks the uploads against the limits and the declared SHA-256s, and describes them as the
 * event will, without storing anything yet: the store is content-addressed, so where the bytes
 * will go is known from the bytes. Document ids derive from the command id, so a retry names
 * them the same.
 */
export function prepareEvidence(uploads: EvidenceUploadDto[], commandId: string): { documents: EvidenceDocument[]; staged: StagedDocument[] } {
  const contents = uploads.map((u) => Buffer.from(u.contentBase64, 'base64'));
  contents.forEach((content, i) => {
    if (content.length === 0 || content.length > MAX_DOCUMENT_BYTES) {
      throw invalid('InvalidDocumentSize', `Document ${i} has ${content.length} bytes`, [
        { field: `evidence.${i}.contentBase64`, message: content.length === 0 ? 'empty' : 'too large', allowed: `1–${MAX_DOCUMENT_BYTES} bytes` },
      ]);
    }
    const declared = uploads[i].sha256;
    if (declared !== undefined && declared !== sha256Of(content)) {
      throw invalid('EvidenceChecksumMismatch', `Document ${i}'s bytes do not hash to the declared sha256`, [
        { field: `evidence.${i}.sha256`, message: 'does not match the bytes', allowed: sha256Of(content) },
      ]);
    }
  });
  const total = contents.reduce((sum, c) => sum + c.length, 0);
  if (total > MAX_FOLLOW_UP_BYTES) {
    throw invalid('EvidenceTooLarge', `The documents have ${total} bytes together`, [{ field: 'evidence', message: 'too large together', allowed: `≤ ${MAX_FOLLOW_UP_BYTES} bytes` }]);
  }
  const documents = uploads.map((upload, i): EvidenceDocument => ({
    documentId: nameBasedId(`evidence:${commandId}:${i}`),
    name: upload.name,
    mediaType: upload.mediaType,
    ...storedEvidenceOf(contents[i]),
  }));
  return { documents, staged: uploads.map((upload, i) => ({ content: contents[i], name: upload.name, mediaType: upload.mediaType })) };
}
