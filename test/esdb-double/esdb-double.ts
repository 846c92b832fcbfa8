/**
 * A gRPC test double of EventStoreDB's Streams service, built on the generated stubs that ship
 * inside @eventstore/db-client, so that EsdbEventStore's own code runs in every CI without a server.
 *
 * Covers what the adapter uses, over an insecure single-node connection (esdb://…?tls=false):
 * - Streams.Append: expected revision any / no_stream / stream_exists / exact; success with
 *   revision and position, or wrong_expected_version with the current revision; the server's
 *   idempotent repeat (same ids at the same expected revision writes nothing).
 * - Streams.Read: one stream or $all, forwards or backwards, from start / end / revision /
 *   position, with a count; $all filters on stream name or event type, by prefixes or regex;
 *   subscriptions to $all: confirmation, catch-up, a checkpoint when filtered, caught-up, live.
 * - A log that, like a real one, starts with a system event and has sparse positions
 *   (commit = prepare).
 * Does not cover: TLS, authentication, gossip / clusters / NotLeader, BatchAppend and
 * ServerFeatures (absent, so the client falls back to Append), stream subscriptions, deletes,
 * stream metadata, link resolution, projections, persistent subscriptions, deadlines, limits.
 * `stop()` shuts the server down; later calls then fail as with an unreachable node.
 * `beforeNextAppend()` lets a test slip a competing write in before an append is decided.
 */
import { Server, ServerCredentials, status } from '@grpc/grpc-js';
import { StreamsService, type IStreamsServer } from '@eventstore/db-client/generated/streams_grpc_pb';
import { InMemoryLog, type StoredEvent } from './in-memory-log';
import { handleAppend, type AppendInterceptor, type AppendRequestRecord } from './append-call';
import { handleRead } from './read-call';

export type { AppendRequestRecord, StoredEvent };

export interface EsdbDouble {
  connectionString: string;
  /** Every append the double received, in order. */
  appendRequests: readonly AppendRequestRecord[];
  /** The whole log, system events included. */
  events(): readonly StoredEvent[];
  /**
   * Holds the next append after it arrives, until `interceptor` has finished: a deterministic
   * way to let another writer in between a client's read and its write.
   */
  beforeNextAppend(interceptor: AppendInterceptor): void;
  stop(): Promise<void>;
}

export async function startEsdbDouble(): Promise<EsdbDouble> {
  const log = new InMemoryLog();
  const appendRequests: AppendRequestRecord[] = [];
  let interceptor: AppendInterceptor | undefined;
  const takeInterceptor = (): AppendInterceptor | undefined => {
    const taken = interceptor;
    interceptor = undefined;
    return taken;
  };
  const server = new Server();
  const notImplemented = (_call: unknown, callback: (error: { code: status; details: string }) => void): void =>
    callback({ code: status.UNIMPLEMENTED, details: 'Not implemented by the EventStoreDB test double' });
  const implementation: IStreamsServer = {
    read: handleRead(log),
    append: handleAppend(log, appendRequests, takeInterceptor),
    delete: notImplemented,
    tombstone: notImplemented,
    batchAppend: (call) => call.emit('error', { code: status.UNIMPLEMENTED, details: 'Use Append' }),
  };
  server.addService(StreamsService, implementation);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  let stopped = false;
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    appendRequests,
    events: () => log.all(),
    beforeNextAppend: (next) => {
      interceptor = next;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      // Abrupt on purpose: open subscriptions and later calls see the node go away.
      server.forceShutdown();
    },
  };
}
