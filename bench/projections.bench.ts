/**
 * bench:projections — rebuild rate of every read model over a generated realistic history
 * (≈586 providers with units, MoUs and PKS with their quarterly obligations, yearly
 * assessments since 2015, recommendations with their whole follow-up and deadline steps),
 * next to the raw rate of reading the same events from the store in the same run; peak
 * memory, of this process and of the compiled rebuild CLI (`npm run build` first) rebuilding
 * every read model in a process of its own, next to its RSS when idle; and query latency of
 * the follow-up queues at that size.
 *
 *   npm run bench:projections -- [--events 1000000] [--runs 200] [--keep] [--db <events.db kept by --keep>]
 *                                [--store postgres [--server postgres://postgres@127.0.0.1:5432/postgres]]
 *
 * --store postgres holds the log in PostgreSQL instead: the generated history is copied into a
 * private database (bench_<random>, dropped at the end) with multi-row INSERTs, the rebuild reads
 * it through the PostgreSQL adapter, and the baseline is a plain `SELECT … ORDER BY position`
 * paged as the adapter pages it, on the same server (bench/postgres-bench.ts). `--events`
 * defaults to 200,000 there: 15 minutes in all on a loaded 2-core machine, most of it
 * generating and loading the history.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Redis from 'ioredis';
import { SqliteEventStore, createEventStore, type EventStore } from '@app/event-store';
import { ManualClock } from '@app/platform/clock';
import { ProjectionRegistry, ReadModelReader, type ReadSide, type RebuildResult } from '@app/platform/projections';
import { RedisServerProcess } from '@app/platform/redis';
import { complianceProjection } from '@app/assessments';
import { agreementsProjection } from '@app/agreements';
import { RECOMMENDATIONS_READ_MODEL, recommendationsProjection } from '@app/follow-up';
import { NOW } from './projections-calendar';
import type { Generated } from './projections-generate';
import { benchProviders } from './projections-providers';
import { COMPILED_REBUILD_CLI, compiledRebuildMemory } from './projections-cli-rss';
import { RssSampler, followUpTimings, rawRead, rebuild, rebuildAll, redisCpuSeconds, redisMemory, type Timing } from './projections-measure';
import { ReadMemo } from '@app/platform/read-query';
import { benchStore, createBenchDatabase, hideCredentials, loadIntoPostgres, plainOrderedRead, postgresServer, type BenchDatabase } from './postgres-bench';
import { fmt } from './stats';
import { reportSummary, type SummaryRow } from './summary';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MB = (bytes: number) => `${fmt(bytes / 1_048_576, 0)} MB`;
const rate = (events: number, seconds: number) => `${fmt(events / seconds, 0)} events/s`;

/** The follow-up query timings in a process of their own, as the API would answer them (bench/projections-queries.ts). */
function queryTimingsInOwnProcess(redisUrl: string, log: string, runs: number): Promise<Timing[]> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'projections-queries.ts'), [redisUrl, 'bench:', String(runs), log], {
      execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    });
    let result: Timing[] | undefined;
    child.on('message', (message: Timing[]) => (result = message));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`query timings exited with ${code}`))));
  });
}

