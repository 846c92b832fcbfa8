import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server every run uses; each run works in databases of its own, never in `postgres`. */
export const POSTGRES_SERVER_URL = process.env.POSTGRES_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  connectionString: string;
  name: string;
  drop(): Promise<void>;
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: POSTGRES_SERVER_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    // These tests never skip: a missing server is a broken test environment, said plainly.
    throw new Error(`PostgreSQL tests need a server at ${POSTGRES_SERVER_URL} (set POSTGRES_TEST_URL to use another): ${(error as Error).message}`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database named `events_test_<random>`; drop() removes it, open connections and all. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `events_test_${randomBytes(6).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_SERVER_URL);
  url.pathname = `/${name}`;
  return {
    name,
    connectionString: url.toString(),
    drop: () => onServer(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

/** Runs `work` with a plain connection to `database`, for what the store's API does not show. */
export async function withConnection<T>(database: TestDatabase, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: database.connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
