/**
 * bench:postgres — the PostgreSQL event store against plain SQL on the same server, in one run:
 * appends one after another and at concurrency 16 (each a new stream, one event), from one store
 * and spread over four stores as four replicas would, against plain autocommitted INSERTs of
 * the same rows into a copy of the table, and an ordered read of the
 * whole log through readAll against one plain `SELECT … ORDER BY position`.
 * Works in a database of its own (bench_<random>), dropped at the end.
 *
 *   npm run bench:postgres -- [--appends 2000] [--concurrency 16] [--server postgres://postgres@127.0.0.1:5432/postgres]
 */
import { Pool } from 'pg';
import { PostgresEventStore } from '@app/event-store';
import { CREATE_PLAIN_TABLE, PLAIN_INSERT, createBenchDatabase, hideCredentials, plainRow, recommendationIssued } from './postgres-bench';
import { fmt } from './stats';
import { reportSummary, type SummaryRow } from './summary';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** Runs `total` operations on `concurrency` lanes; operations per second. */
async function rate(total: number, concurrency: number, operation: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < total; i = next++) await operation(i);
    }),
  );
  return total / (Number(process.hrtime.bigint() - started) / 1e9);
}

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function main(): Promise<void> {
  const appends = Number(arg('appends', '2000'));
  const concurrency = Number(arg('concurrency', '16'));
  const server = arg('server', process.env.POSTGRES_BENCH_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const database = await createBenchDatabase(server);
  const store = new PostgresEventStore(database.connectionString, { poolSize: concurrency });
  const pool = new Pool({ connectionString: database.connectionString, max: concurrency });
  // Dropping the database at the end ends whatever connection is still idle.
  pool.on('error', () => undefined);
  try {
    console.log(`bench:postgres — ${appends} appends of one event each, sequential and at concurrency ${concurrency}, on ${hideCredentials(server)}`);
    await store.ping(); // migrations
    await pool.query(CREATE_PLAIN_TABLE);
    const insert = PLAIN_INSERT;
    // Warm-up: connections, plans, caches.
    await rate(200, concurrency, (i) => store.append(`warmbench-${i}`, [recommendationIssued(i)], 'no_stream'));
    await rate(200, concurrency, (i) => pool.query(insert, plainRow(1_000_000 + i)));

    const plainSequential = await rate(appends, 1, (i) => pool.query(insert, plainRow(i)));
    const storeSequential = await rate(appends, 1, (i) => store.append(`seqbench-${i}`, [recommendationIssued(i)], 'no_stream'));
    const plainConcurrent = await rate(appends, concurrency, (i) => pool.query(insert, plainRow(appends + i)));
    const storeConcurrent = await rate(appends, concurrency, (i) => store.append(`conbench-${i}`, [recommendationIssued(i)], 'no_stream'));
    // Replicas: four stores (as four processes would) share the append lock, each batching its own callers.
    const replicas = Array.from({ length: 4 }, () => new PostgresEventStore(database.connectionString, { poolSize: 4 }));
    let storeReplicas: number;
    try {
      await Promise.all(replicas.map((replica) => replica.ping()));
      storeReplicas = await rate(appends, concurrency, (i) => replicas[i % 4].append(`repbench-${i}`, [recommendationIssued(i)], 'no_stream'));
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }

    const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM events');
    const logSize = Number(rows[0].count);
    const plainRead = await seconds(() => pool.query('SELECT position, id, stream, revision, type, data, metadata FROM events ORDER BY position'));
    const storeRead = await seconds(async () => {
      let read = 0;
      for await (const _event of store.readAll()) read++;
      if (read !== logSize) throw new Error(`readAll read ${read} of ${logSize} events`);
    });

    const figures = [
      ['append, sequential', storeSequential, plainSequential, 'appends/s', 'plain INSERT, sequential'],
      [`append, concurrency ${concurrency}`, storeConcurrent, plainConcurrent, 'appends/s', `plain INSERT, concurrency ${concurrency}`],
      [`append, 4 stores, concurrency ${concurrency}`, storeReplicas, plainConcurrent, 'appends/s', `plain INSERT, concurrency ${concurrency}`],
      [`ordered read of ${logSize} events`, logSize / storeRead, logSize / plainRead, 'events/s', 'plain SELECT … ORDER BY position'],
    ] as const;
    for (const [figure, value, baseline, unit, label] of figures) {
      console.log(`  ${figure.padEnd(34)} ${fmt(value, 0).padStart(10)} ${unit}   ${label}: ${fmt(baseline, 0)}   ratio ${fmt(value / baseline, 2)}`);
    }
    const rows_: SummaryRow[] = figures.map(([figure, value, baseline, unit, label]) => ({
      figure: `PostgreSQL store: ${figure}`,
      value,
      unit,
      baseline: { label, value: baseline, unit },
      ratio: value / baseline,
    }));
    reportSummary('postgres', rows_);
  } finally {
    await store.close();
    await pool.end();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
