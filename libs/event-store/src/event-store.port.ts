import type { NewEvent, RecordedEvent } from './envelope';

/**
 * `no_stream`: the stream must not exist. `stream_exists`: it must exist, at any revision.
 * A number: the exact revision of the stream's last event. Domain code never appends with "any".
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | number;

export interface AppendResult {
  /** Revision of the last event written (or found, for an idempotent repeat). */
  nextRevision: number;
  /** Global position of that event. */
  position: bigint;
}

/** One append of a batch: what `append(stream, events, expected)` would be given. */
export interface StreamAppend {
  stream: string;
  events: NewEvent[];
  expected: ExpectedRevision;
}

export interface ReadStreamOptions {
  /** Inclusive; default 0. */
  fromRevision?: number;
  /** Default: to the end. */
  maxCount?: number;
}

/** Server-side filter for `$all`. Both lists are optional; an event must match each given one. */
export interface AllFilter {
  streamPrefixes?: string[];
  eventTypes?: string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Default: from the start. */
  fromPosition?: bigint;
  filter?: AllFilter;
  maxCount?: number;
}

export interface SubscribeOptions {
  /** Exclusive: deliver events strictly after this position. Default: from the start. */
  fromPosition?: bigint;
  filter?: AllFilter;
}

/** Catches up from `fromPosition`, then follows live appends until closed. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  /**
   * Appends atomically, sealing each event into the stream's hash chain.
   * Idempotent: if these event ids were already appended to this stream, nothing is written
   * and the original result is returned, whatever `expected` says.
   * Resolves only once the events are durable. An adapter may commit appends made at the same
   * time together (SQLite's group commit), but each is checked on its own and a refusal fails
   * only its own append, exactly as if the appends had run one after another.
   * @throws ConcurrencyError, StoreUnavailable
   */
  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /**
   * Present only on a store that can commit appends to several streams in ONE transaction:
   * every append of the list, in order, with every check `append` makes (expected revision,
   * hash chain, event-id uniqueness, idempotent repeats), and either all of them are written
   * or none. Call it through `appendBatch(store, appends)`, which falls back to one append
   * after another on a store without it. Results are per append, in the same order.
   * @throws ConcurrencyError, DuplicateEventId (nothing written), StoreUnavailable
   */
  appendAtomically?(appends: StreamAppend[]): Promise<AppendResult[]>;
  /** @throws StreamNotFound when the stream has no events; StoreUnavailable */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribe(options?: SubscribeOptions): Subscription;
  /** Position of the last event in the log (0n when empty). */
  headPosition(): Promise<bigint>;
  /** Cheap liveness check for /health; throws StoreUnavailable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Nest injection token for the port; bind the adapter in one place (EventStoreModule). */
export const EVENT_STORE = Symbol('EventStore');
