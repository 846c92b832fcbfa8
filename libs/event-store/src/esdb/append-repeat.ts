import type { AppendResult } from '../event-store.port';
import type { NewEvent, RecordedEvent } from '../envelope';
import { repeatedAppend } from '../append-checks';

/**
 * The original result when `events` (a retried command's, by their deterministic ids) are already
 * among the stream's `latest` events. EventStoreDB itself only recognises a repeat made at the
 * same expected revision, and has no lookup by event id, so the stream's tail is searched.
 */
export function repeatIn(stream: string, events: NewEvent[], latest: RecordedEvent[]): AppendResult | undefined {
  const byId = new Map(latest.map((event) => [event.id, event]));
  const found = events.map((event) => byId.get(event.id));
  return repeatedAppend(
    stream,
    events,
    found.map((event) => event && { stream, revision: BigInt(event.revision), position: event.position }),
  );
}

/** Hash exactly what is stored: the JSON round trip drops what JSON cannot hold. */
export function asStored(event: NewEvent): NewEvent {
  return JSON.parse(JSON.stringify(event)) as NewEvent;
}
