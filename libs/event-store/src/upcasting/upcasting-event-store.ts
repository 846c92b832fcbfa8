import type { EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, StreamAppend, Subscription, SubscribeOptions, AppendResult } from '../event-store.port';
import type { NewEvent, RecordedEvent } from '../envelope';
import type { UpcasterRegistry } from './upcaster-registry';

/** An EventStore whose reads return every event at its type's current schema version. */
export class UpcastingEventStore implements EventStore {
  /** Only where the inner store has it: its presence promises one transaction. */
  readonly appendAtomically?: (appends: StreamAppend[]) => Promise<AppendResult[]>;

  constructor(
    private readonly inner: EventStore,
    private readonly upcasters: UpcasterRegistry,
  ) {
    if (inner.appendAtomically) this.appendAtomically = (appends) => (inner.appendAtomically as NonNullable<EventStore['appendAtomically']>).call(inner, appends);
  }

  append(stream: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.inner.append(stream, events, expected);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readStream(stream, options)).map((event) => this.upcasters.upcast(event));
  }

  async *readAll(options?: ReadAllOptions): AsyncGenerator<RecordedEvent> {
    for await (const event of this.inner.readAll(options)) yield this.upcasters.upcast(event);
  }

  subscribe(options?: SubscribeOptions): Subscription {
    return new UpcastingSubscription(this.inner.subscribe(options), (event) => this.upcasters.upcast(event));
  }

  headPosition(): Promise<bigint> {
    return this.inner.headPosition();
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

class UpcastingSubscription implements Subscription {
  constructor(
    private readonly inner: Subscription,
    private readonly upcast: (event: RecordedEvent) => RecordedEvent,
  ) {}

  close(): Promise<void> {
    return this.inner.close();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    const events = this.inner[Symbol.asyncIterator]();
    return {
      next: async () => {
        const result = await events.next();
        if (result.done) return result;
        try {
          return { done: false, value: this.upcast(result.value) };
        } catch (error) {
          // A rejected next() ends a for-await without calling return(): close here instead.
          await this.inner.close();
          throw error;
        }
      },
      return: async () => {
        await this.inner.close();
        return { done: true, value: undefined };
      },
    };
  }
}
