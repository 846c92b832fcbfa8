import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportJobs } from '@app/imports';
import {
  type AppendResult,
  type EventStore,
  type RecordedEvent,
  SqliteEventStore,
  StoreUnavailable,
  type StreamAppend,
} from '@app/event-store';
import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { allEvents, csv, upload } from './support/import-files';

/** Reads and single appends go to SQLite; batches only when `atomic`, the import's counted, with a hook that runs first. */
class SpyStore implements EventStore {
  readonly batches: StreamAppend[][] = [];
  readonly appendAtomically?: (appends: StreamAppend[]) => Promise<AppendResult[]>;
  /** Runs before the batch with this 1-based number reaches SQLite. */
  beforeBatch: Map<number, () => Promise<void>> = new Map();

  constructor(
    readonly inner: SqliteEventStore,
    atomic: boolean,
  ) {
    if (atomic) {
      this.appendAtomically = async (appends) => {
        // The deadline workers commit a burst of system steps in batches too (overdue marks of
        // items entered late): only the import's batches are counted and hooked.
        if (appends.every(({ events }) => events.every((e) => e.metadata.actor.role === 'system'))) return inner.appendAtomically(appends);
        this.batches.push(appends);
        await this.beforeBatch.get(this.batches.length)?.();
        return inner.appendAtomically(appends);
      };
    }
  }

  append: EventStore['append'] = (...args) => this.inner.append(...args);
  readStream: EventStore['readStream'] = (...args) => this.inner.readStream(...args);
  readAll: EventStore['readAll'] = (...args) => this.inner.readAll(...args);
  subscribe: EventStore['subscribe'] = (...args) => this.inner.subscribe(...args);
  headPosition: EventStore['headPosition'] = () => this.inner.headPosition();
  ping: EventStore['ping'] = () => this.inner.ping();
  close: EventStore['close'] = () => this.inner.close();
}

const ROWS = 2000;
const CORRELATION = 'rapor-2026-batched';
const PROVIDERS = ['64.01', '64.02', '64.03', '64.04'];
const KINDS = ['saran_perbaikan', 'tindakan_korektif', 'rekomendasi'];
const HEADER = ['kode', 'jenis', 'sumber', 'rujukan', 'judul', 'tanggal_terbit'];

