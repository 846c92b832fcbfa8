import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * What makes two requests "the same request" for an Idempotency-Key: the method, the path as
 * sent (with its ids, without the query) and the body as parsed, in RFC 8785 canonical JSON so
 * that key order and whitespace do not matter.
 */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  const path = url.split('?')[0];
  const canonical = canonicalize({ method: method.toUpperCase(), path, body: body ?? null }) ?? '';
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
