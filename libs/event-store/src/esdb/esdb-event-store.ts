import { BACKWARDS, END, EventStoreDBClient, FORWARDS, jsonEvent, NO_STREAM, START, StreamNotFoundError, WrongExpectedVersionError } from '@eventstore/db-client';
import type { AllStreamResolvedEvent, ReadPosition, ReadStreamOptions as EsdbReadStreamOptions } from '@eventstore/db-client';
import type { AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, SubscribeOptions, Subscription } from '../event-store.port';
import type { NewEvent, RecordedEvent } from '../envelope';
import { ConcurrencyError, StoreUnavailable, StreamNotFound } from '../errors';
import { sealEvents } from '../hash-chain';
import { assertExpected, assertValidBatch } from '../append-checks';
import { AllSignals } from './all-signals';
import { claimEventIds } from './event-id-claims';
import { acceptor, planFilter, type FilterPlan } from './all-filter';
import { asStored, repeatIn } from './append-repeat';
import { toEsdbConnectionString } from './connection-string';
import { guard } from './esdb-errors';
import { EsdbSubscription } from './esdb-subscription';
import { isSystemEvent, toRecordedEvent } from './recorded-event';

export interface EsdbEventStoreOptions {
  /** System time for `recordedAt`. */
  clock?: () => Date;
  /**
   * How many of a stream's latest events append searches for a retried command's ids, beyond
   * the batch itself. A retry that comes after more appends than this is not recognised. Default 64.
   */
  repeatWindow?: number;
  /** How long ping waits for an answer. Default 2000. */
  pingTimeoutMs?: number;
}

/** Events per page when headPosition looks back past EventStoreDB's own events. */
const HEAD_PAGE = 32;

