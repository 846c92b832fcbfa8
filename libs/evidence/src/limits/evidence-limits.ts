import { ConfigError } from '@app/platform/config';

/**
 * Documents cited by a follow-up or an obligation fulfilment: at most ten per request. Small ones
 * may still arrive inline as base64 in JSON; base64 adds a third, so the largest inline request
 * (10 MiB of documents) needs a body of about 13.4 MiB: the HTTP body limit must be at least
 * INLINE_BODY_LIMIT_BYTES. Larger files are uploaded on their own (POST /v1/evidence) and cited
 * by documentId.
 */
export const MAX_EVIDENCE_DOCUMENTS = 10;
export const MAX_INLINE_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_INLINE_TOTAL_BYTES = 10 * 1024 * 1024;
export const INLINE_BODY_LIMIT_BYTES = 14 * 1024 * 1024;

/** One uploaded file (POST /v1/evidence): a scanned decree of a few hundred pages fits. */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** What an upload may carry besides the file: the `entityCode` field and the multipart framing. */
export const MAX_FORM_FIELD_BYTES = 200;
export const MAX_FORM_OVERHEAD_BYTES = 64 * 1024;

export interface UploadLimits {
  /** Bytes of one uploaded file; one more is refused with 413. */
  maxFileBytes: number;
}

export const EVIDENCE_UPLOAD_LIMITS = Symbol('EvidenceUploadLimits');

/** EVIDENCE_MAX_FILE_BYTES: a whole number of bytes, at least 1 MiB (default 50 MiB). */
export function uploadLimitsFromEnv(env: Record<string, string | undefined> = process.env): UploadLimits {
  const raw = env.EVIDENCE_MAX_FILE_BYTES?.trim();
  if (raw === undefined || raw === '') return { maxFileBytes: DEFAULT_MAX_FILE_BYTES };
  const bytes = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1024 * 1024) {
    throw new ConfigError(`EVIDENCE_MAX_FILE_BYTES=${raw} must be a whole number of bytes, at least 1048576 (1 MiB)`);
  }
  return { maxFileBytes: bytes };
}

export const uploadLimitsProvider = { provide: EVIDENCE_UPLOAD_LIMITS, useFactory: (): UploadLimits => uploadLimitsFromEnv() };

export const MiB = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 100) / 100} MiB`;
