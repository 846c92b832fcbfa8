import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Ombudsman-Signature';
export const TIMESTAMP_HEADER = 'X-Ombudsman-Timestamp';
export const EVENT_ID_HEADER = 'X-Ombudsman-Event-Id';

/**
 * `v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`, timestamp in Unix seconds. Signing the
 * timestamp with the body lets a receiver refuse replays of an old delivery.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does (documented here so integrators can copy it): recompute the signature over
 * the raw body and compare in constant time; refuse timestamps further than `toleranceSeconds` from now.
 */
export function verifyWebhook(secret: string, headers: { timestamp: string; signature: string }, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
