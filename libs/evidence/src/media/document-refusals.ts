import { HttpStatus } from '@nestjs/common';
import { DomainError, invalid } from '@app/kernel';
import { ProblemException } from '@app/platform/http';
import { MiB } from '../limits/evidence-limits';
import { ALLOWED_MEDIA_TYPES } from './media-types';
import type { MediaVerdict } from './media-type-judge';

/** Where a document's bytes and its declared type came in: `file` for both in an upload; `documents.2.contentBase64` and `documents.2.mediaType` inline. */
export interface DocumentFields {
  bytes: string;
  declaredType: string;
}

/**
 * The refusals every document meets, uploaded or inline, named after the field it came in
 * (`file`, `documents.2.contentBase64`), so both routes answer with the same codes.
 */
export function refusedMedia(verdict: Extract<MediaVerdict, { accepted: false }>, fields: DocumentFields, name: string): DomainError {
  const field = verdict.code === 'MediaTypeMismatch' ? fields.declaredType : fields.bytes;
  return invalid(verdict.code, `${name} ${verdict.message}`, [{ field, message: verdict.message, allowed: ALLOWED_MEDIA_TYPES }]);
}

export function emptyDocument(field: string, name: string): DomainError {
  return invalid('EmptyDocument', `${name} is empty`, [{ field, message: 'has no bytes', allowed: 'a non-empty file' }]);
}

/** An uploaded file over the limit: 413, the request's content is what is too large. */
export function fileTooLarge(field: string, maxBytes: number): ProblemException {
  return new ProblemException({
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    code: 'DocumentTooLarge',
    title: 'Content Too Large',
    detail: `The file is larger than ${maxBytes} bytes (${MiB(maxBytes)}), the most one upload may carry`,
    errors: [{ field, message: `has more than ${maxBytes} bytes`, allowed: maxBytes }],
  });
}

/** An inline (base64) document over the limit: the JSON was accepted, one of its values is too large. */
export function inlineTooLarge(field: string, size: number, maxBytes: number): DomainError {
  return invalid('DocumentTooLarge', `${field} has ${size} bytes; inline documents may have at most ${maxBytes} (${MiB(maxBytes)}); upload larger files with POST /v1/evidence and cite their documentId`, [
    { field, message: `has ${size} bytes`, allowed: maxBytes },
  ]);
}

export function invalidText(field: string, name: string, at: number): DomainError {
  return invalid('InvalidText', `${name} starts as UTF-8 text but is not valid UTF-8 (around byte ${at})`, [
    { field, message: `is not valid UTF-8 text around byte ${at}`, allowed: 'UTF-8 text, or one of the accepted binary formats' },
  ]);
}
