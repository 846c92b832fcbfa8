import type { NewEvent, RecordedEvent } from '../envelope';
import { verifyChain } from '../hash-chain';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { UpcasterRegistry } from './upcaster-registry';
import { UpcastingEventStore } from './upcasting-event-store';

const STREAM = 'recommendation-r1';

function issued(n: number, schemaVersion: number, data: Record<string, unknown>): NewEvent {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    type: 'RecommendationIssued',
    data,
    metadata: {
      schemaVersion,
      actor: { id: 'officer-1', role: 'officer' },
      commandId: `c${n}`,
      correlationId: `c${n}`,
      causationId: `c${n}`,
      occurredAt: '2025-01-01T00:00:00.000Z',
    },
  };
}

async function collect(events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe('UpcastingEventStore', () => {
  let raw: SqliteEventStore;
  let store: UpcastingEventStore;

  beforeEach(async () => {
    raw = new SqliteEventStore(':memory:');
    const registry = new UpcasterRegistry().register({
      type: 'RecommendationIssued',
      fromVersion: 1,
      upcast: ({ tenggat, ...rest }) => ({ ...rest, dueOn: tenggat }),
    });
    store = new UpcastingEventStore(raw, registry);
    // Written before the rename (v1), then after it (v2).
    await store.append(STREAM, [issued(1, 1, { title: 'Perbaiki SOP', tenggat: '2025-03-01' })], 'no_stream');
    await store.append(STREAM, [issued(2, 2, { title: 'Lengkapi maklumat', dueOn: '2025-04-01' })], 0);
  });

  afterEach(() => store.close());

  it('returns v2 data from readStream, readAll and subscribe', async () => {
    const expected = [
      { title: 'Perbaiki SOP', dueOn: '2025-03-01' },
      { title: 'Lengkapi maklumat', dueOn: '2025-04-01' },
    ];
    const fromStream = await store.readStream(STREAM);
    expect(fromStream.map((e) => e.data)).toEqual(expected);
    expect(fromStream.map((e) => e.metadata.schemaVersion)).toEqual([2, 2]);
    expect((await collect(store.readAll())).map((e) => e.data)).toEqual(expected);

    const subscription = store.subscribe();
    const delivered: RecordedEvent[] = [];
    for await (const event of subscription) {
      delivered.push(event);
      if (delivered.length === 2) break;
    }
    expect(delivered.map((e) => e.data)).toEqual(expected);
  });

  it('leaves the stored events untouched, so the hash chain over raw reads still verifies', async () => {
    const stored = await raw.readStream(STREAM);
    expect(stored[0].data).toEqual({ title: 'Perbaiki SOP', tenggat: '2025-03-01' });
    expect(stored[0].metadata.schemaVersion).toBe(1);
    expect(verifyChain(STREAM, stored)).toMatchObject({ ok: true, events: 2 });

    const upcast = await store.readStream(STREAM);
    expect(upcast.map((e) => e.metadata.hash)).toEqual(stored.map((e) => e.metadata.hash));
    // The hash covers the stored shape: an upcast event is for reading, not for verifying.
    expect(verifyChain(STREAM, upcast)).toMatchObject({ ok: false, brokenAt: { revision: 0, reason: 'hash_mismatch' } });
  });

  it('closes the subscription underneath when an event cannot be upcast', async () => {
    await raw.append(STREAM, [issued(3, 9, { title: 'from a newer build' })], 1);
    const subscription = store.subscribe({ filter: { eventTypes: ['RecommendationIssued'] } });
    const events = subscription[Symbol.asyncIterator]();
    await events.next();
    await events.next();
    await expect(events.next()).rejects.toThrow(/newer than this build knows/);
    await expect(events.next()).resolves.toMatchObject({ done: true });
  });
});
