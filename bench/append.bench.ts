/**
 * bench:append — commands per second and p50/p99 latency through the whole HTTP command path
 * (Fastify → auth → validation → CommandBus → load + decide → SQLite append), next to the raw
 * SQLite adapter's append rate (sequential, and at the same concurrency) measured in the same
 * run; then the same load on a store already holding `--stored` events, whose latency must
 * match the one with 10,000 stored.
 *
 *   npm run bench:append -- [--commands 3000] [--concurrency 16] [--stored 1000000] [--rounds 3] [--profile <file.cpuprofile>]
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
 *
 * Each round also drives the same client against an empty POST route on NestJS over Fastify
 * (bench/http-floor-server.js): the HTTP floor, the rate no command can exceed on the machine
 * at hand. Its ratio to the raw rates shows which of the targets HTTP alone leaves in reach.
 *
 * The server is the compiled API (dist/, built first if the sources changed, as `npm start`
 * does), each measurement in a fresh process (bench/append-server.js). Each of `--rounds`
 * rounds measures the baselines and both stores back to back; the figures are their medians, and
 * each ratio the median of the rounds' own ratios.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from '@app/event-store';
import { buildIfChanged } from './compiled-build';
import type { Generated } from './projections-generate';
import { rawConcurrentAppendRate, rawSequentialAppendRate, type AppendRate } from './raw-append';
import { benchStore, createBenchDatabase, hideCredentials, loadIntoPostgres, plainInsertRates, postgresServer, type BenchDatabase } from './postgres-bench';
import { fmt, median, percentile } from './stats';
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

/** One round: the baselines and the command path on both stores, measured back to back. */
interface Round {
  sequential: AppendRate;
  concurrent: AppendRate;
  atSmall: PathFigures;
  atLarge: PathFigures;
  /** The same load against an empty route on the API's HTTP stack: what HTTP alone allows. */
  floor: PathFigures;
}

/** The store the small figures are taken on; `--stored` is compared with it. */
const SMALL_STORE = 10_000;
const P99_TARGET_MS = 25;
const SAME_LATENCY = 1.1;

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

/** Figures of one load (bench/http-load.js) a child sent back. */
function figuresOf({ latencies, seconds }: LoadResult, requests: number): PathFigures {
  latencies.sort((a, b) => a - b);
  return { rate: requests / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Runs a bench server child (plain JS, no ts-node) and resolves with the figures of its measured load. */
function measuredInChild(script: string, args: string[], requests: number): Promise<PathFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, script), args, { execArgv: [] });
    let result: PathFigures | undefined;
    child.on('message', (load: LoadResult) => (result = figuresOf(load, requests)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`${script} exited with ${code}`))));
  });
}

/**
 * One measurement of the command path in a fresh process running the compiled API, as
 * `npm start` runs it (bench/append-server.js): a second application in the same process would
 * inherit the first one's heap and warm state, and ts-node's compiler would weigh on its heap.
 */
function commandPathInChild(dir: string, log: string, profile?: string): Promise<PathFigures> {
  const commands = arg('commands', 3000);
  return measuredInChild('append-server.js', [dir, log, String(commands), String(arg('concurrency', 16)), ...(profile ? [profile] : [])], commands);
}

/**
 * The same requests against an empty route on NestJS over Fastify (bench/http-floor-server.js):
 * the rate no command can exceed on this machine with this client, whatever the command does.
 */
function httpFloorInChild(): Promise<PathFigures> {
  const requests = arg('commands', 3000);
  return measuredInChild('http-floor-server.js', [String(requests), String(arg('concurrency', 16))], requests);
}

