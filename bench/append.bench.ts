/**
 * bench:append — commands per second and p50/p99 latency through the whole HTTP command path
 * (Fastify → auth → validation → CommandBus → load + decide → SQLite append), next to the raw
 * SQLite adapter's append rate measured in the same run on the same kind of file.
 *
 *   npm run bench:append -- [--commands 3000] [--concurrency 16]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore, eventIdFor } from '@app/event-store';
import { LocalTokenMinter } from '@app/platform/auth';
import { createApiApp } from '../apps/api/src/bootstrap';
import { Worker } from 'node:worker_threads';
import { fmt, percentile } from './stats';

interface LoadResult {
  latencies: number[];
  seconds: number;
}

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

async function rawAppendRate(path: string, total: number): Promise<number> {
  const store = new SqliteEventStore(path);
  const started = process.hrtime.bigint();
  for (let i = 0; i < total; i++) {
    const commandId = randomUUID();
    await store.append(`rawbench-${i}`, [{
      id: eventIdFor(commandId, 0),
      type: 'RecommendationIssued',
      data: { entityCode: '64.01', kind: 'tindakan_korektif', title: `Raw ${i}`, issuedOn: '2026-01-15', dueOn: '2026-02-27' },
      metadata: { schemaVersion: 1, actor: { id: 'bench', role: 'admin' }, commandId, correlationId: commandId, causationId: commandId, occurredAt: new Date().toISOString() },
    }], 'no_stream');
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await store.close();
  return total / seconds;
}

async function main(): Promise<void> {
  const commands = arg('commands', 3000);
  const concurrency = arg('concurrency', 16);
  const dir = mkdtempSync(join(tmpdir(), 'bench-append-'));
  process.env.DATA_DIR = dir;
  const store = new SqliteEventStore(join(dir, 'events.db'));
  // The command path alone, as the API runs in production (RUN_WORKERS=false): projections and
  // deadline workers run elsewhere and would otherwise share this event loop.
  const app = await createApiApp({ eventStore: store, logger: false, runWorkers: false });
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const token = await app.get(LocalTokenMinter).mint({ sub: 'bench-admin', role: 'admin' });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const post = async (path: string, body: unknown): Promise<void> => {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (res.status >= 300) throw new Error(`${path} → ${res.status}: ${await res.text()}`);
  };
  await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' });
  await post('/v1/entities', { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', parentCode: '64', timezone: 'WITA' });
  await post('/v1/entities/64.01/units', { unitId: 'dpmptsp', name: 'DPMPTSP' });

  await load({ url: base, token, total: 300, concurrency, offset: 1_000_000 }); // warm-up: JIT, sockets, SQLite cache
  const { latencies, seconds } = await load({ url: base, token, total: commands, concurrency, offset: 0 });
  await app.close();

  const raw = await rawAppendRate(join(dir, 'raw.db'), commands);
  rmSync(dir, { recursive: true, force: true });

  const sorted = [...latencies].sort((a, b) => a - b);
  const rate = commands / seconds;
  console.log(`bench:append — ${commands} IssueRecommendation commands over HTTP, concurrency ${concurrency}`);
  console.log(`  HTTP command path : ${fmt(rate)} commands/s   p50 ${fmt(percentile(sorted, 50), 2)} ms   p99 ${fmt(percentile(sorted, 99), 2)} ms`);
  console.log(`  raw SQLite append : ${fmt(raw)} appends/s (one event, new stream, sequential)`);
  console.log(`  ratio             : ${fmt(rate / raw, 3)} (HTTP commands per raw append)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
