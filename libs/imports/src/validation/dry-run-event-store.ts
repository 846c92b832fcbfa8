import {
  type AppendResult,
  ConcurrencyError,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
  StreamNotFound,
  type StreamAppend,
} from '@app/event-store';

/** How many real streams a run keeps as read (the oldest is forgotten first). */
const REMEMBERED_STREAMS = 2_000;

/** An append the run made, with the stand-in position of its last event (the one a command's result names). */
export interface PendingAppend extends StreamAppend {
  standInPosition: bigint;
}

/**
 * The event store as a dry run sees it: reads come from the real store with the events this
 * run has "appended" on top; appends check the expected revision like a real store and are kept
 * only in memory. Running the real command handlers on an AggregateStore over it judges each row
 * exactly as a request would — scope, existence, the decider's rules, replays of rows already
 * imported — and lets later rows see earlier ones (a kabupaten after its province, a unit after
 * its provider), while nothing is written.
 *
 * The import writer uses the same overlay for a batch of rows, then commits `pendingAppends()`
 * in one appendBatch: the appends exactly as the handlers made them, in order.
 */
export class DryRunEventStore implements EventStore {
  private readonly pending = new Map<string, RecordedEvent[]>();
  private readonly appends: PendingAppend[] = [];
  private nextPosition = -1n;
  /**
   * Real streams as first read by this run: the rows of a file read the same provider again and
   * again. The view holds for the run (a check, or one batch of the writer, whose commit checks
   * the revisions of every stream it appends to). Bounded, so a long run's memory is too.
   */
  private readonly realReads = new Map<string, RecordedEvent[]>();

  constructor(private readonly real: EventStore) {}

  async readStream(stream: string): Promise<RecordedEvent[]> {
    const events = await this.current(stream);
    if (events.length === 0) throw new StreamNotFound(stream);
    return events;
  }

  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const current = await this.current(stream);
    const revision = current.length === 0 ? null : current[current.length - 1].revision;
    const fits = expected === 'no_stream' ? revision === null : expected === 'stream_exists' ? revision !== null : expected === revision;
    if (!fits) throw new ConcurrencyError(stream, expected, revision ?? 'no_stream');
    const pending = this.pending.get(stream) ?? [];
    let next = revision ?? -1;
    for (const event of events) {
      next += 1;
      // Positions of events that do not exist: negative, so nobody mistakes them for the log's.
      pending.push({ ...event, stream, revision: next, position: this.nextPosition--, metadata: { ...event.metadata, recordedAt: '', prevHash: null, hash: '' } });
    }
    this.pending.set(stream, pending);
    this.appends.push({ stream, events, expected, standInPosition: this.nextPosition + 1n });
    return { nextRevision: next, position: this.nextPosition + 1n };
  }

  /** Every append made so far, in order. */
  pendingAppends(): readonly PendingAppend[] {
    return this.appends;
  }

  readAll(): AsyncIterable<RecordedEvent> {
    throw new Error('DryRunEventStore: a dry run reads streams only');
  }

  subscribe(): never {
    throw new Error('DryRunEventStore: a dry run reads streams only');
  }

  headPosition(): Promise<bigint> {
    return this.real.headPosition();
  }

  ping(): Promise<void> {
    return this.real.ping();
  }

  /** The real store belongs to the application: a dry run never closes it. */
  async close(): Promise<void> {}

  private async current(stream: string): Promise<RecordedEvent[]> {
    const stored = await this.readReal(stream);
    const pending = this.pending.get(stream);
    return pending ? [...stored, ...pending] : stored;
  }

  private async readReal(stream: string): Promise<RecordedEvent[]> {
    const known = this.realReads.get(stream);
    if (known) return known;
    let events: RecordedEvent[];
    try {
      events = await this.real.readStream(stream);
    } catch (error) {
      if (!(error instanceof StreamNotFound)) throw error;
      events = [];
    }
    if (this.realReads.size >= REMEMBERED_STREAMS) this.realReads.delete(this.realReads.keys().next().value as string);
    this.realReads.set(stream, events);
    return events;
  }
}
