/**
 * The raw SQLite adapter's append rate, sequential and with concurrent appenders, on a fresh
 * file: the baselines the HTTP command path and the deadline burst are judged against.
 * bench:append imports the two functions; run alone it prints both and their ratio.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register bench/raw-append.ts -- [--appends 3000] [--concurrency 16]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore, eventIdFor, type NewEvent } from '@app/event-store';
import { fmt, percentile } from './stats';
import { reportSummary } from './summary';

export interface AppendRate {
  /** Appends per second over the whole run. */
  rate: number;
  /** Latency of one append, from the call to its acknowledgement, in ms. */
  p50: number;
  p99: number;
  /** Transactions committed: fewer than appends when appends share a commit. */
  commits: number;
}

/** One RecommendationIssued event on a new stream: what an IssueRecommendation command appends. */
function issued(i: number): NewEvent {
  const commandId = randomUUID();
  return {
    id: eventIdFor(commandId, 0),
    type: 'RecommendationIssued',
    data: { entityCode: '64.01', kind: 'tindakan_korektif', title: `Raw ${i}`, issuedOn: '2026-01-15', dueOn: '2026-02-27' },
    metadata: { schemaVersion: 1, actor: { id: 'bench', role: 'admin' }, commandId, correlationId: commandId, causationId: commandId, occurredAt: new Date().toISOString() },
  };
}

/** `total` appends to new streams by `concurrency` appenders, each awaiting its own before the next. */
export async function rawConcurrentAppendRate(path: string, total: number, concurrency: number): Promise<AppendRate> {
  let commits = 0;
  const store = new SqliteEventStore(path, { onCommit: () => (commits += 1) });
  const latencies: number[] = [];
  let next = 0;
  const appender = async (): Promise<void> => {
    while (next < total) {
      const i = next++;
      const started = process.hrtime.bigint();
      await store.append(`rawbench-${i}`, [issued(i)], 'no_stream');
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, appender));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await store.close();
  latencies.sort((a, b) => a - b);
  return { rate: total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), commits };
}

/** `total` appends to new streams, one after another. */
export function rawSequentialAppendRate(path: string, total: number): Promise<AppendRate> {
  return rawConcurrentAppendRate(path, total, 1);
}

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main(): Promise<void> {
  const appends = arg('appends', 3000);
  const concurrency = arg('concurrency', 16);
  const dir = mkdtempSync(join(tmpdir(), 'bench-raw-append-'));
  try {
    const sequential = await rawSequentialAppendRate(join(dir, 'sequential.db'), appends);
    const concurrent = await rawConcurrentAppendRate(join(dir, 'concurrent.db'), appends, concurrency);
    const line = (label: string, r: AppendRate): string =>
      `  ${label}: ${fmt(r.rate)} appends/s   p50 ${fmt(r.p50, 2)} ms   p99 ${fmt(r.p99, 2)} ms   ${r.commits} commits`;
    console.log(`bench:raw-append — ${appends} one-event appends to new streams`);
    console.log(line('sequential     ', sequential));
    console.log(line(`concurrency ${String(concurrency).padEnd(3)}`, concurrent));
    console.log(`  ratio          : ${fmt(concurrent.rate / sequential.rate, 2)} (concurrent per sequential)`);
    reportSummary('raw-append', [
      { figure: 'raw SQLite append, sequential', value: sequential.rate, unit: 'appends/s' },
      {
        figure: `raw SQLite append, c${concurrency}`,
        value: concurrent.rate,
        unit: 'appends/s',
        baseline: { label: 'raw SQLite append, sequential', value: sequential.rate, unit: 'appends/s' },
        ratio: concurrent.rate / sequential.rate,
      },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
