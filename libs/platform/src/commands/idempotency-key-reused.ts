import { DomainError, invalid } from '@app/kernel';
import type { RecordedEvent } from '@app/event-store';
import type { CommandMeta } from './command-meta';

/** 422: the Idempotency-Key already answered a different request; never a silent replay. */
export function idempotencyKeyReused(where: string): DomainError {
  return invalid('IdempotencyKeyReused', `This Idempotency-Key was already used for a different request (${where}); send a new key for a new request`, [
    { field: 'header.Idempotency-Key', message: 'already used for a different request', allowed: 'a key not used before by you on this route' },
  ]);
}

/**
 * A repeat carries the fingerprint its first execution stored. Events written before
 * fingerprints existed, or by commands without a key, have none: they replay as before.
 */
export function assertSameRequest(earlier: RecordedEvent[], meta: CommandMeta): void {
  const stored = earlier.find((event) => event.metadata.requestFingerprint !== undefined)?.metadata.requestFingerprint;
  if (stored !== undefined && meta.requestFingerprint !== undefined && stored !== meta.requestFingerprint) {
    throw idempotencyKeyReused('another body or path');
  }
}
