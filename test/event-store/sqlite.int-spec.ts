import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ConcurrencyError, SqliteEventStore, StoreUnavailable, UpcasterRegistry, UpcastingEventStore, verifyChain, type EventStore } from '@app/event-store';
import {
  describeEventStoreContract,
  collect,
  newEvent,
  newEvents,
  takeWithin,
  uniqueCategory,
  within,
} from '@app/event-store/contract';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-event-store-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => new Error('expected a rejection'), (error: unknown) => error);
}

describeEventStoreContract('SqliteEventStore on a file', async () => {
  const store = new SqliteEventStore(join(tempDir(), 'nested', 'events.db'));
  return { store, teardown: () => store.close() };
});

describeEventStoreContract('SqliteEventStore with 3-event pages', async () => {
  const store = new SqliteEventStore(':memory:', { pageSize: 3 });
  return { store, teardown: () => store.close() };
});

describeEventStoreContract('UpcastingEventStore over SqliteEventStore', async () => {
  const store = new UpcastingEventStore(new SqliteEventStore(join(tempDir(), 'events.db')), new UpcasterRegistry());
  return { store, teardown: () => store.close() };
});

describe('SqliteEventStore specifics', () => {
  const open: EventStore[] = [];
  const openStore = (...args: ConstructorParameters<typeof SqliteEventStore>): SqliteEventStore => {
    const store = new SqliteEventStore(...args);
    open.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
  });

  it('stamps recordedAt from the injected clock', async () => {
    const store = openStore(':memory:', { clock: () => new Date('2025-06-01T01:02:03.456Z') });
    await store.append('clock-1', newEvents(1), 'no_stream');
    expect((await store.readStream('clock-1'))[0].metadata.recordedAt).toBe('2025-06-01T01:02:03.456Z');
  });

  it('a second instance on the same file (another process) sees appends through its subscription', async () => {
    const path = join(tempDir(), 'shared.db');
    const writer = openStore(path);
    const reader = openStore(path, { pollIntervalMs: 50 });
    const subscription = reader.subscribe({ fromPosition: await reader.headPosition(), filter: { streamPrefixes: ['shared-'] } });
    const events = subscription[Symbol.asyncIterator]();
    const pending = takeWithin(events, 2, 3000);
    await writer.append('shared-1', newEvents(2), 'no_stream');
    expect((await pending).map((e) => e.revision)).toEqual([0, 1]);
    await subscription.close();
  });

  it('wakes its own subscribers on append without waiting for the poll', async () => {
    const store = openStore(':memory:', { pollIntervalMs: 60_000 });
    const subscription = store.subscribe({ filter: { streamPrefixes: ['wake-'] } });
    const events = subscription[Symbol.asyncIterator]();
    // The bound only has to be far below the 60 s poll: a loaded machine may take seconds.
    const pending = within(events.next(), 15_000, 'a woken subscriber');
    await new Promise((resolve) => setTimeout(resolve, 20)); // let it go idle first (the outcome holds either way)
    await store.append('wake-1', newEvents(1), 'no_stream');
    expect((await pending).value?.stream).toBe('wake-1');
    await subscription.close();
  });

  it('closing the store ends its open subscriptions', async () => {
    const store = openStore(':memory:');
    const subscription = store.subscribe();
    const pending = subscription[Symbol.asyncIterator]().next();
    await store.close();
    expect((await within(pending, 1000, 'the subscription to end')).done).toBe(true);
  });

  it('pages through more events than fit in one page or one scan window', async () => {
    const store = openStore(':memory:', { pageSize: 4 });
    await store.append('noise-1', newEvents(200), 'no_stream');
    await store.append('paged-1', newEvents(30), 'no_stream');
    await store.append('noise-1', newEvents(200), 199);
    await store.append('paged-1', newEvents(30), 29);
    const events = await collect(store.readAll({ filter: { streamPrefixes: ['paged-'] } }));
    expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    const subscription = store.subscribe({ filter: { streamPrefixes: ['paged-'] } });
    expect(await takeWithin(subscription[Symbol.asyncIterator](), 60, 1000)).toEqual(events);
    await subscription.close();
  });

  it('is StoreUnavailable after close()', async () => {
    const store = openStore(':memory:');
    await store.append('closed-1', newEvents(1), 'no_stream');
    await store.close();
    const errors = await Promise.all(
      [
        store.append('closed-1', newEvents(1), 0),
        store.readStream('closed-1'),
        collect(store.readAll()),
        store.subscribe()[Symbol.asyncIterator]().next(),
        store.headPosition(),
        store.ping(),
      ].map(rejectionOf),
    );
    for (const error of errors) expect(error).toBeInstanceOf(StoreUnavailable);
  });

  it('is StoreUnavailable when the file cannot be created or opened', () => {
    const dir = tempDir();
    const regularFile = join(dir, 'not-a-folder');
    writeFileSync(regularFile, 'x');
    expect(() => new SqliteEventStore(join(regularFile, 'events.db'))).toThrow(StoreUnavailable);
    expect(() => new SqliteEventStore(dir)).toThrow(StoreUnavailable);
  });

  it('is StoreUnavailable when another process holds the write lock past busy_timeout, and writes nothing', async () => {
    const path = join(tempDir(), 'locked.db');
    const store = openStore(path, { busyTimeoutMs: 50 });
    await store.append('locked-1', newEvents(1), 'no_stream');
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(await rejectionOf(store.append('locked-1', newEvents(1), 0))).toBeInstanceOf(StoreUnavailable);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await store.readStream('locked-1')).toHaveLength(1);
    expect((await store.append('locked-1', newEvents(1), 0)).nextRevision).toBe(1);
  });

  it('a batch that fails part-way leaves the stream and the log unchanged', async () => {
    const store = openStore(':memory:');
    await store.append('partial-1', newEvents(1), 'no_stream');
    const head = await store.headPosition();
    const unserialisable = newEvent('ContractBroken', { amount: 10n });
    const error = await rejectionOf(store.append('partial-1', [newEvent('ContractFine'), unserialisable], 0));
    expect(error).toBeInstanceOf(TypeError);
    expect(await store.readStream('partial-1')).toHaveLength(1);
    expect(await store.headPosition()).toBe(head);
    await store.append('partial-1', newEvents(1), 0);
    expect(verifyChain('partial-1', await store.readStream('partial-1')).ok).toBe(true);
  });

  it('rejects, as a bug, event ids already stored in another stream or only partly repeated', async () => {
    const store = openStore(':memory:');
    const [a, b] = newEvents(2);
    await store.append('ids-1', [a], 'no_stream');
    const attempts = [store.append('ids-2', [a], 'no_stream'), store.append('ids-1', [a, b], 0), store.append('ids-1', [b, a], 0)];
    for (const error of await Promise.all(attempts.map(rejectionOf))) {
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(ConcurrencyError);
      expect((error as Error).message).toMatch(/already stored/);
    }
    expect(await store.readStream('ids-1')).toHaveLength(1);
  });

  it('rejects malformed batches before touching the file', async () => {
    const store = openStore(':memory:');
    const [a] = newEvents(1);
    await expect(store.append('bad-1', [], 'no_stream')).rejects.toThrow(/at least one event/);
    await expect(store.append('bad-1', [a, a], 'no_stream')).rejects.toThrow(/unique/);
    await expect(store.append('bad-1', [a], -1)).rejects.toThrow(/non-negative integer/);
  });

  it('reopens an existing file and carries on where it left off', async () => {
    const path = join(tempDir(), 'two.db');
    const c = uniqueCategory('reopen');
    const first = openStore(path);
    await first.append(`${c}-1`, newEvents(2), 'no_stream');
    await first.close();
    const reopened = openStore(path);
    expect((await reopened.readStream(`${c}-1`)).map((e) => e.revision)).toEqual([0, 1]);
    expect((await reopened.append(`${c}-1`, newEvents(1), 1)).nextRevision).toBe(2);
  });
});
