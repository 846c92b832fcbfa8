/**
 * bench:import — rows per second importing report-card items from an XLSX file (POST
 * /v1/imports/recommendations: upload, check every row dry, write each as IssueRecommendation
 * in a job) next to the same commands sent one by one over HTTP (app.inject) in the same run,
 * and the peak RSS of each. The import runs twice on different items: as on SQLite (rows
 * committed in batches) and row by row (as on a store without batch commits: EventStoreDB).
 *
 *   IMPORT_BENCH_ROWS=10000 npm run bench:import      (default 2000 rows, well under a minute)
 *
 * The providers all sides need — the full registry, 586 of them — are registered first by an
 * entities import, whose time is printed too. An import's time runs from the upload's first
 * byte to its last row written.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppendResult, type EventStore, SqliteEventStore, type StreamAppend } from '@app/event-store';
import { LocalTokenMinter } from '@app/platform/auth';
import { ImportJobs } from '@app/imports';
import { createApiApp } from '../apps/api/src/bootstrap';
import { fmt } from './stats';
import { reportSummary } from './summary';

type Row = Array<string | number>;

/** Eight provinces and their kabupaten, 586 providers in all (the size of the yearly table). */
const PROVINCES = ['61', '62', '63', '64', '65', '71', '72', '73'];
const PROVIDERS = 586;
const KINDS = ['saran_perbaikan', 'tindakan_korektif', 'rekomendasi'];

const rowsWanted = (): number => {
  const n = Number(process.env.IMPORT_BENCH_ROWS ?? 2000);
  if (!Number.isInteger(n) || n < 10 || n > 20_000) throw new Error('IMPORT_BENCH_ROWS must be a whole number from 10 to 20000 (the import row limit)');
  return n;
};

