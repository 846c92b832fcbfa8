import { BACKWARDS, END, EventStoreDBClient, NO_STREAM, WrongExpectedVersionError, jsonEvent } from '@eventstore/db-client';
import type { NewEvent } from '../envelope';
import { DuplicateEventId } from '../errors';
import { nameBasedId } from '../event-ids';

/**
 * EventStoreDB checks event ids per stream only (a repeat at the same expected revision), so the
 * same id appended to two streams would be stored twice. Before an append, each event id is
 * claimed for its stream in a one-event stream of its own, written with no_stream: the server's
 * optimistic concurrency makes the first claim win, on a single node as in a cluster.
 *
 * The claim's type starts with `$`, so every read of $all here (readAll, subscribe, headPosition)
 * skips it as EventStoreDB's own; its stream needs no `$` prefix, so no system-stream ACL is needed.
 * A claim that outlives a failed append still names the stream its ids belong to, which is all a
 * later retry of that append needs.
 */
export const CLAIM_TYPE = '$ofu-event-id-claimed';
export const claimStreamOf = (eventId: string): string => `ofu_eventid-${eventId}`;

interface ClaimData {
  stream: string;
}

export async function claimEventIds(client: EventStoreDBClient, stream: string, events: NewEvent[]): Promise<void> {
  const outcomes = await Promise.allSettled(events.map((event) => claim(client, stream, event.id)));
  const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}

async function claim(client: EventStoreDBClient, stream: string, eventId: string): Promise<void> {
  const claimStream = claimStreamOf(eventId);
  try {
    // The claim's own id names the stream: the server takes a repeat for the same stream as a no-op,
    // and a claim for another stream as a conflict.
    await client.appendToStream(claimStream, jsonEvent({ id: nameBasedId(`claim:${stream}:${eventId}`), type: CLAIM_TYPE, data: { stream } }), {
      expectedRevision: NO_STREAM,
    });
  } catch (error) {
    if (!(error instanceof WrongExpectedVersionError)) throw error;
    const owner = await claimedBy(client, claimStream);
    if (owner !== stream) throw new DuplicateEventId(stream, eventId, owner ?? claimStream);
  }
}

async function claimedBy(client: EventStoreDBClient, claimStream: string): Promise<string | undefined> {
  let owner: string | undefined;
  // Read to the end (one event) rather than leave the call open behind an early return.
  for await (const resolved of client.readStream(claimStream, { fromRevision: END, direction: BACKWARDS, maxCount: 1 })) {
    const data = resolved.event?.data as Partial<ClaimData> | undefined;
    if (typeof data?.stream === 'string') owner = data.stream;
  }
  return owner;
}
