/**
 * bench:append — commands per second and p50/p99 latency through the whole HTTP command path
 * (Fastify → auth → validation → CommandBus → load + decide → SQLite append), next to the raw
 * SQLite adapter's append rate (sequential, and at the same concurrency) measured in the same
 * run; then the same load on a store already holding `--stored` events, whose latency must
 * match the one with 10,000 stored.
 *
 *   npm run bench:append -- [--commands 3000] [--concurrency 16] [--stored 1000000] [--profile <file.cpuprofile>]
 *                           [--store postgres [--server postgres://postgres@127.0.0.1:5432/postgres]]
 *
 * --store postgres runs the same API on the PostgreSQL adapter, as EVENTSTORE_CONNECTION_STRING
 * selects it, each history in a private database (bench_<random>, dropped at the end); the
 * baselines are then plain autocommitted INSERTs of the same rows on the same server
 * (bench/postgres-bench.ts). `--stored` defaults to 200,000 there: loading a million events
 * into PostgreSQL takes minutes on a loaded machine and tells the same story.
 *
 * --profile writes a V8 CPU profile (as `node --cpu-prof` would) of the server's thread during
 * the measured load on the 10,000-event store, without start-up and compilation in it.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createEventStore, isPostgresConnectionString } from '@app/event-store';
import { LocalTokenMinter } from '@app/platform/auth';
import { createApiApp } from '../apps/api/src/bootstrap';
import type { Generated } from './projections-generate';
import { rawConcurrentAppendRate, rawSequentialAppendRate, type AppendRate } from './raw-append';
import { benchStore, createBenchDatabase, hideCredentials, loadIntoPostgres, plainInsertRates, postgresServer, type BenchDatabase } from './postgres-bench';
import { fmt, percentile } from './stats';
import { reportSummary, type SummaryRow } from './summary';

interface LoadResult {
  latencies: number[];
  seconds: number;
}

interface PathFigures {
  rate: number;
  p50: number;
  p99: number;
}

/** The store the small figures are taken on; `--stored` is compared with it. */
const SMALL_STORE = 10_000;
const P99_TARGET_MS = 25;
const SAME_LATENCY = 1.1;

/** Fires IssueRecommendation commands from a worker thread (bench/http-load.worker.js). */
function load(workerData: { url: string; token: string; total: number; concurrency: number; offset: number }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'http-load.worker.js'), { workerData });
    worker.once('message', (m: LoadResult & { error?: string }) => (m.error ? reject(new Error(m.error)) : resolve(m)));
    worker.once('error', reject);
  });
}

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** A realistic history of `events` (providers, recommendations, follow-ups …), written by a child process in bulk. */
function prefill(path: string, events: number): Promise<Generated> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'projections-generate.ts'), [path, String(events)], {
      execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let result: Generated | undefined;
    child.on('message', (message: Generated) => (result = message));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`generator exited with ${code}`))));
  });
}

/** The V8 sampling profiler on this thread (the server's), around `work` only. */
async function profiled<T>(file: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!file) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}

/**
 * The API as production runs it, on the event file or PostgreSQL database at `log` (chosen by
 * the connection string, as EVENTSTORE_CONNECTION_STRING chooses it), under `commands`
 * IssueRecommendation requests.
 */
async function commandPath(dir: string, log: string, commands: number, concurrency: number, profile?: string): Promise<PathFigures> {
  process.env.DATA_DIR = dir;
  const store = createEventStore({ connectionString: isPostgresConnectionString(log) ? log : undefined, sqlitePath: log });
  // The command path alone (RUN_WORKERS=false): projections and deadline workers run elsewhere.
  const app = await createApiApp({ eventStore: store, logger: false, runWorkers: false });
  try {
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    const token = await app.get(LocalTokenMinter).mint({ sub: 'bench-admin', role: 'admin' });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    // A prefilled history may already hold the province and the regency: 409 is as good as 201 then.
    const ensure = async (url: string, body: unknown): Promise<void> => {
      const res = await fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (res.status >= 300 && res.status !== 409) throw new Error(`${url} → ${res.status}: ${await res.text()}`);
    };
    await ensure('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' });
    await ensure('/v1/entities', { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', parentCode: '64', timezone: 'WITA' });
    await ensure('/v1/entities/64.01/units', { unitId: 'dpmptsp', name: 'DPMPTSP' });

    await load({ url: base, token, total: 300, concurrency, offset: 1_000_000 }); // warm-up: JIT, sockets, SQLite cache
    const { latencies, seconds } = await profiled(profile, () => load({ url: base, token, total: commands, concurrency, offset: 0 }));
    latencies.sort((a, b) => a - b);
    return { rate: commands / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  } finally {
    await app.close();
    await store.close();
  }
}

/**
 * One measurement of the command path in a fresh process, as production runs the API: a second
 * application in the same process would inherit the first one's heap and warm state.
 */
function commandPathInChild(dir: string, log: string, profile?: string): Promise<PathFigures> {
  const passOn = ['--commands', String(arg('commands', 3000)), '--concurrency', String(arg('concurrency', 16))];
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--measure', dir, log, ...passOn, ...(profile ? ['--profile', profile] : [])], {
      execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    });
    let result: PathFigures | undefined;
    child.on('message', (message: PathFigures) => (result = message));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`command path measurement exited with ${code}`))));
  });
}

async function measureInThisProcess(): Promise<void> {
  const i = process.argv.indexOf('--measure');
  const figures = await commandPath(process.argv[i + 1], process.argv[i + 2], arg('commands', 3000), arg('concurrency', 16), option('profile'));
  process.send?.(figures);
}

