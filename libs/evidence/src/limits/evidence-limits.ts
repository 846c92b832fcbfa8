/**
 * Follow-up evidence arrives as base64 in JSON. Base64 adds a third, so the largest
 * follow-up (10 MiB of documents) needs a request body of about 13.4 MiB: the HTTP body
 * limit must be at least FOLLOW_UP_BODY_LIMIT_BYTES for the follow-ups route.
 */
export const MAX_EVIDENCE_DOCUMENTS = 10;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_FOLLOW_UP_BYTES = 10 * 1024 * 1024;
export const FOLLOW_UP_BODY_LIMIT_BYTES = 14 * 1024 * 1024;
