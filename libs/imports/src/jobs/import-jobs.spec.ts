import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@app/platform/clock';
import type { AppConfig } from '@app/platform/config';
import type { CommandResult } from '@app/platform/commands';
import type { ImportKind } from '../kinds/import-kind';
import type { ImportRow } from '../reading/import-rows';
import { ImportRunner, RowRefused, type RowWritten } from '../running/import-runner';
import type { ImportContext } from '../validation/row-request';
import type { ImportJobStatus } from './import-job-status';
import type { ImportJobStore } from './import-job.store';
import { ImportJobs } from './import-jobs';

type Saved = Omit<ImportJobStatus, 'positions'> & { positions: string[] };

/** Stands in for Redis: the last status saved and every position appended. */
class RecordingStore {
  last?: Saved;
  positions: string[] = [];
  async save(status: Omit<ImportJobStatus, 'positions'>, positions: string[] = []): Promise<void> {
    this.positions.push(...positions);
    this.last = { ...structuredClone(status), positions: [...this.positions] };
  }
  async renewLease(): Promise<void> {}
}

const kind = { name: 'assessments', title: '', tables: [] } as unknown as ImportKind;
const row = (n: number) => ({ row: n }) as unknown as ImportRow;
const result = (position: string, replayed = false): CommandResult => ({ id: 'x', stream: 's', revision: 0, position, replayed });
const context: ImportContext = { importId: 'job-1', actor: { id: 'officer-1', role: 'officer', provinces: ['64'] }, issuedAt: new Date('2026-11-22T03:00:00Z'), correlationId: 'job-1' };

describe('ImportJobs', () => {
  let dir: string;
  let file: string;
  let store: RecordingStore;
  const jobsWith = (write: (written: RowWritten, stopped: () => boolean) => Promise<void>) => {
    const runner = { write: (_k: unknown, _f: unknown, _c: unknown, written: RowWritten, stopped: () => boolean) => write(written, stopped) } as unknown as ImportRunner;
    return new ImportJobs(runner, store as unknown as ImportJobStore, new ManualClock(new Date('2026-11-22T03:00:00Z')), { dataDir: dir } as AppConfig);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-jobs-'));
    file = join(dir, 'f.upload');
    writeFileSync(file, 'kode,tahun');
    store = new RecordingStore();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports every row, written or replayed, with its position; done; the upload removed', async () => {
    const jobs = jobsWith(async (written) => {
      await written(row(2), result('11'));
      await written(row(3), result('7', true));
    });
    await jobs.start(kind, { path: file, format: 'csv' }, context, 2);
    await jobs.idle();
    expect(store.last).toMatchObject({ status: 'done', rowsDone: 2, rowsTotal: 2, written: 1, replayed: 1, positions: ['11', '7'], lastPosition: '11', startedBy: 'officer-1' });
    expect(existsSync(file)).toBe(false);
  });

  it('stops between rows on shutdown and says so (interrupted), keeping what was written', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const jobs = jobsWith(async (written, stopped) => {
      await written(row(2), result('5'));
      await gate;
      if (stopped()) return;
      await written(row(3), result('6'));
    });
    await jobs.start(kind, { path: file, format: 'csv' }, context, 2);
    const shutdown = jobs.onApplicationShutdown();
    release();
    await shutdown;
    expect(store.last).toMatchObject({ status: 'interrupted', rowsDone: 1, positions: ['5'] });
    expect(existsSync(file)).toBe(false);
  });

  it('fails naming the refused row, or the store, and removes the upload either way', async () => {
    const refused = jobsWith(async () => {
      throw new RowRefused([{ sheet: 'penilaian', row: 4, column: 'kode', message: 'already recorded', code: 'AssessmentAlreadyRecorded', status: 409 }]);
    });
    await refused.start(kind, { path: file, format: 'csv' }, context, 3);
    await refused.idle();
    expect(store.last).toMatchObject({ status: 'failed', errors: [{ row: 4, status: 409 }] });
    expect(existsSync(file)).toBe(false);

    writeFileSync(file, 'x');
    const broken = jobsWith(async () => {
      throw new Error('disk I/O error');
    });
    await broken.start(kind, { path: file, format: 'csv' }, { ...context, importId: 'job-2' }, 3);
    await broken.idle();
    expect(store.last).toMatchObject({ importId: 'job-2', status: 'failed', errors: [{ code: 'ImportInterrupted', status: 503 }] });
    expect(existsSync(file)).toBe(false);
  });
});
