import { SYSTEM_ACTOR } from '@app/kernel';
import { ConcurrencyError, StreamNotFound, appendBatch, nameBasedId, type EventStore, type NewEvent, type StreamAppend } from '@app/event-store';
import type { Clock } from '@app/platform/clock';
import { deliveriesStream, foldDeliveries, type DeliveryEvent, type DeliveryView } from './delivery.events';

const MAX_RACES = 20;
/** Records per commit at most: one transaction stays short however many jobs report at once. */
export const MAX_RECORDS_PER_COMMIT = 256;

/** One delivery record to write: what it reports, on which subject, under which derived name. */
export interface DeliveryRecord {
  subjectStream: string;
  event: DeliveryEvent;
  /** Unique per fact reported (step, recipient, channel, attempt): the event id derives from it. */
  name: string;
  causationId: string;
}

interface Waiting {
  stream: string;
  event: NewEvent;
  done: (error?: unknown) => void;
}

/**
 * Writes and reads the delivery records of a subject. Each record's event id is derived from
 * what it reports (step, recipient, channel, attempt), so a job that runs again writes nothing
 * twice.
 *
 * On a store that commits several streams in one transaction (SQLite), the records that the
 * notification jobs of this process report at about the same time are written together: each
 * caller waits for the commit that holds its record (so a job is acknowledged only once its
 * record is on disk), and a burst of N deliveries costs a few commits instead of N, each with
 * its fsync. A record appends with `stream_exists` once its stream exists: delivery records are
 * independent facts, so there is no revision to guard, and no read of the stream per record. If
 * a commit is refused (another process created the stream meanwhile, an id already used
 * elsewhere), each of its records is written alone, and only the faulty one fails.
 */
export class DeliveryLog {
  private readonly waiting: Waiting[] = [];
  private flushing = false;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  record(subjectStream: string, event: DeliveryEvent, name: string, causationId: string): Promise<void> {
    return this.recordAll([{ subjectStream, event, name, causationId }]);
  }

  /** Several records in one commit where the store allows (e.g. a digest's steps); resolves once all are written. */
  async recordAll(records: readonly DeliveryRecord[]): Promise<void> {
    const events = records.map((record) => ({ stream: deliveriesStream(record.subjectStream), event: this.newEvent(record) }));
    if (!this.store.appendAtomically) {
      for (const { stream, event } of events) await this.appendAlone(stream, event);
      return;
    }
    await Promise.all(events.map(({ stream, event }) => new Promise<void>((resolve, reject) => this.enqueue({ stream, event, done: (error) => (error ? reject(error) : resolve()) }))));
  }

  async read(subjectStream: string): Promise<DeliveryView[]> {
    try {
      return foldDeliveries((await this.store.readStream(deliveriesStream(subjectStream))) as unknown as DeliveryEvent[]);
    } catch (error) {
      if (error instanceof StreamNotFound) return [];
      throw error;
    }
  }

  private newEvent({ subjectStream, event, name, causationId }: DeliveryRecord): NewEvent {
    const id = nameBasedId(`${deliveriesStream(subjectStream)}:${name}`);
    return {
      id,
      type: event.type,
      data: event.data as unknown as Record<string, unknown>,
      metadata: { schemaVersion: 1, actor: { id: SYSTEM_ACTOR.id, role: SYSTEM_ACTOR.role }, commandId: id, correlationId: causationId, causationId, occurredAt: this.clock.now().toISOString() },
    };
  }

  /** Commits after the jobs running now had their turn, so their records share the commit. */
  private enqueue(waiting: Waiting): void {
    this.waiting.push(waiting);
    if (this.flushing) return;
    this.flushing = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.waiting.splice(0, MAX_RECORDS_PER_COMMIT);
    try {
      await this.commit(batch);
    } finally {
      if (this.waiting.length > 0) setImmediate(() => void this.flush());
      else this.flushing = false;
    }
  }

  private async commit(batch: Waiting[]): Promise<void> {
    try {
      const exists = new Map<string, boolean>();
      const appends: StreamAppend[] = [];
      for (const { stream, event } of batch) {
        if (!exists.has(stream)) exists.set(stream, await this.exists(stream));
        appends.push({ stream, events: [event], expected: exists.get(stream) ? 'stream_exists' : 'no_stream' });
        exists.set(stream, true);
      }
      await appendBatch(this.store, appends);
    } catch {
      // Nothing of the batch was written (one transaction): each record on its own, each caller told its own outcome.
      for (const { stream, event, done } of batch) await this.appendAlone(stream, event).then(() => done(), done);
      return;
    }
    for (const { done } of batch) done();
  }

  /** One record, at the stream's current revision, again on a race with another writer. */
  private async appendAlone(stream: string, event: NewEvent): Promise<void> {
    for (let race = 0; ; race++) {
      const exists = await this.exists(stream);
      try {
        await this.store.append(stream, [event], exists ? 'stream_exists' : 'no_stream');
        return;
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || race >= MAX_RACES) throw error;
      }
    }
  }

  /** One indexed row at most, never the whole stream. */
  private async exists(stream: string): Promise<boolean> {
    try {
      return (await this.store.readStream(stream, { maxCount: 1 })).length > 0;
    } catch (error) {
      if (error instanceof StreamNotFound) return false;
      throw error;
    }
  }
}
