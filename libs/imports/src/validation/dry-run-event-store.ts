import {
  type AppendResult,
  ConcurrencyError,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
  StreamNotFound,
} from '@app/event-store';

/**
 * The event store as a dry run sees it: reads come from the real store with the events this
 * run has "appended" on top; appends check the expected revision like a real store and are kept
 * only in memory. Running the real command handlers on an AggregateStore over it judges each row
 * exactly as a request would — scope, existence, the decider's rules, replays of rows already
 * imported — and lets later rows see earlier ones (a kabupaten after its province, a unit after
 * its provider), while nothing is written.
 */
export class DryRunEventStore implements EventStore {
  private readonly pending = new Map<string, RecordedEvent[]>();
  private nextPosition = -1n;

  constructor(private readonly real: EventStore) {}

  async readStream(stream: string): Promise<RecordedEvent[]> {
    const stored = await this.readReal(stream);
    const events = [...stored, ...(this.pending.get(stream) ?? [])];
    if (events.length === 0) throw new StreamNotFound(stream);
    return events;
  }

  async append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const current = await this.readStream(stream).catch((error: unknown) => {
      if (error instanceof StreamNotFound) return [];
      throw error;
    });
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
    return { nextRevision: next, position: this.nextPosition + 1n };
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

  private async readReal(stream: string): Promise<RecordedEvent[]> {
    try {
      return await this.real.readStream(stream);
    } catch (error) {
      if (error instanceof StreamNotFound) return [];
      throw error;
    }
  }
}
