import { afterAll, beforeAll, describe } from '@jest/globals';
import type { EventStore } from '../event-store.port';
import { appendContract } from './append.contract';
import { appendBatchContract } from './append-batch.contract';
import { TEST_TIMEOUT_MS } from './contract-context';
import { readContract } from './read.contract';
import { subscribeContract } from './subscribe.contract';

/**
 * The behaviour every EventStore adapter must show, for SQLite as for EventStoreDB. Written for
 * a shared, non-empty log: unique stream names per test, filters by a unique prefix, no
 * assumption that positions start at 0 or are dense. One store serves the whole suite.
 */
export function describeEventStoreContract(
  name: string,
  setup: () => Promise<{ store: EventStore; teardown: () => Promise<void> }>,
): void {
  describe(name, () => {
    let subject: { store: EventStore; teardown: () => Promise<void> } | undefined;
    const store = (): EventStore => {
      if (!subject) throw new Error(`${name}: setup() did not provide a store`);
      return subject.store;
    };

    beforeAll(async () => {
      subject = await setup();
    }, TEST_TIMEOUT_MS);
    afterAll(async () => {
      await subject?.teardown();
    }, TEST_TIMEOUT_MS);

    appendContract(store);
    appendBatchContract(store);
    readContract(store);
    subscribeContract(store);
  });
}
