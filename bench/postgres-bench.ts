/**
 * What the benches need to run against PostgreSQL: `--store postgres` (`--server <url>` names the
 * server), a private database per run (bench_<random>, dropped at the end, so the shared
 * databases are never written to), the generated history loaded into it, and the plain-SQL
 * baselines on the same server: autocommitted INSERTs of the rows the store writes, and an
 * ordered read paged as the store pages it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { SqliteEventStore, eventIdFor, sealEvents, type NewEvent } from '@app/event-store';
import { PostgresSealedTarget, copyLog } from '@app/event-store/migration';
import type { AppendRate } from './raw-append';
import { percentile } from './stats';

export type BenchStore = 'sqlite' | 'postgres';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** `--store sqlite` (the default) or `--store postgres`. */
export function benchStore(): BenchStore {
  const store = option('store') ?? 'sqlite';
  if (store !== 'sqlite' && store !== 'postgres') throw new Error(`--store ${store}: expected sqlite or postgres`);
  return store;
}

/** The server the private databases are created on (its own `postgres` database is only used to create and drop them). */
export function postgresServer(): string {
  return option('server') ?? process.env.POSTGRES_BENCH_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export const hideCredentials = (url: string): string => url.replace(/\/\/[^@/]*@/, '//***@');

export interface BenchDatabase {
  name: string;
  connectionString: string;
  drop(): Promise<void>;
}

async function onServer(server: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: server, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database `bench_<random>` on `server`; drop() removes it, whatever is still connected to it. */
export async function createBenchDatabase(server: string): Promise<BenchDatabase> {
  const name = `bench_${randomBytes(6).toString('hex')}`;
  await onServer(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { name, connectionString: url.toString(), drop: () => onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * Copies a generated SQLite log into the (empty) PostgreSQL database with the store's own
 * migration path (store:migrate): multi-row INSERTs of 5,000 events per transaction, hash
 * chains and positions as generated.
 */
export async function loadIntoPostgres(sqlitePath: string, connectionString: string): Promise<number> {
  const source = new SqliteEventStore(sqlitePath);
  const target = await PostgresSealedTarget.open(connectionString, 'bench database');
  try {
    const { copied } = await copyLog(source, target, { pageSize: 5000 });
    // Fresh statistics, as a database that has been running a while would have.
    await onServer(connectionString, 'VACUUM ANALYZE events');
    return copied;
  } finally {
    await target.close();
    await source.close();
  }
}

/** One RecommendationIssued event on a new stream: what an IssueRecommendation command appends. */
export function recommendationIssued(i: number): NewEvent {
  const commandId = randomUUID();
  return {
    id: eventIdFor(commandId, 0),
    type: 'RecommendationIssued',
    data: { entityCode: '64.01', kind: 'tindakan_korektif', title: `Bench ${i}`, issuedOn: '2026-01-15', dueOn: '2026-02-27' },
    metadata: { schemaVersion: 1, actor: { id: 'bench', role: 'admin' }, commandId, correlationId: commandId, causationId: commandId, occurredAt: new Date().toISOString() },
  };
}

/** A table shaped like the store's (created once the store has migrated), for the plain INSERTs. */
export const CREATE_PLAIN_TABLE = 'CREATE TABLE raw_events (LIKE events INCLUDING ALL)';
export const PLAIN_INSERT = 'INSERT INTO raw_events (id, stream, category, revision, type, data, metadata) VALUES ($1, $2, $3, $4, $5, $6::json, $7::json)';

/** The row the store writes for recommendationIssued(i), sealed and serialised the same way. */
export function plainRow(i: number): unknown[] {
  const [sealed] = sealEvents([recommendationIssued(i)], null, new Date());
  return [sealed.id, `rawbench-${i}`, 'rawbench', 0, sealed.type, JSON.stringify(sealed.data), JSON.stringify(sealed.metadata)];
}

/** Runs `total` operations on `concurrency` lanes, each awaiting its own before the next: rate and latencies. */
export async function lanes(total: number, concurrency: number, operation: (i: number) => Promise<unknown>): Promise<AppendRate> {
  const latencies: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < total; i = next++) {
        const began = process.hrtime.bigint();
        await operation(i);
        latencies.push(Number(process.hrtime.bigint() - began) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return { rate: total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), commits: total };
}

/**
 * Plain autocommitted INSERTs of `total` event rows, one after another and on `concurrency`
 * connections, into raw_events of a database the store has migrated: what PostgreSQL itself
 * does for the rows the HTTP command path appends, without the store's lock, lookup and chain.
 */
export async function plainInsertRates(connectionString: string, total: number, concurrency: number): Promise<{ sequential: AppendRate; concurrent: AppendRate }> {
  const pool = new Pool({ connectionString, max: concurrency });
  pool.on('error', () => undefined);
  try {
    await pool.query(CREATE_PLAIN_TABLE);
    await lanes(200, concurrency, (i) => pool.query(PLAIN_INSERT, plainRow(10_000_000 + i))); // warm-up: connections, plans
    const sequential = await lanes(total, 1, (i) => pool.query(PLAIN_INSERT, plainRow(i)));
    const concurrent = await lanes(total, concurrency, (i) => pool.query(PLAIN_INSERT, plainRow(total + i)));
    return { sequential, concurrent };
  } finally {
    await pool.end();
  }
}

/**
 * The whole log through plain `SELECT … ORDER BY position` pages of `pageSize`, as the store
 * pages readAll (keyset on position), rows parsed by the driver and dropped: the ordered read's
 * raw baseline on this server.
 */
export async function plainOrderedRead(connectionString: string, pageSize = 500): Promise<{ events: number; seconds: number }> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const started = process.hrtime.bigint();
    let events = 0;
    let after = '0';
    for (;;) {
      const { rows } = await client.query<{ position: string }>(
        'SELECT position, id, stream, revision, type, data, metadata FROM events WHERE position > $1 ORDER BY position LIMIT $2',
        [after, pageSize],
      );
      events += rows.length;
      if (rows.length < pageSize) break;
      after = rows[rows.length - 1].position;
    }
    return { events, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  } finally {
    await client.end();
  }
}
