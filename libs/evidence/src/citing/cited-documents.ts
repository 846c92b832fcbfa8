import { invalid } from '@app/kernel';
import type { EvidenceDocument } from '../documents/evidence-document';
import type { UploadedDocument } from '../documents/uploaded-document.events';
import { MAX_EVIDENCE_DOCUMENTS, MAX_INLINE_DOCUMENT_BYTES, MAX_INLINE_TOTAL_BYTES, MiB } from '../limits/evidence-limits';
import { inlineTooLarge } from '../media/document-refusals';
import { inspectBuffer } from '../media/inspected-bytes';
import { StagedDocument, storedEvidenceOf } from '../store/evidence-staging';
import type { CitedDocumentDto } from './cited-document.request.dto';

export interface CitingOptions {
  /** The request field the documents came in (`documents`, or an old client's `evidence`): problems name it. */
  field: string;
  /** The id an inline document gets, derived from the command so that a retry names it the same. */
  inlineDocumentId: (index: number) => string;
  /** The provider whose documents may be cited: asked only when a documentId is cited. */
  provider: () => Promise<string>;
  /** Finds an uploaded document by id. */
  findUpload: (documentId: string) => Promise<UploadedDocument | null>;
}

export interface CitedEvidence {
  /** As the event records them, in request order. */
  documents: EvidenceDocument[];
  /** The inline bytes, to store right before the append (EvidenceStaging). */
  staged: StagedDocument[];
}

/**
 * The one decoder for documents cited by follow-ups and obligation fulfilments: an uploaded
 * document of the same provider by its id, or a small inline file checked exactly as an upload is
 * (type judged from the bytes, executables refused, declared SHA-256 matched), within the inline limits.
 */
export async function citedDocuments(items: CitedDocumentDto[] | undefined, options: CitingOptions): Promise<CitedEvidence> {
  const { field } = options;
  const list = items ?? [];
  if (list.length === 0) {
    throw invalid('EvidenceRequired', 'Evidence is required: cite at least one document', [{ field, message: 'no documents', allowed: `1–${MAX_EVIDENCE_DOCUMENTS} documents` }]);
  }
  if (list.length > MAX_EVIDENCE_DOCUMENTS) {
    throw invalid('TooManyDocuments', `At most ${MAX_EVIDENCE_DOCUMENTS} documents at once`, [{ field, message: `${list.length} documents`, allowed: `1–${MAX_EVIDENCE_DOCUMENTS}` }]);
  }
  const documents: EvidenceDocument[] = [];
  const staged: StagedDocument[] = [];
  let inlineTotal = 0;
  let provider: string | undefined;
  for (const [i, item] of list.entries()) {
    const at = `${field}.${i}`;
    if (item.documentId !== undefined) {
      const inline = (['name', 'mediaType', 'contentBase64', 'sha256'] as const).filter((k) => item[k] !== undefined);
      if (inline.length > 0) {
        throw invalid('AmbiguousDocument', `${at} cites an upload by documentId and also sends ${inline.join(', ')}`, [
          { field: `${at}.${inline[0]}`, message: 'sent together with documentId', allowed: 'either { documentId } or { name, mediaType, contentBase64, sha256? }' },
        ]);
      }
      provider ??= await options.provider();
      documents.push(await uploaded(item.documentId, provider, at, options));
      continue;
    }
    const { document, content } = await inline(item, at, options.inlineDocumentId(i));
    inlineTotal += content.length;
    if (inlineTotal > MAX_INLINE_TOTAL_BYTES) {
      throw invalid('DocumentsTooLarge', `The inline documents exceed ${MiB(MAX_INLINE_TOTAL_BYTES)} together; upload large files with POST /v1/evidence and cite their documentId`, [
        { field, message: 'too large together', allowed: MAX_INLINE_TOTAL_BYTES },
      ]);
    }
    documents.push(document);
    staged.push({ content, name: document.name, mediaType: document.mediaType });
  }
  return { documents, staged };
}

async function uploaded(documentId: string, provider: string, at: string, options: CitingOptions): Promise<EvidenceDocument> {
  const upload = await options.findUpload(documentId);
  // An upload of another provider is refused exactly as an unknown id, so ids cannot be probed.
  if (!upload || upload.entityCode !== provider) {
    throw invalid('UnknownDocument', `${at}.documentId ${documentId} is not a document uploaded for provider ${provider}`, [
      { field: `${at}.documentId`, message: `is not a document uploaded for provider ${provider}`, allowed: `the documentId answered by POST /v1/evidence for ${provider}` },
    ]);
  }
  const { name, mediaType, size, sha256, storageKey } = upload;
  return { documentId: upload.documentId, name, mediaType, size, sha256, storageKey };
}

async function inline(item: CitedDocumentDto, at: string, documentId: string): Promise<{ document: EvidenceDocument; content: Buffer }> {
  // The validation pipe made these present (RequiredInline) when no documentId is cited.
  const name = (item.name ?? '').trim();
  const content = Buffer.from(item.contentBase64 ?? '', 'base64');
  const bytesField = `${at}.contentBase64`;
  if (content.length > MAX_INLINE_DOCUMENT_BYTES) throw inlineTooLarge(bytesField, content.length, MAX_INLINE_DOCUMENT_BYTES);
  const mediaType = await inspectBuffer(content, { name, mediaType: item.mediaType }, MAX_INLINE_DOCUMENT_BYTES, { bytes: bytesField, declaredType: `${at}.mediaType` });
  const measured = storedEvidenceOf(content);
  if (item.sha256 !== undefined && item.sha256.toLowerCase() !== measured.sha256) {
    throw invalid('EvidenceChecksumMismatch', `${at} (${name}): the bytes received do not match the declared SHA-256`, [
      { field: `${at}.sha256`, message: 'does not match the bytes received', allowed: measured.sha256 },
    ]);
  }
  return { document: { documentId, name, mediaType, ...measured }, content };
}
