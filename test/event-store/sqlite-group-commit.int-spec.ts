import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ConcurrencyError, SqliteEventStore, StoreUnavailable, verifyChain, type CommitInfo } from '@app/event-store';
import { newEvent, newEvents } from '@app/event-store/contract';

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => new Error('expected a rejection'), (error: unknown) => error);
}

/**
 * Group commit: appends made together share one commit, and each is still judged on its own.
 * Every append below is started without awaiting the previous one, in one turn of the event
 * loop, so they all land in the same batch; `onCommit` shows how they were committed.
 */
describe('SqliteEventStore group commit', () => {
  const dirs: string[] = [];
  const open: SqliteEventStore[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
  });
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function tempFile(name: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'sqlite-group-commit-'));
    dirs.push(dir);
    return join(dir, name);
  }

  function openStore(path = ':memory:', options: ConstructorParameters<typeof SqliteEventStore>[1] = {}): { store: SqliteEventStore; commits: CommitInfo[] } {
    const commits: CommitInfo[] = [];
    const store = new SqliteEventStore(path, { ...options, onCommit: (info) => commits.push(info) });
    open.push(store);
    return { store, commits };
  }

  it('commits appends made together in one transaction: fewer commits than appends', async () => {
    const { store, commits } = openStore(tempFile('many.db'));
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.append(`many-${i}`, newEvents(2), 'no_stream')));
    expect(commits).toEqual([{ writes: 20, events: 40 }]);
  });

  it('a conflicting append fails alone; the others of its batch commit', async () => {
    const { store, commits } = openStore();
    await store.append('race-1', newEvents(1), 'no_stream');
    commits.length = 0;
    const outcomes = await Promise.allSettled([
      store.append('fine-1', newEvents(1), 'no_stream'),
      store.append('race-1', newEvents(1), 'no_stream'),
      store.append('fine-2', newEvents(1), 'no_stream'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ stream: 'race-1', expected: 'no_stream', actual: 0 });
    expect(commits).toEqual([{ writes: 2, events: 2 }]);
    expect(await store.readStream('race-1')).toHaveLength(1);
    expect(await store.readStream('fine-2')).toHaveLength(1);
  });

  it('an unserialisable event undoes only its own append', async () => {
    const { store } = openStore();
    const outcomes = await Promise.allSettled([
      store.append('bad-1', [newEvent('Fine'), newEvent('Broken', { amount: 10n })], 'no_stream'),
      store.append('good-1', newEvents(1), 'no_stream'),
    ]);
    expect((outcomes[0] as PromiseRejectedResult).reason).toBeInstanceOf(TypeError);
    expect(outcomes[1].status).toBe('fulfilled');
    expect(await rejectionOf(store.readStream('bad-1'))).toMatchObject({ name: 'StreamNotFound' });
  });

  it('later appends to one stream in the batch are checked against the earlier ones, as if sequential', async () => {
    const { store, commits } = openStore();
    const [first, second, stale, third] = await Promise.allSettled([
      store.append('seq-1', newEvents(2), 'no_stream'),
      store.append('seq-1', newEvents(1), 1),
      store.append('seq-1', newEvents(1), 'no_stream'),
      store.append('seq-1', newEvents(1), 'stream_exists'),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { nextRevision: 1 } });
    expect(second).toMatchObject({ status: 'fulfilled', value: { nextRevision: 2 } });
    expect((stale as PromiseRejectedResult).reason).toMatchObject({ name: 'ConcurrencyError', expected: 'no_stream', actual: 2 });
    expect(third).toMatchObject({ status: 'fulfilled', value: { nextRevision: 3 } });
    expect(commits).toHaveLength(1);
    const stream = await store.readStream('seq-1');
    expect(stream.map((e) => e.revision)).toEqual([0, 1, 2, 3]);
    expect(verifyChain('seq-1', stream).ok).toBe(true);
  });

  it('a repeat of an append inside the same batch returns the original result and writes once', async () => {
    const { store } = openStore();
    const batch = newEvents(2);
    const [original, repeat] = await Promise.all([store.append('twice-1', batch, 'no_stream'), store.append('twice-1', batch, 'no_stream')]);
    expect(repeat).toEqual(original);
    expect((await store.readStream('twice-1')).map((e) => e.id)).toEqual(batch.map((e) => e.id));
  });

  it('appendAtomically joins a batch as one unit: refused whole, without failing its neighbours', async () => {
    const { store, commits } = openStore();
    await store.append('taken-1', newEvents(1), 'no_stream');
    commits.length = 0;
    const [before, atomic, after] = await Promise.allSettled([
      store.append('next-1', newEvents(1), 'no_stream'),
      store.appendAtomically([
        { stream: 'unit-1', events: newEvents(1), expected: 'no_stream' },
        { stream: 'taken-1', events: newEvents(1), expected: 'no_stream' },
      ]),
      store.append('next-2', newEvents(1), 'no_stream'),
    ]);
    expect([before.status, atomic.status, after.status]).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((atomic as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect(await rejectionOf(store.readStream('unit-1'))).toMatchObject({ name: 'StreamNotFound' });
    expect(commits).toEqual([{ writes: 2, events: 2 }]);
  });

  it('when BEGIN cannot take the write lock, every append of the batch is StoreUnavailable and none is written', async () => {
    const path = tempFile('locked.db');
    const { store } = openStore(path, { busyTimeoutMs: 50 });
    await store.append('locked-0', newEvents(1), 'no_stream');
    const head = await store.headPosition();
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    let errors: unknown[];
    try {
      errors = await Promise.all([1, 2, 3].map((i) => rejectionOf(store.append(`locked-${i}`, newEvents(1), 'no_stream'))));
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    for (const error of errors) expect(error).toBeInstanceOf(StoreUnavailable);
    expect(await store.headPosition()).toBe(head);
    expect((await store.append('locked-1', newEvents(1), 'no_stream')).nextRevision).toBe(0);
  });

  it('answers an append only once its commit is visible to another connection', async () => {
    const path = tempFile('durable.db');
    const { store } = openStore(path);
    const appends = [1, 2, 3].map((i) => store.append(`durable-${i}`, newEvents(1), 'no_stream'));
    const reader = new Database(path, { readonly: true });
    try {
      const count = (): number => (reader.prepare("SELECT COUNT(*) AS n FROM events WHERE stream LIKE 'durable-%'").get() as { n: number }).n;
      const seenAtAnswer = await Promise.all(appends.map((append) => append.then(count)));
      expect(seenAtAnswer).toEqual([3, 3, 3]);
    } finally {
      reader.close();
    }
  });

  it('bounds a batch by appends and by events, so one commit never holds the event loop for long', async () => {
    const { store, commits } = openStore(':memory:', { groupCommit: { maxWrites: 3, maxEvents: 4 } });
    await Promise.all([
      ...Array.from({ length: 7 }, (_, i) => store.append(`bound-${i}`, newEvents(1), 'no_stream')),
      store.append('big-1', newEvents(6), 'no_stream'),
      store.append('after-1', newEvents(2), 'no_stream'),
      store.append('after-2', newEvents(3), 'no_stream'),
    ]);
    expect(commits).toEqual([
      { writes: 3, events: 3 },
      { writes: 3, events: 3 },
      { writes: 1, events: 1 },
      { writes: 1, events: 6 }, // larger than a batch: goes alone
      { writes: 1, events: 2 },
      { writes: 1, events: 3 },
    ]);
  });

  it('close() commits the appends already made before it closes the file', async () => {
    const path = tempFile('closing.db');
    const { store } = openStore(path);
    const pending = store.append('closing-1', newEvents(2), 'no_stream');
    await store.close();
    expect((await pending).nextRevision).toBe(1);
    const reopened = openStore(path).store;
    expect(await reopened.readStream('closing-1')).toHaveLength(2);
  });
});
