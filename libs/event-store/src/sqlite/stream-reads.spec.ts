import { StoreUnavailable, StreamNotFound } from '../errors';
import { newEvent } from '../contract/contract-fixtures';
import { SqliteEventStore } from './sqlite-event-store';

describe('SqliteEventStore stream reads asked for in one turn', () => {
  let store: SqliteEventStore;
  beforeEach(() => (store = new SqliteEventStore(':memory:')));
  afterEach(() => store.close());

  it('answers each read with its own stream, range or fault', async () => {
    await store.append('unit-a', [newEvent('A0'), newEvent('A1')], 'no_stream');
    await store.append('unit-b', [newEvent('B0')], 'no_stream');
    const [a, b, missing, second, past] = await Promise.allSettled([
      store.readStream('unit-a'),
      store.readStream('unit-b'),
      store.readStream('unit-none'),
      store.readStream('unit-a', { fromRevision: 1, maxCount: 1 }),
      store.readStream('unit-b', { fromRevision: 5 }),
    ]);
    expect(a).toMatchObject({ status: 'fulfilled', value: [{ type: 'A0', revision: 0 }, { type: 'A1', revision: 1 }] });
    expect(b).toMatchObject({ status: 'fulfilled', value: [{ type: 'B0' }] });
    expect(missing).toMatchObject({ status: 'rejected', reason: expect.any(StreamNotFound) });
    expect(second).toMatchObject({ status: 'fulfilled', value: [{ type: 'A1', revision: 1 }] });
    expect(past).toMatchObject({ status: 'fulfilled', value: [] });
  });

  it('sees what was committed before the turn ended, and each read gets its own copy', async () => {
    await store.append('unit-a', [newEvent('A0')], 'no_stream');
    const [first, again] = await Promise.all([store.readStream('unit-a'), store.readStream('unit-a')]);
    expect(first).toEqual(again);
    expect(first[0]).not.toBe(again[0]);
  });

  it('rejects every read of a turn with StoreUnavailable once the store is closed', async () => {
    await store.close();
    const reads = await Promise.allSettled([store.readStream('unit-a'), store.readStream('unit-b')]);
    expect(reads).toEqual([
      { status: 'rejected', reason: expect.any(StoreUnavailable) },
      { status: 'rejected', reason: expect.any(StoreUnavailable) },
    ]);
  });
});
