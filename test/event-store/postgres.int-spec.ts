import {
  ConcurrencyError,
  KNOWN_SCHEMA_VERSION,
  PostgresEventStore,
  SqliteEventStore,
  StoreUnavailable,
  UpcasterRegistry,
  UpcastingEventStore,
  pageQuery,
  createEventStore,
  describeEventStore,
  verifyChain,
  sealEvents,
  ADVISORY_LOCKS,
  type EventStore,
} from '@app/event-store';
import type { Client } from 'pg';
import { describeEventStoreContract, collect, newEvent, newEvents, takeWithin, uniqueCategory, uniqueType, within } from '@app/event-store/contract';
import { createTestDatabase, withConnection, type TestDatabase } from './postgres-database';

async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 1000; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Never came true: ${what}`);
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => new Error('expected a rejection'), (error: unknown) => error);
}

/** A store on a database of its own, dropped with it at teardown. */
async function contractSetup(wrap: (store: PostgresEventStore) => EventStore = (store) => store, options = {}) {
  const database = await createTestDatabase();
  const store = wrap(new PostgresEventStore(database.connectionString, options));
  return {
    store,
    teardown: async () => {
      await store.close();
      await database.drop();
    },
  };
}

describeEventStoreContract('PostgresEventStore on a real PostgreSQL', () => contractSetup());
describeEventStoreContract('PostgresEventStore with 3-event pages', () => contractSetup((store) => store, { pageSize: 3 }));
describeEventStoreContract('UpcastingEventStore over PostgresEventStore', () => contractSetup((store) => new UpcastingEventStore(store, new UpcasterRegistry())));

describe('PostgresEventStore specifics', () => {
  const databases: TestDatabase[] = [];
  const stores: EventStore[] = [];
  async function database(): Promise<TestDatabase> {
    const created = await createTestDatabase();
    databases.push(created);
    return created;
  }
  function openStore(db: TestDatabase, options: ConstructorParameters<typeof PostgresEventStore>[1] = {}): PostgresEventStore {
    const store = new PostgresEventStore(db.connectionString, options);
    stores.push(store);
    return store;
  }
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  afterAll(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await Promise.all(databases.splice(0).map((db) => db.drop()));
  });

  it('stores the hash chain exactly as SQLite does: the same events read back identical from both', async () => {
    const clock = () => new Date('2025-06-01T01:02:03.456Z');
    const postgres = openStore(await database(), { clock });
    const sqlite = new SqliteEventStore(':memory:', { clock });
    stores.push(sqlite);
    const stream = `${uniqueCategory('chain')}-1`;
    const first = [newEvent('ChainOpened', { title: 'Perbaiki standar pelayanan – Kab. Paser ✓ 😀', nested: { list: [1, 'dua', { tiga: [] }] }, ratio: 0.1, big: 1e21 })];
    const second = [newEvent('ChainNoted', { dropped: undefined, kept: null }), newEvent('ChainClosed', { quote: 'a "b" \\ c\u0000' })];
    for (const store of [postgres, sqlite]) {
      await store.append(stream, first, 'no_stream');
      await store.append(stream, second, 0);
    }
    const shape = (events: Awaited<ReturnType<EventStore['readStream']>>) => events.map(({ position: _position, ...rest }) => rest);
    const fromPostgres = await postgres.readStream(stream);
    expect(shape(fromPostgres)).toEqual(shape(await sqlite.readStream(stream)));
    expect(verifyChain(stream, fromPostgres)).toMatchObject({ ok: true, events: 3 });
  });

  it('upcasts through the same UpcastingEventStore wrapper; the chain verifies over the raw read', async () => {
    const raw = openStore(await database());
    const registry = new UpcasterRegistry().register({ type: 'RecommendationIssued', fromVersion: 1, upcast: ({ tenggat, ...rest }) => ({ ...rest, dueOn: tenggat }) });
    const store = new UpcastingEventStore(raw, registry);
    const stream = `${uniqueCategory('upcast')}-1`;
    await store.append(stream, [newEvent('RecommendationIssued', { tenggat: '2025-03-01' })], 'no_stream');
    const [read] = await store.readStream(stream);
    expect(read.data).toEqual({ dueOn: '2025-03-01' });
    expect(read.metadata.schemaVersion).toBe(2);
    expect((await collect(store.readAll({ filter: { streamPrefixes: [stream] } })))[0].data).toEqual({ dueOn: '2025-03-01' });
    expect(verifyChain(stream, await raw.readStream(stream)).ok).toBe(true);
  });

  it('appendAtomically writes several streams in one transaction: a failure in the last append leaves the log unchanged', async () => {
    const store = openStore(await database());
    const c = uniqueCategory('atomic');
    await store.append(`${c}-1`, newEvents(1), 'no_stream');
    const head = await store.headPosition();
    const error = await rejectionOf(
      store.appendAtomically([
        { stream: `${c}-1`, events: newEvents(1), expected: 0 },
        { stream: `${c}-2`, events: [newEvent('AtomicFine'), newEvent('AtomicBroken', { amount: 10n })], expected: 'no_stream' },
      ]),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(await store.headPosition()).toBe(head);
    expect(await store.readStream(`${c}-1`)).toHaveLength(1);
    expect((await store.append(`${c}-1`, newEvents(1), 0)).nextRevision).toBe(1);
  });

  it('two stores (two processes) racing on one stream: one wins, the other gets ConcurrencyError naming the actual revision', async () => {
    const db = await database();
    const [a, b] = [openStore(db), openStore(db)];
    const stream = `${uniqueCategory('race')}-1`;
    await a.append(stream, newEvents(1), 'no_stream');
    const outcomes = await Promise.allSettled([a.append(stream, newEvents(1), 0), b.append(stream, newEvents(1), 0)]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const [lost] = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    expect(lost).toBeInstanceOf(ConcurrencyError);
    expect(lost).toMatchObject({ stream, expected: 0, actual: 1 });
    expect(verifyChain(stream, await b.readStream(stream))).toMatchObject({ ok: true, events: 2 });
  });

  describe('an append decided before another process wrote what it depends on', () => {
    /**
     * The store looks up stream heads and ids before it takes the append lock. Here another
     * process holds the lock while the append waits on it, and writes to the same stream (or
     * the same event id) before letting go: the append must be decided again, not written on
     * the stale lookup.
     */
    async function whileAnotherWrites<T>(db: TestDatabase, append: () => Promise<T>, write: (client: Client) => Promise<unknown>): Promise<T> {
      return withConnection(db, async (other) => {
        await other.query(`BEGIN; SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.append.toString()})`);
        // Its result or its refusal, whichever: held so that a refusal is not left unhandled meanwhile.
        const pending = append().catch((error: unknown) => error);
        await withConnection(db, (probe) =>
          eventually(async () => (await probe.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rowCount === 1, 'the append to wait on the lock'),
        );
        await write(other);
        await other.query('COMMIT');
        return (await pending) as T;
      });
    }
    const insertSealed = (client: Client, stream: string, revision: number, event: ReturnType<typeof sealEvents>[number]) =>
      client.query('INSERT INTO events (id, stream, category, revision, type, data, metadata) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        event.id, stream, stream.split('-')[0], revision, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata),
      ]);

    /** A store on its own database and a stream holding one event, which the other process will extend. */
    const streamOfOneEvent = async () => {
      const db = await database();
      const store = openStore(db);
      const stream = `${uniqueCategory('replanned')}-1`;
      await store.append(stream, newEvents(1), 'no_stream');
      const [first] = await store.readStream(stream);
      return { db, store, stream, first };
    };

    it('takes the next revision after the other write, its hash chained to it', async () => {
      const { db, store, stream, first } = await streamOfOneEvent();
      const result = await whileAnotherWrites<{ nextRevision: number }>(
        db,
        () => store.append(stream, newEvents(1), 'stream_exists'),
        (other) => insertSealed(other, stream, 1, sealEvents(newEvents(1), first.metadata.hash, new Date())[0]),
      );
      expect(result.nextRevision).toBe(2);
      expect(verifyChain(stream, await store.readStream(stream))).toMatchObject({ ok: true, events: 3 });
    });

    it('is refused with ConcurrencyError when it expected the revision the other write moved past', async () => {
      const { db, store, stream, first } = await streamOfOneEvent();
      const error = await whileAnotherWrites(
        db,
        () => store.append(stream, newEvents(1), 0),
        (other) => insertSealed(other, stream, 1, sealEvents(newEvents(1), first.metadata.hash, new Date())[0]),
      );
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ stream, expected: 0, actual: 1 });
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('answers a retry with the original result when the other process stored the same event meanwhile', async () => {
      const db = await database();
      const store = openStore(db);
      const stream = `${uniqueCategory('replanned')}-1`;
      const events = newEvents(1);
      const result = await whileAnotherWrites<{ nextRevision: number; position: bigint }>(
        db,
        () => store.append(stream, events, 'no_stream'),
        (other) => insertSealed(other, stream, 0, sealEvents(events, null, new Date())[0]),
      );
      const stored = await store.readStream(stream);
      expect(stored).toHaveLength(1);
      expect(result).toEqual({ nextRevision: 0, position: stored[0].position });
    });
  });

  it('callers appending at once share a commit, each answered with its own revision and position, a refused one writing nothing', async () => {
    const store = openStore(await database());
    const c = uniqueCategory('group');
    await store.append(`${c}-contested`, newEvents(1), 'no_stream');
    const calls = [
      ...Array.from({ length: 12 }, (_, i) => store.append(`${c}-${i}`, newEvents(2), 'no_stream')),
      ...Array.from({ length: 4 }, () => store.append(`${c}-contested`, newEvents(1), 0)),
    ];
    const outcomes = await Promise.allSettled(calls);
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(refused).toHaveLength(3);
    for (const outcome of refused) expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    const log = await collect(store.readAll({ filter: { streamPrefixes: [`${c}-`] } }));
    expect(log).toHaveLength(1 + 12 * 2 + 1);
    for (const outcome of outcomes) {
      if (outcome.status !== 'fulfilled') continue;
      const last = log.find((event) => event.position === outcome.value.position);
      expect(last?.revision).toBe(outcome.value.nextRevision);
    }
  });

  it('a subscription is woken by an append from another process through LISTEN/NOTIFY, not by polling', async () => {
    const db = await database();
    const writer = openStore(db);
    const reader = openStore(db, { pollIntervalMs: 600_000 });
    const c = uniqueCategory('notify');
    const subscription = reader.subscribe({ fromPosition: await reader.headPosition(), filter: { streamPrefixes: [`${c}-`] } });
    try {
      const events = subscription[Symbol.asyncIterator]();
      // Far below the ten-minute poll: only the notification can deliver it in time.
      const pending = within(events.next(), 15_000, 'a notified subscriber');
      await new Promise((resolve) => setTimeout(resolve, 50)); // let it go idle first (the outcome holds either way)
      await writer.append(`${c}-1`, newEvents(1), 'no_stream');
      expect((await pending).value?.stream).toBe(`${c}-1`);
      await writer.append(`${c}-1`, newEvents(2), 0);
      expect((await takeWithin(events, 2, 15_000)).map((e) => e.revision)).toEqual([1, 2]);
    } finally {
      await subscription.close();
    }
  });

  it('listens again after its LISTEN connection is lost, so subscriptions are still woken', async () => {
    const db = await database();
    const writer = openStore(db);
    const reader = openStore(db, { pollIntervalMs: 600_000 });
    const c = uniqueCategory('relisten');
    const subscription = reader.subscribe({ fromPosition: await reader.headPosition(), filter: { streamPrefixes: [`${c}-`] } });
    const listeners = (client: Client) =>
      client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
    try {
      const events = subscription[Symbol.asyncIterator]();
      const first = within(events.next(), 15_000, 'the first event');
      await withConnection(db, async (admin) => {
        await eventually(async () => (await listeners(admin)).rowCount === 1, 'the subscription to listen');
        const [{ pid }] = (await listeners(admin)).rows;
        await admin.query('SELECT pg_terminate_backend($1)', [pid]);
        await eventually(async () => (await listeners(admin)).rows.some((row) => row.pid !== pid), 'a new LISTEN connection');
      });
      await writer.append(`${c}-1`, newEvents(1), 'no_stream');
      expect((await first).value?.stream).toBe(`${c}-1`);
    } finally {
      await subscription.close();
    }
  });

  it('EVENTSTORE_CONNECTION_STRING=postgres://… or postgresql://… selects this adapter, described without the password', async () => {
    const db = await database();
    const withPassword = db.connectionString.replace('postgres@', 'postgres:secret@');
    for (const connectionString of [withPassword, withPassword.replace(/^postgres:/, 'postgresql:')]) {
      const settings = { connectionString, sqlitePath: '/nonexistent/events.db' };
      const store = createEventStore(settings);
      stores.push(store);
      expect(store).toBeInstanceOf(PostgresEventStore);
      await store.ping();
      expect(describeEventStore(settings)).toMatch(/^PostgreSQL at postgres(ql)?:\/\/\*\*\*@127\.0\.0\.1/);
      expect(describeEventStore(settings)).not.toMatch(/secret/);
    }
  });

  // 4,000 events are written first: on a machine shared with other work that alone can pass jest's 5 s default.
  it('a filtered read by category or by event type walks an index, not the log', async () => {
    const db = await database();
    const store = openStore(db);
    const type = uniqueType('Indexed');
    const categories = Array.from({ length: 40 }, (_, i) => uniqueCategory(`idx${i}`));
    for (let round = 0; round < 5; round++) {
      await store.appendAtomically(
        categories.map((c, i) => ({
          stream: `${c}-${round}`,
          events: newEvents(20, i === 0 && round === 0 ? type : `IndexedNoise${i % 10}`),
          expected: 'no_stream' as const,
        })),
      );
    }
    const plans = await withConnection(db, async (client) => {
      await client.query('ANALYZE events');
      const explain = async (query: { text: string; values: unknown[] }) =>
        JSON.stringify((await client.query({ text: `EXPLAIN (FORMAT JSON) ${query.text}`, values: query.values })).rows[0]);
      return {
        category: await explain(pageQuery(0n, { streamPrefixes: [`${categories[3]}-`] }, 500)),
        stream: await explain(pageQuery(0n, { streamPrefixes: [`${categories[3]}-2`] }, 500)),
        type: await explain(pageQuery(0n, { eventTypes: [type] }, 500)),
      };
    });
    expect(plans.category).toMatch(/"Index Name":"events_by_category"/);
    expect(plans.stream).toMatch(/"Index Name":"events_by_category"/);
    expect(plans.type).toMatch(/"Index Name":"events_by_type"/);
    for (const plan of Object.values(plans)) expect(plan).not.toMatch(/Seq Scan/);
    expect(await collect(store.readAll({ filter: { streamPrefixes: [`${categories[3]}-2`] } }))).toHaveLength(20);
    expect(await collect(store.readAll({ filter: { eventTypes: [type] } }))).toHaveLength(20);
  }, 30_000);

  describe('migrations', () => {
    const versions = (db: TestDatabase) =>
      withConnection(db, async (client) => (await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((row) => row.version));
    /** Every version up to the newest this release knows, each recorded once. */
    const known = Array.from({ length: KNOWN_SCHEMA_VERSION }, (_, i) => i + 1);

    it('run once on start, recorded by version, even when two processes start at once', async () => {
      const db = await database();
      const [a, b] = [openStore(db), openStore(db)];
      await Promise.all([a.ping(), b.ping()]);
      expect(await versions(db)).toEqual(known);
      const stream = `${uniqueCategory('migrated')}-1`;
      await a.append(stream, newEvents(1), 'no_stream');
      // A later start on a migrated database changes nothing and reads what is there.
      const later = openStore(db);
      expect(await later.readStream(stream)).toHaveLength(1);
      expect(await versions(db)).toEqual(known);
    });

    it('refuse a database migrated by a newer release: StoreUnavailable saying so, and nothing changed', async () => {
      const db = await database();
      const stream = `${uniqueCategory('newer')}-1`;
      const first = openStore(db);
      await first.append(stream, newEvents(1), 'no_stream');
      await withConnection(db, (client) => client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [KNOWN_SCHEMA_VERSION + 1]));
      const older = openStore(db);
      for (const attempt of [older.ping(), older.append(stream, newEvents(1), 0), older.readStream(stream)]) {
        const error = await rejectionOf(attempt);
        expect(error).toBeInstanceOf(StoreUnavailable);
        expect((error as Error).message).toMatch(new RegExp(`schema is at version ${KNOWN_SCHEMA_VERSION + 1}, newer than version ${KNOWN_SCHEMA_VERSION}`));
      }
      expect(await versions(db)).toEqual([...known, KNOWN_SCHEMA_VERSION + 1]);
      expect(await withConnection(db, async (client) => (await client.query('SELECT id FROM events')).rowCount)).toBe(1);
    });
  });

  describe('StoreUnavailable', () => {
    const everyCall = (store: EventStore) =>
      [
        store.append(`${uniqueCategory('down')}-1`, newEvents(1), 'no_stream'),
        store.readStream('down-1'),
        collect(store.readAll()),
        store.subscribe()[Symbol.asyncIterator]().next(),
        store.headPosition(),
        store.ping(),
      ].map(rejectionOf);

    it('when no server answers, for every call', async () => {
      const store = new PostgresEventStore('postgres://postgres@127.0.0.1:1/events', { connectTimeoutMs: 2000 });
      stores.push(store);
      for (const error of await Promise.all(everyCall(store))) {
        expect(error).toBeInstanceOf(StoreUnavailable);
        expect((error as Error).message).toMatch(/PostgreSQL event store cannot/);
      }
    });

    it('when the database does not exist', async () => {
      const db = await database();
      const store = openStore({ ...db, connectionString: db.connectionString.replace(db.name, `${db.name}_missing`) });
      const error = await rejectionOf(store.ping());
      expect(error).toBeInstanceOf(StoreUnavailable);
      expect((error as Error).message).toMatch(/does not exist/);
    });

    it('after close(), which also ends open subscriptions', async () => {
      const store = openStore(await database());
      await store.append(`${uniqueCategory('closed')}-1`, newEvents(1), 'no_stream');
      const subscription = store.subscribe();
      const events = subscription[Symbol.asyncIterator]();
      await takeWithin(events, 1, 5000);
      const pending = events.next();
      await store.close();
      expect((await within(pending, 5000, 'the subscription to end')).done).toBe(true);
      for (const error of await Promise.all(everyCall(store))) expect(error).toBeInstanceOf(StoreUnavailable);
    });
  });
});