const reportCard = (rows: number, label: string) =>
  csv([
    HEADER,
    ...Array.from({ length: rows }, (_, i) => [
      PROVIDERS[i % PROVIDERS.length],
      KINDS[i % KINDS.length],
      'lahp',
      `LAHP-${Math.floor(i / 10)}/2026`,
      `Perbaiki standar pelayanan butir ${i} (${label})`,
      `2026-${String(1 + (i % 9)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    ]),
  ]);

/** What a row wrote, minus what the store decides (positions, recordedAt, the hash chain) and the import's own id. */
function comparable(events: RecordedEvent[], importIds: string[]) {
  return events
    .map(({ id, stream, revision, type, data, metadata }) => {
      const { recordedAt: _recordedAt, prevHash: _prevHash, hash: _hash, causationId, ...rest } = metadata;
      return { id, stream, revision, type, data, metadata: { ...rest, causationId: importIds.includes(causationId) ? 'the import' : causationId } };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The import's own events (workers may record overdue marks of these late items meanwhile). */
const importEvents = async (store: EventStore, correlationId = CORRELATION) =>
  (await allEvents(store)).filter((e) => e.metadata.correlationId === correlationId && e.metadata.actor.role !== 'system');

/** Per row (command), in log order: the position of its last event — what the job reports for the row. */
const rowPositions = (events: RecordedEvent[]) => [...new Map(events.map((e) => [e.metadata.commandId, e.position.toString()])).values()];

/** The command ids of the rows whose item has one of these titles. */
const rowsTitled = (events: RecordedEvent[], titles: Set<string>) =>
  new Set(events.filter((e) => e.type === 'RecommendationIssued' && titles.has(String(e.data.title))).map((e) => e.metadata.commandId));

interface Running {
  api: ApiHarness;
  spy: SpyStore;
  admin: Record<string, string>;
  dataDir: string;
}

async function start(atomic: boolean): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), 'batched-import-'));
  const spy = new SpyStore(new SqliteEventStore(join(dataDir, 'events.db')), atomic);
  const api = await startApi({ store: spy, now: new Date('2026-11-22T03:00:00Z') });
  const admin = bearer(await api.token({ role: 'admin', sub: 'admin-importer' }));
  for (const [code, name, kind] of [['64', 'Provinsi Kalimantan Timur', 'provinsi'], ...PROVIDERS.map((code) => [code, `Kabupaten ${code}`, 'kabupaten'])]) {
    const res = await api.app.inject({ method: 'POST', url: '/v1/entities', payload: { code, name, kind }, headers: admin });
    if (res.statusCode !== 201) throw new Error(`POST /v1/entities → ${res.statusCode} ${res.body}`);
  }
  return { api, spy, admin, dataDir };
}

/** Uploads, waits for the job to end (the job queue's own idle, not a poll), answers its status. */
async function runImport({ api, admin }: Running, file: Buffer, correlationId = CORRELATION, kind = 'recommendations') {
  const accepted = await upload(api, admin, `/v1/imports/${kind}`, file, `${kind}.csv`, { 'x-correlation-id': correlationId });
  if (accepted.status !== 202) throw new Error(`import → ${accepted.status} ${JSON.stringify(accepted.body)}`);
  await api.app.get(ImportJobs).idle();
  return { importId: accepted.body.importId as string, status: (await api.app.inject({ method: 'GET', url: accepted.body.statusUrl, headers: admin })).json() };
}

/**
 * On SQLite an import decides its rows in batches through the same handlers and commits each
 * batch in one transaction; what it writes must be exactly what row-by-row commands write.
 */
describe('imports commit their rows in batches (SQLite)', () => {
  const file = reportCard(ROWS, 'impor');
  let reference: { events: RecordedEvent[]; importIds: string[] };
  const running: Running[] = [];
  const started = async (atomic: boolean) => {
    const app = await start(atomic);
    running.push(app);
    return app;
  };

  beforeAll(async () => {
    // Row by row: a store without batches runs every row as its command through the CommandBus.
    const oneByOne = await started(false);
    const { importId, status } = await runImport(oneByOne, file);
    expect(status).toMatchObject({ status: 'done', rowsDone: ROWS, written: ROWS });
    reference = { events: await importEvents(oneByOne.spy.inner), importIds: [importId] };
    // An item entered over a day after its deadline also gets its overdue mark: some rows write two events.
    expect(new Set(reference.events.map((e) => e.metadata.commandId)).size).toBe(ROWS);
    expect(reference.events.length).toBeGreaterThan(ROWS);
  }, 180_000);
  afterAll(async () => {
    for (const { api, dataDir } of running) {
      await api.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('writes 2,000 rows in four transactions of 500, with the very events, ids and metadata the rows write one by one', async () => {
    const batched = await started(true);
    const singleAppends = jest.spyOn(batched.spy.inner, 'append');
    const { importId, status } = await runImport(batched, file);
    expect(status).toMatchObject({ status: 'done', rowsDone: ROWS, rowsTotal: ROWS, written: ROWS, replayed: 0, errors: [] });
    expect(batched.spy.batches.map((batch) => batch.length)).toEqual([500, 500, 500, 500]);
    // No row of the import went through a single append.
    expect(singleAppends.mock.calls.filter(([, events]) => events.some((e) => e.metadata.correlationId === CORRELATION))).toEqual([]);

    const events = await importEvents(batched.spy.inner);
    expect(comparable(events, [importId])).toEqual(comparable(reference.events, reference.importIds));
    // The job reports where each row's last event landed in the log, in file order.
    expect(status.positions).toEqual(rowPositions(events));
    expect(status.lastPosition).toBe(events[events.length - 1].position.toString());

    // The projections follow batched events as single ones: each of 64.01's items is listed, once.
    const listed = await batched.api.app.inject({
      method: 'GET',
      url: `/v1/recommendations?entity=64.01&minPosition=${status.lastPosition}`,
      headers: { ...batched.admin, accept: 'text/csv' },
    });
    expect(listed.statusCode).toBe(200);
    const lines = listed.body.trim().split(/\r?\n/).slice(1);
    expect(lines).toHaveLength(ROWS / PROVIDERS.length);
    expect(new Set(lines).size).toBe(lines.length);

    // Idempotent per row: the same file again decides every row as a replay and commits nothing.
    const again = await runImport(batched, file);
    expect(again.status).toMatchObject({ status: 'done', written: 0, replayed: ROWS });
    expect(batched.spy.batches).toHaveLength(4);
    expect(await importEvents(batched.spy.inner)).toHaveLength(events.length);
  }, 180_000);

  it('a failure between batches leaves whole rows of the batches before it; importing the file again writes exactly the rest', async () => {
    const crashed = await started(true);
    crashed.spy.beforeBatch.set(3, async () => {
      throw new StoreUnavailable('Event store cannot append: disk I/O error');
    });
    const first = await runImport(crashed, file);
    expect(first.status).toMatchObject({ status: 'failed', rowsDone: 1000, written: 1000, errors: [{ code: 'ImportInterrupted', status: 503 }] });
    const partial = comparable(await importEvents(crashed.spy.inner), [first.importId]);
    const referenceEvents = comparable(reference.events, reference.importIds);
    // Whole rows (both events where a row writes two), exactly as row by row writes them, and exactly the file's first thousand.
    const firstThousand = rowsTitled(reference.events, new Set(Array.from({ length: 1000 }, (_, i) => `Perbaiki standar pelayanan butir ${i} (impor)`)));
    expect(firstThousand.size).toBe(1000);
    expect(partial).toEqual(referenceEvents.filter((e) => firstThousand.has(e.metadata.commandId)));

    const second = await runImport(crashed, file);
    expect(second.status).toMatchObject({ status: 'done', rowsDone: ROWS, written: 1000, replayed: 1000 });
    expect(comparable(await importEvents(crashed.spy.inner), [first.importId, second.importId])).toEqual(referenceEvents);
  }, 180_000);

  it('a shutdown during an import stops it between batches: the rows of the batches committed, whole, and nothing after', async () => {
    const stopping = await started(true);
    const jobs = stopping.api.app.get(ImportJobs);
    // The shutdown arrives while the second batch is being committed (not awaited: it waits for the job).
    stopping.spy.beforeBatch.set(2, async () => void jobs.onApplicationShutdown());
    const { status } = await runImport(stopping, reportCard(1200, 'berhenti'), 'rapor-berhenti');
    expect(status).toMatchObject({ status: 'interrupted', rowsDone: 1000, written: 1000 });
    const events = await importEvents(stopping.spy.inner, 'rapor-berhenti');
    expect(new Set(events.map((e) => e.metadata.commandId)).size).toBe(1000);
    const titles = events.filter((e) => e.type === 'RecommendationIssued').map((e) => String(e.data.title));
    expect(titles).toEqual(Array.from({ length: 1000 }, (_, i) => `Perbaiki standar pelayanan butir ${i} (berhenti)`));
  }, 180_000);

  it('a batch the log changed under (another writer on the same stream) is written again row by row, as requests would be', async () => {
    const contended = await started(true);
    const units = csv([['kode', 'unit', 'nama'], ...Array.from({ length: 30 }, (_, i) => ['64.01', `upt-${i}`, `UPT ${i}`])]);
    contended.spy.beforeBatch.set(1, async () => {
      const res = await contended.api.app.inject({ method: 'POST', url: '/v1/entities/64.01/units', payload: { unitId: 'dinkes', name: 'Dinas Kesehatan' }, headers: contended.admin });
      if (res.statusCode !== 200) throw new Error(`unit → ${res.statusCode} ${res.body}`);
    });
    const { status } = await runImport(contended, units, 'unit-2026', 'units');
    expect(status).toMatchObject({ status: 'done', rowsDone: 30, written: 30, errors: [] });
    expect(contended.spy.batches).toHaveLength(1);
    const entity = (await contended.api.app.inject({ method: 'GET', url: '/v1/entities/64.01', headers: contended.admin })).json();
    expect(entity.units.map((u: { unitId: string }) => u.unitId).sort()).toEqual(['dinkes', ...Array.from({ length: 30 }, (_, i) => `upt-${i}`)].sort());
    const unitEvents = await importEvents(contended.spy.inner, 'unit-2026');
    expect(unitEvents).toHaveLength(30);
    expect(status.positions).toEqual(rowPositions(unitEvents));
  }, 180_000);
});
