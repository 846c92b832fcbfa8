/**
 * bench:postgres — the PostgreSQL event store against plain SQL on the same server, in one run:
 * appends one after another and at concurrency 16 (each a new stream, one event), from one store
 * and spread over four stores as four replicas would, against plain autocommitted INSERTs of
 * the same rows into a copy of the table, and an ordered read of the
 * whole log through readAll against one plain `SELECT … ORDER BY position`.
 * Works in a database of its own (events_bench_<random>), dropped at the end.
 *
 *   npm run bench:postgres -- [--appends 2000] [--concurrency 16] [--server postgres://postgres@127.0.0.1:5432/postgres]
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { PostgresEventStore, eventIdFor, sealEvents, type NewEvent } from '@app/event-store';
import { fmt } from './stats';
import { reportSummary, type SummaryRow } from './summary';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

function recommendationIssued(i: number): NewEvent {
  const commandId = randomUUID();
  return {
    id: eventIdFor(commandId, 0),
    type: 'RecommendationIssued',
    data: { entityCode: '64.01', kind: 'tindakan_korektif', title: `Bench ${i}`, issuedOn: '2026-01-15', dueOn: '2026-02-27' },
    metadata: { schemaVersion: 1, actor: { id: 'bench', role: 'admin' }, commandId, correlationId: commandId, causationId: commandId, occurredAt: new Date().toISOString() },
  };
}

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

/** The same row the store writes, sealed and serialised the same way, for the plain INSERT. */
function plainRow(i: number): unknown[] {
  const [sealed] = sealEvents([recommendationIssued(i)], null, new Date());
  return [sealed.id, `rawbench-${i}`, 'rawbench', 0, sealed.type, JSON.stringify(sealed.data), JSON.stringify(sealed.metadata)];
}

async function main(): Promise<void> {
  const appends = Number(arg('appends', '2000'));
  const concurrency = Number(arg('concurrency', '16'));
  const server = arg('server', process.env.POSTGRES_BENCH_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `events_bench_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const store = new PostgresEventStore(url.toString(), { poolSize: concurrency });
  const pool = new Pool({ connectionString: url.toString(), max: concurrency });
  // Dropping the database at the end ends whatever connection is still idle.
  pool.on('error', () => undefined);
  try {
    console.log(`bench:postgres — ${appends} appends of one event each, sequential and at concurrency ${concurrency}, on ${server.replace(/\/\/[^@/]*@/, '//***@')}`);
    await store.ping(); // migrations
    await pool.query('CREATE TABLE raw_events (LIKE events INCLUDING ALL)');
    const insert = 'INSERT INTO raw_events (id, stream, category, revision, type, data, metadata) VALUES ($1, $2, $3, $4, $5, $6::json, $7::json)';
    // Warm-up: connections, plans, caches.
    await rate(200, concurrency, (i) => store.append(`warmbench-${i}`, [recommendationIssued(i)], 'no_stream'));
    await rate(200, concurrency, (i) => pool.query(insert, plainRow(1_000_000 + i)));

    const plainSequential = await rate(appends, 1, (i) => pool.query(insert, plainRow(i)));
    const storeSequential = await rate(appends, 1, (i) => store.append(`seqbench-${i}`, [recommendationIssued(i)], 'no_stream'));
    const plainConcurrent = await rate(appends, concurrency, (i) => pool.query(insert, plainRow(appends + i)));
    const storeConcurrent = await rate(appends, concurrency, (i) => store.append(`conbench-${i}`, [recommendationIssued(i)], 'no_stream'));
    // Replicas: four stores (as four processes would) share the append lock, each batching its own callers.
    const replicas = Array.from({ length: 4 }, () => new PostgresEventStore(url.toString(), { poolSize: 4 }));
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
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
