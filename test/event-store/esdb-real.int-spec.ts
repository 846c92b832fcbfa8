import { describeEventStoreContract } from '@app/event-store/contract';
import { EsdbEventStore } from '@app/event-store';

/**
 * The contract against a real EventStoreDB / KurrentDB node or cluster, e.g.
 * EVENTSTORE_CONNECTION_STRING='esdb://localhost:2113?tls=false'. The suite only adds uniquely
 * named streams, so a shared server will do. Filtered reads need a server from 23.10 on.
 */
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  describeEventStoreContract(`EsdbEventStore on ${connectionString.replace(/\/\/[^@/]*@/, '//***@')}`, async () => {
    const store = new EsdbEventStore(connectionString);
    return { store, teardown: () => store.close() };
  });
} else {
  const reason = 'EVENTSTORE_CONNECTION_STRING is not set';
  console.warn(`EventStoreDB contract skipped: ${reason}`);
  describe.skip(`EsdbEventStore on a real EventStoreDB (skipped: ${reason})`, () => {
    it('runs the event store contract', () => undefined);
  });
}
