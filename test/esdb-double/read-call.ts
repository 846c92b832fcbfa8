import { randomUUID } from 'node:crypto';
import type { ServerWritableStream } from '@grpc/grpc-js';
import { status } from '@grpc/grpc-js';
import { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { InMemoryLog, StoredEvent } from './in-memory-log';
import { caughtUp, checkpoint, confirmation, filterOf, streamNameOf, streamNotFound, toReadResp } from './messages';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

const BACKWARDS = ReadReq.Options.ReadDirection.BACKWARDS;

/** Streams.Read: a bounded read of one stream or of $all, or a subscription to $all. */
export function handleRead(log: InMemoryLog) {
  return (call: ReadCall): void => {
    const options = call.request.getOptions();
    if (!options) return fail(call, status.INVALID_ARGUMENT, 'Read without options');
    if (options.hasSubscription()) {
      if (!options.hasAll()) return fail(call, status.UNIMPLEMENTED, 'The EventStoreDB test double does not implement stream subscriptions');
      return subscribeToAll(log, call, options);
    }
    const events = options.hasAll() ? readAll(log, options) : readStream(log, call, options);
    if (!events) return;
    const count = Number(options.getCount() || '0');
    for (const event of events.slice(0, count)) call.write(toReadResp(event));
    call.end();
  };
}

function readStream(log: InMemoryLog, call: ReadCall, options: ReadReq.Options): StoredEvent[] | undefined {
  const streamOptions = options.getStream() as ReadReq.Options.StreamOptions;
  const name = streamNameOf(streamOptions.getStreamIdentifier());
  const events = log.stream(name);
  if (!events) {
    call.write(streamNotFound(name));
    call.end();
    return undefined;
  }
  const last = events.length - 1;
  const from = streamOptions.hasRevision() ? Number(streamOptions.getRevision()) : streamOptions.hasEnd() ? last : 0;
  if (options.getReadDirection() === BACKWARDS) {
    if (streamOptions.hasStart()) return events.slice(0, 1);
    return events.slice(0, Math.min(from, last) + 1).reverse();
  }
  return streamOptions.hasEnd() ? [] : events.slice(from);
}

function readAll(log: InMemoryLog, options: ReadReq.Options): StoredEvent[] {
  const all = options.getAll() as ReadReq.Options.AllOptions;
  const at = all.getPosition();
  const position = at ? BigInt(at.getCommitPosition()) : undefined;
  const matches = filterOf(options);
  const events = log.all().filter(matches);
  if (options.getReadDirection() === BACKWARDS) {
    if (all.hasStart()) return [];
    // Backwards from a position: the events before it.
    return events.filter((event) => position === undefined || event.position < position).reverse();
  }
  if (all.hasEnd()) return [];
  return events.filter((event) => position === undefined || event.position >= position);
}

function subscribeToAll(log: InMemoryLog, call: ReadCall, options: ReadReq.Options): void {
  const all = options.getAll() as ReadReq.Options.AllOptions;
  const at = all.getPosition();
  const matches = filterOf(options);
  call.write(confirmation(randomUUID()));
  // A subscription starts after the given position; from the end it only sees new events.
  const after = at ? BigInt(at.getCommitPosition()) : -1n;
  const scanned = all.hasEnd() ? [] : log.all().filter((event) => event.position > after);
  for (const event of scanned) if (matches(event)) call.write(toReadResp(event));
  if (options.hasFilter() && scanned.length > 0) call.write(checkpoint(scanned[scanned.length - 1].position));
  call.write(caughtUp());
  const unsubscribe = log.onAppended((event) => {
    if (matches(event)) call.write(toReadResp(event));
  });
  call.on('cancelled', unsubscribe);
  call.on('close', unsubscribe);
}

/** grpc-js turns an 'error' on a server stream into the call's status. */
function fail(call: ReadCall, code: status, details: string): void {
  call.emit('error', Object.assign(new Error(details), { code, details }));
}