async function main(): Promise<void> {
  const store = benchStore();
  const postgres = store === 'postgres';
  const commands = arg('commands', 3000);
  const concurrency = arg('concurrency', 16);
  const stored = arg('stored', postgres ? 200_000 : 1_000_000);
  const profile = option('profile');
  const dir = mkdtempSync(join(tmpdir(), 'bench-append-'));
  const databases: BenchDatabase[] = [];
  try {
    const on = postgres ? `PostgreSQL at ${hideCredentials(postgresServer())}` : 'SQLite';
    console.log(`bench:append — ${commands} IssueRecommendation commands over HTTP, concurrency ${concurrency}, on ${on}`);
    // Both histories first, so that writing them competes with no measurement.
    const small = join(dir, 'small', 'events.db');
    const large = join(dir, 'large', 'events.db');
    const logs: string[] = [];
    for (const [path, events] of [[small, SMALL_STORE], [large, stored]] as const) {
      const g = await prefill(path, events);
      console.log(`  prefilled ${fmt(g.events, 0)} events in ${fmt(g.seconds)} s`);
      if (!postgres) logs.push(path);
      else {
        const database = await createBenchDatabase(postgresServer());
        databases.push(database);
        const started = process.hrtime.bigint();
        const copied = await loadIntoPostgres(path, database.connectionString);
        console.log(`  loaded them into PostgreSQL database ${database.name} in ${fmt(Number(process.hrtime.bigint() - started) / 1e9)} s (${fmt(copied, 0)} events)`);
        logs.push(database.connectionString);
      }
    }

    let sequential: AppendRate;
    let concurrent: AppendRate;
    if (postgres) {
      // The plain INSERTs' table sits beside the store's in a database of its own, migrated by the store.
      const raw = await createBenchDatabase(postgresServer());
      databases.push(raw);
      const migrated = createEventStore({ connectionString: raw.connectionString, sqlitePath: '' });
      await migrated.ping();
      await migrated.close();
      ({ sequential, concurrent } = await plainInsertRates(raw.connectionString, commands, concurrency));
    } else {
      sequential = await rawSequentialAppendRate(join(dir, 'raw-sequential.db'), commands);
      concurrent = await rawConcurrentAppendRate(join(dir, 'raw-concurrent.db'), commands, concurrency);
    }
    const atSmall = await commandPathInChild(join(dir, 'small'), logs[0], profile);
    const atLarge = await commandPathInChild(join(dir, 'large'), logs[1]);

    const line = (label: string, f: PathFigures) =>
      `  ${label}: ${fmt(f.rate)} commands/s   p50 ${fmt(f.p50, 2)} ms   p99 ${fmt(f.p99, 2)} ms`;
    console.log(line(`HTTP, ${fmt(SMALL_STORE, 0)} stored`.padEnd(22), atSmall));
    console.log(line(`HTTP, ${fmt(stored, 0)} stored`.padEnd(22), atLarge));
    const raw = postgres ? 'plain INSERT' : 'raw append';
    console.log(`  ${raw}, sequential: ${fmt(sequential.rate)} appends/s   p99 ${fmt(sequential.p99, 2)} ms   ${sequential.commits} commits`);
    console.log(`  ${raw}, c${String(concurrency).padEnd(9)}: ${fmt(concurrent.rate)} appends/s   p99 ${fmt(concurrent.p99, 2)} ms   ${concurrent.commits} commits`);
    const vsConcurrent = atSmall.rate / concurrent.rate;
    const vsSequential = atSmall.rate / sequential.rate;
    const latencyGrowth = atLarge.p50 / atSmall.p50;
    console.log(`  ratios: ${fmt(vsConcurrent, 3)} of the raw c${concurrency} rate, ${fmt(vsSequential, 3)} of the raw sequential rate; p50 with ${fmt(stored, 0)} stored ${fmt(latencyGrowth, 3)}× the one with ${fmt(SMALL_STORE, 0)}`);
    if (profile) console.log(`  CPU profile of the server during the measured load: ${profile}`);

    // SQLite's rows keep their names (comparable with earlier runs); PostgreSQL's say so.
    const http = `${postgres ? 'PostgreSQL: ' : ''}HTTP command path, c${concurrency}`;
    const baseline = postgres ? 'plain PostgreSQL INSERT' : 'raw SQLite append';
    const rows: SummaryRow[] = [
      {
        figure: http,
        value: atSmall.rate,
        unit: 'commands/s',
        baseline: { label: `${baseline}, c${concurrency}`, value: concurrent.rate, unit: 'appends/s' },
        ratio: vsConcurrent,
        target: '≥ 0.5',
        met: vsConcurrent >= 0.5,
      },
      {
        figure: `${http} vs sequential appends`,
        value: atSmall.rate,
        unit: 'commands/s',
        baseline: { label: `${baseline}, sequential`, value: sequential.rate, unit: 'appends/s' },
        ratio: vsSequential,
        target: '≥ 1.0',
        met: vsSequential >= 1,
      },
      { figure: `${http} p99`, value: atSmall.p99, unit: 'ms', target: `p99 ≤ ${P99_TARGET_MS} ms`, met: atSmall.p99 <= P99_TARGET_MS },
      {
        figure: `${postgres ? 'PostgreSQL: ' : ''}command p50 with ${fmt(stored, 0)} events stored`,
        value: atLarge.p50,
        unit: 'ms',
        baseline: { label: `p50 with ${fmt(SMALL_STORE, 0)} stored`, value: atSmall.p50, unit: 'ms' },
        ratio: latencyGrowth,
        target: `≤ ${SAME_LATENCY} (same within 10 %)`,
        met: latencyGrowth <= SAME_LATENCY,
      },
    ];
    reportSummary(postgres ? 'append-postgres' : 'append', rows);
  } finally {
    for (const database of databases) await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

(process.argv.includes('--measure') ? measureInThisProcess() : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
