import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { RecordedEvent } from '../envelope';
import type { EventStore } from '../event-store.port';
import { checkLink } from '../hash-chain';

/** The first event of a stream whose link does not hold, or whose revision skips. */
export interface ChainBreak {
  stream: string;
  revision: number;
  eventId: string;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'revision_gap';
}

/** What a walk of the whole log found: enough to compare two logs without holding either. */
export interface LogSummary {
  events: number;
  /** Events per stream. */
  streams: Map<string, number>;
  breaks: ChainBreak[];
  /** SHA-256 over every event (position included) in log order. */
  digest: string;
}

/** The canonical text of one event: what the digest covers and what "the same event" means. */
export function eventFingerprint(event: RecordedEvent): string {
  const { id, stream, revision, type, data, metadata } = event;
  return `${event.position.toString()} ${canonicalize({ id, stream, revision, type, data, metadata }) ?? ''}`;
}

/**
 * Walks the log once in global order, page by page as the adapter reads it. Memory grows with
 * the number of streams (a count and a last hash each), never with the number of events:
 * each stream's chain is checked link by link as its events pass.
 */
export async function summarizeLog(store: EventStore): Promise<LogSummary> {
  const streams = new Map<string, { count: number; lastHash: string | null; broken: boolean }>();
  const breaks: ChainBreak[] = [];
  const digest = createHash('sha256');
  let events = 0;
  for await (const event of store.readAll()) {
    events++;
    digest.update(`${eventFingerprint(event)}\n`, 'utf8');
    let state = streams.get(event.stream);
    if (!state) {
      state = { count: 0, lastHash: null, broken: false };
      streams.set(event.stream, state);
    }
    if (!state.broken) {
      const reason = event.revision !== state.count ? 'revision_gap' : checkLink(event, state.lastHash)?.reason;
      if (reason) {
        state.broken = true;
        breaks.push({ stream: event.stream, revision: event.revision, eventId: event.id, reason });
      }
    }
    state.count++;
    state.lastHash = event.metadata.hash;
  }
  return { events, streams: new Map([...streams].map(([stream, state]) => [stream, state.count])), breaks, digest: digest.digest('hex') };
}
