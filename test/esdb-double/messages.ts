import { Empty, StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { StoredEvent } from './in-memory-log';

/** Proto <-> double conversions shared by the Read and Append handlers. */

export function streamNameOf(identifier: StreamIdentifier | undefined): string {
  return identifier ? Buffer.from(identifier.getStreamName_asU8()).toString('utf8') : '';
}

export function uuidString(uuid: UUID | undefined): string {
  if (!uuid) return '';
  if (uuid.hasString()) return uuid.getString();
  // The client only sends string ids; structured ones are outside this double's scope.
  throw new Error('structured UUIDs are not supported by the EventStoreDB test double');
}

export function toReadResp(event: StoredEvent): ReadResp {
  const record = new ReadResp.ReadEvent.RecordedEvent();
  record.setId(new UUID().setString(event.id));
  record.setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from(event.stream, 'utf8')));
  record.setStreamRevision(event.revision.toString());
  record.setCommitPosition(event.position.toString());
  record.setPreparePosition(event.position.toString());
  const metadata = record.getMetadataMap();
  metadata.set('type', event.type);
  metadata.set('content-type', event.contentType);
  // .NET ticks (100 ns) since the Unix epoch, as the client expects.
  metadata.set('created', (BigInt(event.createdMs) * 10_000n).toString());
  record.setCustomMetadata(event.customMetadata);
  record.setData(event.data);
  const read = new ReadResp.ReadEvent().setEvent(record).setCommitPosition(event.position.toString());
  return new ReadResp().setEvent(read);
}

export function streamNotFound(stream: string): ReadResp {
  const notFound = new ReadResp.StreamNotFound().setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from(stream, 'utf8')));
  return new ReadResp().setStreamNotFound(notFound);
}

export function confirmation(id: string): ReadResp {
  return new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(id));
}

export function checkpoint(position: bigint): ReadResp {
  const value = position.toString();
  return new ReadResp().setCheckpoint(new ReadResp.Checkpoint().setCommitPosition(value).setPreparePosition(value));
}

export function caughtUp(): ReadResp {
  return new ReadResp().setCaughtUp(new ReadResp.CaughtUp());
}

export const empty = (): Empty => new Empty();

export type EventPredicate = (event: StoredEvent) => boolean;

/** The server's $all filter: on stream name or event type, by prefixes or a regex. */
export function filterOf(options: ReadReq.Options): EventPredicate {
  if (!options.hasFilter()) return () => true;
  const filter = options.getFilter() as ReadReq.Options.FilterOptions;
  const onStream = filter.hasStreamIdentifier();
  const expression = (onStream ? filter.getStreamIdentifier() : filter.getEventType()) as ReadReq.Options.FilterOptions.Expression;
  const prefixes = expression.getPrefixList();
  const regex = expression.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  return (event) => {
    const subject = onStream ? event.stream : event.type;
    if (regex) return regex.test(subject);
    return prefixes.some((prefix) => subject.startsWith(prefix));
  };
}