/**
 * The event store on EventStoreDB / KurrentDB (esdb://, esdb+discover://, kurrentdb://), over gRPC.
 * No `appendAtomically`: EventStoreDB has no transaction across streams, so `appendBatch`
 * appends a batch here one append after another (each atomic on its own).
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly clock: () => Date;
  private readonly repeatWindow: number;
  private readonly pingTimeoutMs: number;
  private readonly subscriptions = new Set<EsdbSubscription>();

  constructor(connectionString: string, options: EsdbEventStoreOptions = {}) {
    this.client = EventStoreDBClient.connectionString(toEsdbConnectionString(connectionString));
    this.clock = options.clock ?? (() => new Date());
    this.repeatWindow = options.repeatWindow ?? 64;
    this.pingTimeoutMs = options.pingTimeoutMs ?? 2000;
  }

  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    assertValidBatch(stream, events, expected);
    return guard(`append to ${stream}`, async () => {
      const latest = await this.latest(stream, events.length + this.repeatWindow);
      const repeat = repeatIn(stream, events, latest);
      if (repeat) return repeat;
      const last = latest[0];
      assertExpected(stream, expected, last ? last.revision : 'no_stream');
      await claimEventIds(this.client, stream, events);
      const sealed = sealEvents(events.map(asStored), last?.metadata.hash ?? null, this.clock());
      try {
        const result = await this.client.appendToStream(
          stream,
          sealed.map((event) => jsonEvent({ id: event.id, type: event.type, data: event.data, metadata: event.metadata })),
          // The revision just read, even for stream_exists: an append in between must fail, or the chain would fork.
          { expectedRevision: last ? BigInt(last.revision) : NO_STREAM },
        );
        const position = result.position?.commit ?? (await this.latest(stream, 1))[0].position;
        return { nextRevision: Number(result.nextExpectedRevision), position };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        // Another append got in first: perhaps this very command, retried concurrently.
        const retried = repeatIn(stream, events, await this.latest(stream, events.length + this.repeatWindow));
        if (retried) return retried;
        const actual = error.actualVersion;
        throw new ConcurrencyError(stream, expected, typeof actual === 'bigint' ? Number(actual) : 'no_stream');
      }
    });
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return guard(`read ${stream}`, async () => {
      const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
      // At least one, so that a stream that does not exist still says so.
      const events = await this.read(stream, { fromRevision: BigInt(options.fromRevision ?? 0), direction: FORWARDS, maxCount: Math.max(maxCount, 1) });
      if (!events) throw new StreamNotFound(stream);
      return events.slice(0, maxCount);
    });
  }

  /**
   * This client filters $all on the server only for subscriptions, so a read is a subscription
   * that stops at the log's end as of the call: at an event past it, or when the server says it
   * has caught up or has scanned that far (EventStoreDB 23.10+ sends caught-up).
   */
  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
    const from = options.fromPosition;
    const end = await guard('read the log', () => this.lastPosition());
    if (limit <= 0 || end === undefined || (from !== undefined && from >= end)) return;
    const plan = planFilter(options.filter);
    const accept = acceptor(from, plan);
    const signals = this.openAll(from, plan);
    try {
      let count = 0;
      for (;;) {
        const result = await guard('read the log', () => signals.next());
        if (result.done || result.value.kind === 'caughtUp') return;
        const signal = result.value;
        if (signal.kind === 'checkpoint') {
          if (signal.commit >= end) return;
          continue;
        }
        if ((signal.resolved.event?.position.commit ?? 0n) > end) return;
        const event = accept(signal.resolved);
        if (!event) continue;
        yield event;
        if (++count >= limit) return;
      }
    } finally {
      await signals.close();
    }
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    const plan = planFilter(options.filter);
    const subscription = new EsdbSubscription(this.openAll(options.fromPosition, plan), acceptor(options.fromPosition, plan), (closed) =>
      this.subscriptions.delete(closed),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Position of the last event that is not EventStoreDB's own, which it writes at any time. */
  async headPosition(): Promise<bigint> {
    return guard('read the head position', async () => {
      let before: ReadPosition = END;
      for (;;) {
        const page: AllStreamResolvedEvent[] = await collect(this.client.readAll({ direction: BACKWARDS, fromPosition: before, maxCount: HEAD_PAGE }));
        const ours = page.find(({ event }) => event && !isSystemEvent(event.streamId, event.type));
        if (ours?.event) return ours.event.position.commit;
        const oldest = page[page.length - 1]?.event;
        if (page.length < HEAD_PAGE || !oldest) return 0n;
        before = oldest.position;
      }
    });
  }

  async ping(): Promise<void> {
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.pingTimeoutMs} ms`)), this.pingTimeoutMs);
    });
    try {
      await Promise.race([collect(read), timeout]);
    } catch (error) {
      void read.cancel();
      throw new StoreUnavailable(`EventStoreDB does not answer: ${(error as Error).message}`, error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Ends every open subscription (their pending next() resolves done), then the client's calls. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  /** A stream's latest `count` events, newest first; none when it does not exist. */
  private async latest(stream: string, count: number): Promise<RecordedEvent[]> {
    return (await this.read(stream, { fromRevision: END, direction: BACKWARDS, maxCount: count })) ?? [];
  }

  /** undefined when the stream does not exist. */
  private async read(stream: string, options: EsdbReadStreamOptions): Promise<RecordedEvent[] | undefined> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(stream, options)) {
        const event = toRecordedEvent(resolved);
        if (!event) throw new Error(`${stream}@${resolved.event?.revision} was not written by this event store`);
        events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw error;
    }
    return events;
  }

  /** The commit position of the last record in $all, EventStoreDB's own included. */
  private async lastPosition(): Promise<bigint | undefined> {
    const [last] = await collect(this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }));
    return last?.event?.position.commit;
  }

  private openAll(from: bigint | undefined, plan: FilterPlan): AllSignals {
    // Commit = prepare for every event this store writes (one record per event).
    const fromPosition: ReadPosition = from === undefined ? START : { commit: from, prepare: from };
    return new AllSignals((checkpointReached) => this.client.subscribeToAll({ fromPosition, filter: plan.serverFilter(checkpointReached) }));
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