async function workbook(sheet: string, rows: Row[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function multipart(content: Buffer, filename: string): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Runs `run`, sampling RSS; answers its seconds and the peak RSS seen. */
async function measured(run: () => Promise<void>): Promise<{ seconds: number; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = process.hrtime.bigint();
  try {
    await run();
  } finally {
    clearInterval(sampler);
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRss: Math.max(peakRss, process.memoryUsage().rss) };
}

async function importFile(app: NestFastifyApplication, auth: Record<string, string>, kind: string, file: Buffer): Promise<void> {
  const body = multipart(file, `${kind}.xlsx`);
  const res = await app.inject({ method: 'POST', url: `/v1/imports/${kind}`, payload: body.payload, headers: { ...auth, ...body.headers } });
  if (res.statusCode !== 202) throw new Error(`import ${kind} → ${res.statusCode}: ${res.body.slice(0, 2000)}`);
  await app.get(ImportJobs).idle();
  const status = await app.inject({ method: 'GET', url: res.json().statusUrl, headers: auth });
  if (status.json().status !== 'done') throw new Error(`import ${kind} ended: ${status.body.slice(0, 2000)}`);
}

interface Item {
  entityCode: string;
  kind: string;
  source: { type: string; ref: string };
  title: string;
  issuedOn: string;
}

function items(n: number, side: string, providers: string[]): Item[] {
  return Array.from({ length: n }, (_, i) => ({
    entityCode: providers[i % providers.length],
    kind: KINDS[i % KINDS.length],
    source: { type: 'lahp', ref: `LAHP-${side}-${Math.floor(i / 10)}/2026` },
    title: `Perbaiki standar pelayanan butir ${i} (${side})`,
    issuedOn: `2026-${String(1 + (i % 9)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  }));
}

/** SQLite, whose batch commits can be switched off to time the row-by-row path in the same run. */
class SwitchableStore implements EventStore {
  batches = true;
  constructor(private readonly inner: SqliteEventStore) {}
  get appendAtomically(): ((appends: StreamAppend[]) => Promise<AppendResult[]>) | undefined {
    return this.batches ? (appends) => this.inner.appendAtomically(appends) : undefined;
  }
  append: EventStore['append'] = (...args) => this.inner.append(...args);
  readStream: EventStore['readStream'] = (...args) => this.inner.readStream(...args);
  readAll: EventStore['readAll'] = (...args) => this.inner.readAll(...args);
  subscribe: EventStore['subscribe'] = (...args) => this.inner.subscribe(...args);
  headPosition: EventStore['headPosition'] = () => this.inner.headPosition();
  ping: EventStore['ping'] = () => this.inner.ping();
  close: EventStore['close'] = () => this.inner.close();
}

async function main(): Promise<void> {
  const n = rowsWanted();
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  process.env.DATA_DIR = dir;
  const store = new SwitchableStore(new SqliteEventStore(join(dir, 'events.db')));
  // The command path alone, as the API runs in production (RUN_WORKERS=false).
  const app = await createApiApp({ eventStore: store, logger: false, runWorkers: false });
  const token = await app.get(LocalTokenMinter).mint({ sub: 'bench-admin', role: 'admin' });
  const auth = { authorization: `Bearer ${token}` };

  const perProvince = Math.ceil((PROVIDERS - PROVINCES.length) / PROVINCES.length);
  const kabupaten = PROVINCES.flatMap((p) => Array.from({ length: perProvince }, (_, i) => `${p}.${String(i + 1).padStart(2, '0')}`)).slice(0, PROVIDERS - PROVINCES.length);
  const registryRows: Row[] = [['kode', 'nama', 'jenis'], ...PROVINCES.map((p) => [p, `Provinsi ${p}`, 'provinsi']), ...kabupaten.map((code) => [code, `Kabupaten ${code}`, 'kabupaten'])];
  const registry = await measured(async () => importFile(app, auth, 'entities', await workbook('penyedia', registryRows)));

  const header = ['kode', 'jenis', 'sumber', 'rujukan', 'judul', 'tanggal_terbit'];
  const sheetOf = (side: string) => workbook('rekomendasi', [header, ...items(n, side, kabupaten).map((r) => [r.entityCode, r.kind, r.source.type, r.source.ref, r.title, r.issuedOn])]);
  const file = await sheetOf('impor');
  const viaImport = await measured(() => importFile(app, auth, 'recommendations', file));
  const rowByRowFile = await sheetOf('baris');
  store.batches = false;
  const viaRows = await measured(() => importFile(app, auth, 'recommendations', rowByRowFile));
  store.batches = true;

  const single = items(n, 'http', kabupaten);
  const viaHttp = await measured(async () => {
    for (const item of single) {
      const res = await app.inject({ method: 'POST', url: '/v1/recommendations', payload: item, headers: auth });
      if (res.statusCode !== 201) throw new Error(`POST /v1/recommendations → ${res.statusCode}: ${res.body}`);
    }
  });
  await app.close();
  rmSync(dir, { recursive: true, force: true });

  const importRate = n / viaImport.seconds;
  const rowsRate = n / viaRows.seconds;
  const httpRate = n / viaHttp.seconds;
  const mib = (bytes: number) => `${fmt(bytes / 1_048_576)} MiB`;
  console.log(`bench:import — ${n} IssueRecommendation rows from one XLSX file (${fmt(file.length / 1024)} KiB) vs the same commands one by one over HTTP (app.inject)`);
  console.log(`  registry import     : ${registryRows.length - 1} providers in ${fmt(registry.seconds, 2)} s, ${fmt((registryRows.length - 1) / registry.seconds)} rows/s`);
  console.log(`  XLSX import         : ${fmt(importRate)} rows/s  (${fmt(viaImport.seconds, 2)} s incl. upload and the dry check of every row; batches of 500 rows)   peak RSS ${mib(viaImport.peakRss)}`);
  console.log(`  … row by row        : ${fmt(rowsRate)} rows/s  (${fmt(viaRows.seconds, 2)} s: each row its own commit, as on a store without batch commits)   peak RSS ${mib(viaRows.peakRss)}`);
  console.log(`  one by one over HTTP: ${fmt(httpRate)} commands/s  (${fmt(viaHttp.seconds, 2)} s)   peak RSS ${mib(viaHttp.peakRss)}`);
  console.log(`  ratio               : ${fmt(importRate / httpRate, 2)} (import rows per single-request command); batched / row by row: ${fmt(importRate / rowsRate, 2)}`);
  reportSummary('import', [
    { figure: `XLSX import, ${n} rows`, value: importRate, unit: 'rows/s', baseline: { label: 'same commands one by one over HTTP', value: httpRate, unit: 'commands/s' }, ratio: importRate / httpRate },
    { figure: 'XLSX import peak RSS', value: viaImport.peakRss / 1_048_576, unit: 'MiB' },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