async function main(): Promise<void> {
  const store = benchStore();
  const postgres = store === 'postgres';
  const commands = arg('commands', 3000);
  const concurrency = arg('concurrency', 16);
  const stored = arg('stored', postgres ? 200_000 : 1_000_000);
  const profile = option('profile');
  const rounds = Math.max(1, arg('rounds', 3));
  // The measured server runs from dist/: build it now if the sources changed since the last build.
  buildIfChanged();
  const dir = mkdtempSync(join(tmpdir(), 'bench-append-'));
  const databases: BenchDatabase[] = [];
  try {
    const on = postgres ? `PostgreSQL at ${hideCredentials(postgresServer())}` : 'SQLite';
    console.log(`bench:append — ${commands} IssueRecommendation commands over HTTP, concurrency ${concurrency}, on ${on}`);
    // The large history first, so that writing it competes with no measurement.
    const history = async (path: string, events: number): Promise<string> => {
      const g = await prefill(path, events);
      console.log(`  prefilled ${fmt(g.events, 0)} events in ${fmt(g.seconds)} s`);
      if (!postgres) return path;
      const database = await createBenchDatabase(postgresServer());
      databases.push(database);
      const started = process.hrtime.bigint();
      const copied = await loadIntoPostgres(path, database.connectionString);
      console.log(`  loaded them into PostgreSQL database ${database.name} in ${fmt(Number(process.hrtime.bigint() - started) / 1e9)} s (${fmt(copied, 0)} events)`);
      return database.connectionString;
    };
    const largeLog = await history(join(dir, 'large', 'events.db'), stored);

    // The baselines: the raw adapter on a fresh file (SQLite), or plain INSERTs of the same rows
    // in a database of their own, migrated by the store (PostgreSQL).
    let rawDatabase: string | undefined;
    const rawRates = async (round: number): Promise<{ sequential: AppendRate; concurrent: AppendRate }> => {
      if (!postgres) {
        const sequential = await rawSequentialAppendRate(join(dir, `raw-sequential-${round}.db`), commands);
        return { sequential, concurrent: await rawConcurrentAppendRate(join(dir, `raw-concurrent-${round}.db`), commands, concurrency) };
      }
      if (rawDatabase === undefined) {
        const database = await createBenchDatabase(postgresServer());
        databases.push(database);
        const migrated = createEventStore({ connectionString: database.connectionString, sqlitePath: '' });
        await migrated.ping();
        await migrated.close();
        rawDatabase = database.connectionString;
      }
      return plainInsertRates(rawDatabase, commands, concurrency);
    };

    // Rounds: this machine's fsync speed drifts over minutes, so each round measures the
    // baselines and both stores back to back; the figures are the rounds' medians.
    const runs: Round[] = [];
    for (let round = 0; round < rounds; round++) {
      // A fresh small history each round, so that it holds 10,000 events whatever ran before.
      const smallLog = await history(join(dir, `small-${round}`, 'events.db'), SMALL_STORE);
      const { sequential, concurrent } = await rawRates(round);
      const atSmall = await commandPathInChild(join(dir, `small-${round}`), smallLog, round === 0 ? profile : undefined);
      const atLarge = await commandPathInChild(join(dir, 'large'), largeLog);
      const floor = await httpFloorInChild();
      runs.push({ sequential, concurrent, atSmall, atLarge, floor });
      console.log(
        `  round ${round + 1}: raw sequential ${fmt(sequential.rate)}/s, raw c${concurrency} ${fmt(concurrent.rate)}/s, HTTP ${fmt(atSmall.rate)} and ${fmt(atLarge.rate)} commands/s, p50 ${fmt(atSmall.p50, 2)} and ${fmt(atLarge.p50, 2)} ms; empty route ${fmt(floor.rate)}/s, p99 ${fmt(floor.p99, 2)} ms`,
      );
    }
    const mid = (pick: (r: Round) => number) => median(runs.map(pick));
    const atSmall: PathFigures = { rate: mid((r) => r.atSmall.rate), p50: mid((r) => r.atSmall.p50), p99: mid((r) => r.atSmall.p99) };
    const atLarge: PathFigures = { rate: mid((r) => r.atLarge.rate), p50: mid((r) => r.atLarge.p50), p99: mid((r) => r.atLarge.p99) };
    const floor: PathFigures = { rate: mid((r) => r.floor.rate), p50: mid((r) => r.floor.p50), p99: mid((r) => r.floor.p99) };
    const sequential = { rate: mid((r) => r.sequential.rate), p99: mid((r) => r.sequential.p99), commits: mid((r) => r.sequential.commits) };
    const concurrent = { rate: mid((r) => r.concurrent.rate), p99: mid((r) => r.concurrent.p99), commits: mid((r) => r.concurrent.commits) };

    const line = (label: string, f: PathFigures) =>
      `  ${label}: ${fmt(f.rate)} commands/s   p50 ${fmt(f.p50, 2)} ms   p99 ${fmt(f.p99, 2)} ms`;
    console.log(`  medians of ${rounds} round${rounds === 1 ? '' : 's'}:`);
    console.log(line(`HTTP, ${fmt(SMALL_STORE, 0)} stored`.padEnd(22), atSmall));
    console.log(line(`HTTP, ${fmt(stored, 0)} stored`.padEnd(22), atLarge));
    console.log(`  empty route (floor)   : ${fmt(floor.rate)} requests/s   p50 ${fmt(floor.p50, 2)} ms   p99 ${fmt(floor.p99, 2)} ms`);
    const raw = postgres ? 'plain INSERT' : 'raw append';
    console.log(`  ${raw}, sequential: ${fmt(sequential.rate)} appends/s   p99 ${fmt(sequential.p99, 2)} ms   ${fmt(sequential.commits, 0)} commits`);
    console.log(`  ${raw}, c${String(concurrency).padEnd(9)}: ${fmt(concurrent.rate)} appends/s   p99 ${fmt(concurrent.p99, 2)} ms   ${fmt(concurrent.commits, 0)} commits`);
    // Each ratio is the median of the rounds' own ratios: a round's figures were taken minutes
    // apart at most, so a drift of the machine between rounds cancels out of them.
    const vsConcurrent = mid((r) => r.atSmall.rate / r.concurrent.rate);
    const vsSequential = mid((r) => r.atSmall.rate / r.sequential.rate);
    const latencyGrowth = mid((r) => r.atLarge.p50 / r.atSmall.p50);
    console.log(`  ratios: ${fmt(vsConcurrent, 3)} of the raw c${concurrency} rate, ${fmt(vsSequential, 3)} of the raw sequential rate; p50 with ${fmt(stored, 0)} stored ${fmt(latencyGrowth, 3)}× the one with ${fmt(SMALL_STORE, 0)}`);
    // The floor's own ratios: a command path cannot do better than an empty route, so a target
    // above these is out of reach on this machine however lean the command becomes.
    const floorVsConcurrent = mid((r) => r.floor.rate / r.concurrent.rate);
    const floorVsSequential = mid((r) => r.floor.rate / r.sequential.rate);
    const pathVsFloor = mid((r) => r.atSmall.rate / r.floor.rate);
    console.log(`  the empty route: ${fmt(floorVsConcurrent, 3)} of the raw c${concurrency} rate, ${fmt(floorVsSequential, 3)} of the raw sequential rate; the command path runs at ${fmt(pathVsFloor, 3)} of it`);
    if (profile) console.log(`  CPU profile of the server during the first round's measured load: ${profile}`);

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
        figure: `empty POST route on Nest + Fastify, c${concurrency} (the HTTP floor)`,
        value: floor.rate,
        unit: 'requests/s',
        baseline: { label: `${baseline}, c${concurrency}`, value: concurrent.rate, unit: 'appends/s' },
        ratio: floorVsConcurrent,
      },
      {
        figure: `${http} vs the empty route`,
        value: atSmall.rate,
        unit: 'commands/s',
        baseline: { label: 'empty POST route, same client', value: floor.rate, unit: 'requests/s' },
        ratio: pathVsFloor,
      },
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
