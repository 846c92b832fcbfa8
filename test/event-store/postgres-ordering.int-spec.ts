import { ADVISORY_LOCKS, PostgresEventStore, type AppendResult, type RecordedEvent, type Subscription } from '@app/event-store';
import { collect, newEvents, uniqueCategory } from '@app/event-store/contract';
import { createTestDatabase, withConnection, type TestDatabase } from './postgres-database';

/**
 * The sequence-gap problem: positions are drawn when rows are inserted, transactions commit in
 * any order. A subscriber that has read position 11 must never later find 10 committed.
 */
describe('PostgresEventStore global order under concurrent writers', () => {
  let database: TestDatabase;
  const stores: PostgresEventStore[] = [];
  const openStore = (options: ConstructorParameters<typeof PostgresEventStore>[1] = {}): PostgresEventStore => {
    const store = new PostgresEventStore(database.connectionString, options);
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await database?.drop();
  });

  async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
    for (let attempt = 0; attempt < 1000; attempt++) {
      if (await condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`Never came true: ${what}`);
  }

  it('an append waits behind a transaction that drew a lower position and has not committed, then takes a higher one', async () => {
    const store = openStore();
    await store.ping();
    await withConnection(database, async (slow) => {
      await slow.query(`BEGIN; SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.append.toString()})`);
      const held = await slow.query<{ position: string }>(
        "INSERT INTO events (id, stream, category, revision, type, data, metadata) VALUES ('slow-writer-event', 'slow-1', 'slow', 0, 'SlowWritten', '{}', '{}') RETURNING position",
      );
      let settled = false;
      const pending = store.append(`${uniqueCategory('later')}-1`, newEvents(1), 'no_stream').finally(() => (settled = true));
      await withConnection(database, (probe) =>
        eventually(
          async () => (await probe.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rowCount === 1,
          'the later append to queue on the append lock',
        ),
      );
      expect(settled).toBe(false);
      await slow.query('COMMIT');
      const result: AppendResult = await pending;
      expect(result.position).toBeGreaterThan(BigInt(held.rows[0].position));
    });
  });

  it('many writers in several processes while subscriptions catch up and follow: each sees every event once, in order, as the final log', async () => {
    const writers = Array.from({ length: 4 }, () => openStore({ poolSize: 4 }));
    // Only notifications wake these subscribers: a poll could not paper over a missed wake-up.
    const reader = openStore({ pollIntervalMs: 600_000 });
    const category = uniqueCategory('ordered');
    const from = await reader.headPosition();
    const filter = { streamPrefixes: [`${category}-`] };
    const early = reader.subscribe({ fromPosition: from, filter });

    let written = 0;
    const loop = async (writer: PostgresEventStore, name: string): Promise<void> => {
      const [a, b] = [`${category}-${name}a`, `${category}-${name}b`];
      for (let i = 0; i < 15; i++) {
        if (i % 3 === 2) {
          await writer.appendAtomically([
            { stream: a, events: newEvents(2), expected: 'stream_exists' },
            { stream: b, events: newEvents(1), expected: i === 2 ? 'no_stream' : 'stream_exists' },
          ]);
          written += 3;
        } else {
          await writer.append(a, newEvents(1), i === 0 ? 'no_stream' : 'stream_exists');
          written += 1;
        }
      }
    };
    // A writer whose commits are slow: it draws a position, then holds its transaction open
    // while the others carry on. Were their later positions to commit before its earlier one,
    // a subscriber would pass it by.
    const slowWriter = async (): Promise<void> =>
      withConnection(database, async (client) => {
        for (let revision = 0; revision < 10; revision++) {
          await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.append.toString()})`);
          await client.query(
            "INSERT INTO events (id, stream, category, revision, type, data, metadata) VALUES ($1, $2, $3, $4, 'SlowWritten', '{}', '{}')",
            [`${category}-slow-${revision}`, `${category}-slow`, category, revision],
          );
          await new Promise((resolve) => setTimeout(resolve, 30));
          await client.query(`NOTIFY event_store_appended; COMMIT`);
          written += 1;
        }
      });
    const writing = Promise.all([slowWriter(), ...writers.flatMap((writer, w) => Array.from({ length: 4 }, (_, l) => loop(writer, `w${w}l${l}`)))]);

    const seenEarly = drain(early);
    // A second subscriber starts mid-stream, catching up while the writers carry on.
    await eventually(async () => written >= 40, 'some appends to land');
    const late = reader.subscribe({ fromPosition: from, filter });
    const seenLate = drain(late);

    await writing;
    const log = await collect(reader.readAll({ fromPosition: from, filter }));
    expect(log).toHaveLength(written);
    expect(new Set(log.map((event) => event.id)).size).toBe(written);
    for (const seen of [seenEarly, seenLate]) {
      const events = await seen.through(log[log.length - 1].position);
      const positions = events.map((event) => event.position);
      expect(positions.every((position, i) => i === 0 || position > positions[i - 1])).toBe(true);
      expect(events.map((event) => event.id)).toEqual(log.map((event) => event.id));
    }
    await Promise.all([early.close(), late.close()]);
  }, 120_000);
});

/**
 * Reads a subscription from now on, as the events come. `through(position)` waits until the
 * event at `position` arrived and answers all seen so far: a skipped event shows as a
 * difference, not as a wait.
 */
function drain(subscription: Subscription): { through(position: bigint): Promise<RecordedEvent[]> } {
  const seen: RecordedEvent[] = [];
  let failure: unknown;
  void (async () => {
    for await (const event of subscription) seen.push(event);
  })().catch((error: unknown) => (failure = error));
  return {
    through: async (position) => {
      for (let waited = 0; !seen.some((event) => event.position >= position); waited += 10) {
        if (failure !== undefined) throw failure;
        if (waited > 60_000) throw new Error(`Subscription never reached position ${position}, after ${seen.length} events`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return [...seen];
    },
  };
}
