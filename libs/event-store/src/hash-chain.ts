import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EventMetadata, NewEvent, RecordedEvent } from './envelope';

/**
 * hash = SHA-256 over the RFC 8785 canonical JSON of {type, data, metadata without hash}.
 * metadata already contains prevHash, so each hash covers the whole chain before it.
 * Events are never rewritten: this function and its input shape are frozen.
 */
export function computeHash(type: string, data: unknown, metadata: Omit<EventMetadata, 'hash'>): string {
  const canonical = canonicalize({ type, data, metadata });
  if (canonical === undefined) throw new Error(`Event ${type} cannot be canonicalised`);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Completes the metadata of events about to be appended after `prevHash` in one stream. */
export function sealEvents(
  events: NewEvent[],
  prevHash: string | null,
  recordedAt: Date,
): Array<{ id: string; type: string; data: Record<string, unknown>; metadata: EventMetadata }> {
  let previous = prevHash;
  return events.map((event) => {
    const unsealed = { ...event.metadata, recordedAt: recordedAt.toISOString(), prevHash: previous };
    const hash = computeHash(event.type, event.data, unsealed);
    previous = hash;
    return { id: event.id, type: event.type, data: event.data, metadata: { ...unsealed, hash } };
  });
}

export type LinkProblem = 'hash_mismatch' | 'prev_hash_mismatch';

/** Checks one link: does the event point at `prevHash`, and does its own hash recompute? */
export function checkLink(event: RecordedEvent, prevHash: string | null): { reason: LinkProblem; expected: string | null; actual: string | null } | null {
  const { hash, ...unsealed } = event.metadata;
  if (unsealed.prevHash !== prevHash) return { reason: 'prev_hash_mismatch', expected: prevHash, actual: unsealed.prevHash };
  const recomputed = computeHash(event.type, event.data, unsealed);
  if (recomputed !== hash) return { reason: 'hash_mismatch', expected: recomputed, actual: hash };
  return null;
}

export type ChainVerdict =
  | { ok: true; stream: string; events: number; lastHash: string | null }
  | {
      ok: false;
      stream: string;
      events: number;
      /** The first event whose link does not hold. */
      brokenAt: { revision: number; eventId: string; reason: LinkProblem; expected: string | null; actual: string | null };
    };

/** Walks a stream's events in order and names the first broken link, if any. */
export function verifyChain(stream: string, events: Iterable<RecordedEvent>): ChainVerdict {
  let previous: string | null = null;
  let count = 0;
  for (const event of events) {
    count++;
    const problem = checkLink(event, previous);
    if (problem) return { ok: false, stream, events: count, brokenAt: { revision: event.revision, eventId: event.id, ...problem } };
    previous = event.metadata.hash;
  }
  return { ok: true, stream, events: count, lastHash: previous };
}
