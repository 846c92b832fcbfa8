import { SqliteEventStore, nameBasedId, type EventStore } from '@app/event-store';
import { ManualClock } from '@app/platform/clock';
import { DeliveryLog, MAX_RECORDS_PER_COMMIT } from './delivery-log';
import { deliveriesStream, type DeliveryEvent } from './delivery.events';

const clock = new ManualClock(new Date('2025-06-13T16:00:05.000Z'));
const delivered = (stepEventId: string, contactId: string): DeliveryEvent => ({
  type: 'DeliveryDelivered',
  data: { stepEventId, contactId, channel: 'email', attempt: 1, response: '250 OK', deliveredAt: '2025-06-13T16:00:05.000Z' },
});
/** What the notification jobs of one burst report: `steps` subjects, three recipients each. */
const burst = (steps: number) =>
  Array.from({ length: steps }, (_, i) => ['siti', 'kadis', 'budi'].map((contactId) => ({ subject: `recommendation-r${i}`, contactId, step: `e${i}` }))).flat();

describe('the delivery log', () => {
  let store: SqliteEventStore;
  let log: DeliveryLog;
  let commits: jest.SpyInstance;
  let appends: jest.SpyInstance;

  beforeEach(() => {
    store = new SqliteEventStore(':memory:');
    log = new DeliveryLog(store, clock);
    commits = jest.spyOn(store, 'appendAtomically');
    appends = jest.spyOn(store, 'append');
  });
  afterEach(() => store.close());

  const record = ({ subject, contactId, step }: { subject: string; contactId: string; step: string }) =>
    log.record(subject, delivered(step, contactId), `delivered:${step}:${contactId}:email`, step);

  it('writes the records that jobs report at the same time in one commit, each on its subject’s stream', async () => {
    await Promise.all(burst(20).map(record));
    expect(commits).toHaveBeenCalledTimes(1);
    expect(appends).not.toHaveBeenCalled();
    const lines = await store.readStream(deliveriesStream('recommendation-r7'));
    expect(lines.map((e) => [e.revision, (e.data as { contactId: string }).contactId])).toEqual([
      [0, 'siti'],
      [1, 'kadis'],
      [2, 'budi'],
    ]);
  });

  it('keeps a commit to a bounded number of records', async () => {
    await Promise.all(burst(MAX_RECORDS_PER_COMMIT).map(record));
    expect(commits).toHaveBeenCalledTimes(3);
    expect(Math.max(...commits.mock.calls.map(([batch]) => (batch as unknown[]).length))).toBe(MAX_RECORDS_PER_COMMIT);
    expect(await store.headPosition()).toBe(BigInt(3 * MAX_RECORDS_PER_COMMIT));
  });

  it('records nothing twice when a job runs again, alone or in the same commit', async () => {
    const once = burst(2);
    await Promise.all(once.map(record));
    await Promise.all([...once, ...once].map(record));
    expect(await store.headPosition()).toBe(6n);
    expect(await log.read('recommendation-r1')).toEqual([]); // no DeliveriesRouted: nothing to fold into lines
    expect((await store.readStream(deliveriesStream('recommendation-r1'))).map((e) => e.id)).toEqual(
      ['siti', 'kadis', 'budi'].map((c) => nameBasedId(`${deliveriesStream('recommendation-r1')}:delivered:e1:${c}:email`)),
    );
  });

  it('fails only the record the store refuses; the others of its commit are written', async () => {
    const [ok, refused, alsoOk] = burst(1);
    // The refused record's id is already taken on another stream: a DuplicateEventId.
    const id = nameBasedId(`${deliveriesStream(refused.subject)}:delivered:${refused.step}:${refused.contactId}:email`);
    await store.append('elsewhere', [{ id, type: 'Other', data: {}, metadata: { schemaVersion: 1, actor: { id: 'x', role: 'system' }, commandId: id, correlationId: id, causationId: id, occurredAt: clock.now().toISOString() } }], 'no_stream');
    const outcomes = await Promise.allSettled([ok, refused, alsoOk].map(record));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await store.readStream(deliveriesStream(ok.subject))).map((e) => (e.data as { contactId: string }).contactId)).toEqual(['siti', 'budi']);
  });

  it('appends one record after another on a store that cannot commit several streams at once', async () => {
    const plain: EventStore = { ...bound(store), appendAtomically: undefined };
    const one = new DeliveryLog(plain, clock);
    await Promise.all(burst(2).map(({ subject, contactId, step }) => one.record(subject, delivered(step, contactId), `delivered:${step}:${contactId}:email`, step)));
    expect(commits).not.toHaveBeenCalled();
    // Three jobs creating one stream race on `no_stream`: the losers append again after it.
    expect(await store.headPosition()).toBe(6n);
    expect((await store.readStream(deliveriesStream('recommendation-r0'))).map((e) => e.revision)).toEqual([0, 1, 2]);
  });
});

/** The store's methods as a plain object (so one can be left out). */
function bound(store: SqliteEventStore): EventStore {
  return {
    append: (...args) => store.append(...args),
    readStream: (...args) => store.readStream(...args),
    readAll: (...args) => store.readAll(...args),
    subscribe: (...args) => store.subscribe(...args),
    headPosition: () => store.headPosition(),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}