/** Writes the history in a child process, so this one's memory is the read side's alone. */
function generate(path: string, events: number): Promise<Generated> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'projections-generate.ts'), [path, String(events)], {
      execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    });
    let result: Generated | undefined;
    child.on('message', (message: Generated) => (result = message));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`generator exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const postgres = benchStore() === 'postgres';
  const target = arg('events', postgres ? 200_000 : 1_000_000);
  const runs = arg('runs', 200);
  const reuse = process.argv.includes('--db') ? process.argv[process.argv.indexOf('--db') + 1] : undefined;
  const dir = reuse ? undefined : mkdtempSync(join(tmpdir(), 'bench-projections-'));
  const path = reuse ?? join(dir as string, 'events.db');
  const rss = new RssSampler();
  const projections = [complianceProjection(), agreementsProjection, recommendationsProjection];
  let server: RedisServerProcess | undefined;
  let database: BenchDatabase | undefined;
  try {
    if (reuse) console.log(`Reusing ${path}`);
    else {
      console.log(`Generating ${fmt(target, 0)} events into ${path} (child process) …`);
      const g = await generate(path, target);
      console.log(`  ${fmt(g.events, 0)} events: ${fmt(g.recommendations, 0)} recommendations, ${g.providers} providers with units, agreements, obligations, assessments; ${fmt(g.seconds)} s, ${MB(g.bytes)} on disk`);
    }
    let plain: { events: number; seconds: number } | undefined;
    if (postgres) {
      database = await createBenchDatabase(postgresServer());
      const started = performance.now();
      const copied = await loadIntoPostgres(path, database.connectionString);
      console.log(`  loaded into PostgreSQL (${hideCredentials(database.connectionString)}) in ${fmt((performance.now() - started) / 1000)} s: ${fmt(copied, 0)} events`);
    }
    const baseline = rss.sample();
    console.log(`  this process before reading: RSS ${MB(baseline)} (ts-node's compiler included)`);

    const store: EventStore = database ? createEventStore({ connectionString: database.connectionString, sqlitePath: '' }) : new SqliteEventStore(path);
    if (database) {
      await store.ping(); // connections and schema check before anything is timed
      plain = await plainOrderedRead(database.connectionString);
      console.log(`Plain ordered read (SELECT … ORDER BY position, pages of 500): ${fmt(plain.events, 0)} in ${fmt(plain.seconds)} s = ${rate(plain.events, plain.seconds)}`);
    }
    rss.reset();
    const raw = await rawRead(store);
    const rawPeak = rss.peak;
    console.log(`Raw read (readAll, every event): ${fmt(raw.events, 0)} in ${fmt(raw.seconds)} s = ${rate(raw.events, raw.seconds)}; peak RSS ${MB(rawPeak)}`);

    server = await RedisServerProcess.start({ dir: null });
    const redis = new Redis(server.url);
    const readSide: ReadSide = { store, redis, keyPrefix: 'bench:', clock: new ManualClock(NOW) };
    const rows: Array<{ result: RebuildResult; filtered: { events: number; seconds: number }; peak: number }> = [];
    for (const projection of projections) {
      const filtered = await rawRead(store, projection.filter);
      rss.reset();
      const result = await rebuild(readSide, projection);
      rows.push({ result, filtered, peak: rss.peak });
    }
    rss.reset();
    // Where the shared rebuild's time goes: this process reads, projects and encodes; Redis applies.
    const redisCpuBefore = await redisCpuSeconds(redis);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const shared = await rebuildAll(readSide, projections);
    const together = (performance.now() - started) / 1000;
    const cpuUsed = process.cpuUsage(cpuBefore);
    const nodeCpu = (cpuUsed.user + cpuUsed.system) / 1e6;
    const redisCpu = (await redisCpuSeconds(redis)) - redisCpuBefore;
    const togetherPeak = rss.peak;
    const sharedEvents = shared.reduce((sum, result) => sum + result.events, 0);
    const memory = await redisMemory(redis);

    // The memory target is the rebuild's own process: the compiled CLI, without ts-node.
    const cli = await compiledRebuildMemory({ dbPath: path, connectionString: database?.connectionString, redisUrl: server.url, keyPrefix: 'bench-cli:' });

    const reader = new ReadModelReader(readSide, new ProjectionRegistry(projections));
    const view = (await reader.active(RECOMMENDATIONS_READ_MODEL))!;
    const provinces = [...new Set(benchProviders().map((p) => p.provinceCode).filter((p): p is string => p !== null))];
    rss.reset();
    // A memo as the API's query gate keeps one: the first query per province pays for settling fulfilled items.
    const timings = await followUpTimings({ redis, view, now: NOW, memo: new ReadMemo() }, provinces, runs);
    const queryPeak = rss.peak;
    const ownProcess = await queryTimingsInOwnProcess(server.url, database?.connectionString ?? path, runs);
    const counts = await redis.pipeline([['zcard', view.key('open:all')], ['zcount', view.key('open:all'), '-inf', String(NOW.getTime())], ['scard', view.key('ix:unsettled')]]).exec();

    console.log('\nRebuild (each projection alone, reading only its filtered events; then all three together from one shared read of the log)');
    console.log('  projection        events      seconds   rebuild rate         raw filtered read     rebuild/raw(all)  peak RSS');
    let sumEvents = 0;
    let sumSeconds = 0;
    for (const { result, filtered, peak } of rows) {
      const seconds = result.durationMs / 1000;
      sumEvents += result.events;
      sumSeconds += seconds;
      console.log(
        `  ${result.name.padEnd(16)} ${fmt(result.events, 0).padStart(9)}  ${fmt(seconds, 2).padStart(9)}   ${rate(result.events, seconds).padEnd(20)} ${rate(filtered.events, filtered.seconds).padEnd(21)} ${fmt(result.events / seconds / (raw.events / raw.seconds), 2).padStart(8)}         ${MB(peak)}`,
      );
    }
    console.log(`  total (sequential) ${fmt(sumEvents, 0).padStart(8)}  ${fmt(sumSeconds, 2).padStart(9)}   ${rate(sumEvents, sumSeconds).padEnd(41)} ${fmt(sumEvents / sumSeconds / (raw.events / raw.seconds), 2).padStart(8)}`);
    console.log(`  all three, shared ${fmt(sharedEvents, 0).padStart(9)}  ${fmt(together, 2).padStart(9)}   ${rate(sharedEvents, together).padEnd(41)} ${fmt(sharedEvents / together / (raw.events / raw.seconds), 2).padStart(8)}         ${MB(togetherPeak)}`);
    console.log(`  raw read of the whole log: ${rate(raw.events, raw.seconds)}. Redis memory: ${MB(memory.used)} used, ${MB(memory.peak)} peak.`);
    console.log(
      `  CPU during the shared rebuild (${fmt(together, 2)} s): this process ${fmt(nodeCpu, 2)} s (the raw read alone took ${fmt(raw.seconds, 2)} s), Redis ${fmt(redisCpu, 2)} s; Redis alone allows at most ${rate(sharedEvents, redisCpu)} (${fmt(sharedEvents / redisCpu / (raw.events / raw.seconds), 2)} of the raw read)`,
    );
    console.log('  (raw filtered read: the store reading only the events a projection asks for; its rate near the raw rate means it does not scan the log for them)');
    if (cli) {
      console.log(
        `  compiled rebuild CLI (--all, own process, --max-old-space-size=${cli.heapMb}, built ${cli.builtAt.toISOString()}): ${fmt(cli.events, 0)} events in ${fmt(cli.seconds, 2)} s = ${rate(cli.events, cli.seconds)}; RSS idle ${MB(cli.idle)}, peak ${MB(cli.peak)} (${fmt(cli.peak / cli.idle, 2)} × idle)`,
      );
    } else console.log(`  compiled rebuild CLI: not measured, ${COMPILED_REBUILD_CLI} is missing (npm run build)`);

    console.log(`\nQueries on the recommendations read model (now = ${NOW.toISOString()}; ${fmt(Number(counts?.[0][1]), 0)} items open as the projection knows, ${fmt(Number(counts?.[1][1]), 0)} of them past due, ${fmt(Number(counts?.[2][1]), 0)} unsettled)`);
    console.log('  query                                              runs   items   p50 ms   p99 ms   in a process of its own: p50 ms   p99 ms');
    for (const [i, t] of timings.entries()) {
      const own = ownProcess[i];
      console.log(`  ${t.name.padEnd(50)} ${String(t.runs).padStart(4)}   ${String(t.items).padStart(5)}   ${fmt(t.p50, 2).padStart(6)}   ${fmt(t.p99, 2).padStart(6)}                           ${fmt(own.p50, 2).padStart(6)}   ${fmt(own.p99, 2).padStart(6)}`);
    }
    console.log('  (this process holds the rebuilds above and their garbage; the API answers from a process of its own, as the last two columns do)');
    console.log(`  peak RSS while querying: ${MB(queryPeak)}; overall peak RSS: ${MB(Math.max(rss.peak, rawPeak, togetherPeak, queryPeak))}`);
    const rawRate = raw.events / raw.seconds;
    const narrowest = rows.reduce((a, b) => (b.filtered.events < a.filtered.events ? b : a));
    const overdue = ownProcess[0];
    const shownAs = (figure: string): string => (postgres ? `PostgreSQL: ${figure}` : figure);
    const plainRate = plain ? plain.events / plain.seconds : 0;
    // The brief's baseline on PostgreSQL: the same rows read by plain SQL on the same server.
    const againstPlain: SummaryRow[] = plain
      ? [
          {
            figure: shownAs(`readAll of the log (${fmt(raw.events, 0)} events)`),
            value: rawRate,
            unit: 'events/s',
            baseline: { label: 'plain SELECT … ORDER BY position, paged', value: plainRate, unit: 'events/s' },
            ratio: rawRate / plainRate,
          },
          {
            figure: shownAs(`rebuild of all projections vs plain SQL (${fmt(raw.events, 0)} events)`),
            value: sharedEvents / together,
            unit: 'events/s',
            baseline: { label: 'plain SELECT … ORDER BY position, paged', value: plainRate, unit: 'events/s' },
            ratio: sharedEvents / together / plainRate,
          },
        ]
      : [];
    const summary: SummaryRow[] = [
      ...againstPlain,
      {
        figure: shownAs(`rebuild of all projections, one shared read (${fmt(raw.events, 0)} events)`),
        value: sharedEvents / together,
        unit: 'events/s',
        baseline: { label: 'raw read of the log', value: rawRate, unit: 'events/s' },
        ratio: sharedEvents / together / rawRate,
        target: '≥ 0.5',
        met: sharedEvents / together / rawRate >= 0.5,
      },
      {
        figure: shownAs(`filtered read of ${narrowest.result.name} (${fmt(narrowest.filtered.events, 0)} events)`),
        value: narrowest.filtered.events / narrowest.filtered.seconds,
        unit: 'events/s',
        baseline: { label: 'raw read of the log', value: rawRate, unit: 'events/s' },
        ratio: narrowest.filtered.events / narrowest.filtered.seconds / rawRate,
        // At the raw rate per event it read only its events; a scan of the log shows as a small ratio.
        target: '≥ 0.5',
        met: narrowest.filtered.events / narrowest.filtered.seconds / rawRate >= 0.5,
      },
      {
        // Events per second of Redis CPU: the rate the rebuild could not pass were Node's side free.
        figure: shownAs('shared rebuild, the ceiling Redis sets (events per Redis CPU second)'),
        value: sharedEvents / redisCpu,
        unit: 'events/s',
        baseline: { label: 'raw read of the log', value: rawRate, unit: 'events/s' },
        ratio: sharedEvents / redisCpu / rawRate,
      },
      {
        figure: shownAs('bench process CPU during the shared rebuild'),
        value: nodeCpu,
        unit: 's',
        baseline: { label: 'raw read of the log, wall time', value: raw.seconds, unit: 's' },
        ratio: nodeCpu / raw.seconds,
      },
      { figure: shownAs('peak RSS, shared rebuild in the bench process (ts-node included)'), value: togetherPeak / 1_048_576, unit: 'MB', baseline: { label: 'bench process before reading', value: baseline / 1_048_576, unit: 'MB' }, ratio: togetherPeak / baseline },
      ...(cli
        ? [
            {
              figure: shownAs(`peak RSS, compiled rebuild CLI --all (${fmt(cli.events, 0)} events)`),
              value: cli.peak / 1_048_576,
              unit: 'MB',
              baseline: { label: 'the same process idle, before rebuilding', value: cli.idle / 1_048_576, unit: 'MB' },
              ratio: cli.peak / cli.idle,
              target: '≤ 300 MB',
              met: cli.peak <= 300 * 1_048_576,
            },
          ]
        : []),
      { figure: shownAs(`${overdue.name} p50, own process`), value: overdue.p50, unit: 'ms' },
      { figure: shownAs(`${overdue.name} p99, own process`), value: overdue.p99, unit: 'ms', target: 'p99 ≤ 15 ms', met: overdue.p99 <= 15 },
      { figure: shownAs(`${timings[0].name} p99, in the bench process after the rebuilds`), value: timings[0].p99, unit: 'ms' },
    ];
    redis.disconnect();
    await store.close();
    reportSummary(postgres ? 'projections-postgres' : 'projections', summary);
  } finally {
    rss.stop();
    await server?.stop();
    await database?.drop();
    if (dir && !process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    else if (dir) console.log(`Kept ${path}`);
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
