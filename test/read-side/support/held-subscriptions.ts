import type { EventStore, RecordedEvent, Subscription } from '@app/event-store';

/**
 * The store as a projection worker sees it, except that subscriptions stop delivering after
 * `holdAfter` (until closed). A worker on it can never reach the head beyond that position, so a
 * test that kills it once its checkpoint passes an earlier mark kills it mid-stream for certain,
 * however fast or slow the machine is.
 */
export function holdingAfter(store: EventStore, holdAfter: bigint): EventStore {
  return {
    append: (stream, events, expected) => store.append(stream, events, expected),
    readStream: (stream, options) => store.readStream(stream, options),
    readAll: (options) => store.readAll(options),
    headPosition: () => store.headPosition(),
    ping: () => store.ping(),
    close: () => store.close(),
    subscribe: (options) => held(store.subscribe(options), holdAfter),
  };
}

function held(inner: Subscription, holdAfter: bigint): Subscription {
  let release: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (release = resolve));
  async function* events(): AsyncGenerator<RecordedEvent> {
    for await (const event of inner) {
      if (event.position > holdAfter) {
        await closed;
        return;
      }
      yield event;
    }
  }
  return {
    [Symbol.asyncIterator]: () => events(),
    async close() {
      release();
      await inner.close();
    },
  };
}
