import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import { CLOCK, type Clock } from '@app/platform/clock';
import { APP_CONFIG, type AppConfig } from '@app/platform/config';
import type { ImportKind } from '../kinds/import-kind';
import type { ImportFile } from '../running/import-file';
import { ImportRunner, RowRefused } from '../running/import-runner';
import type { ImportContext } from '../validation/row-request';
import type { ImportJobStatus } from './import-job-status';
import { ImportJobStore, LEASE_SECONDS } from './import-job.store';
import { importUploadDir, removeStaleUploads } from './upload-dir';

/** Progress is saved after this many rows (and at the end), so a 20,000-row file costs ~100 status writes. */
const SAVE_EVERY_ROWS = 200;

/**
 * Writes a checked import file in the background and keeps its status. The temporary file is
 * removed when the job ends, however it ends. On shutdown running jobs stop between two rows
 * and are saved as `interrupted`: what they wrote is in the log, and a re-import finishes them.
 */
@Injectable()
export class ImportJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ImportJobs.name);
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly runner: ImportRunner,
    private readonly store: ImportJobStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Uploads a crash left behind are removed at start (real time: file ages are the file system's). */
  async onApplicationBootstrap(): Promise<void> {
    const removed = await removeStaleUploads(importUploadDir(this.config.dataDir), Date.now());
    if (removed > 0) this.logger.log(`removed ${removed} upload(s) left by an import that did not finish`);
  }

  /** Saves the job as `writing` (so its status exists before the answer) and starts it. */
  async start(kind: ImportKind, file: ImportFile, context: ImportContext, rowsTotal: number): Promise<void> {
    const status: Omit<ImportJobStatus, 'positions'> = {
      importId: context.importId,
      kind: kind.name,
      status: 'writing',
      rowsDone: 0,
      rowsTotal,
      written: 0,
      replayed: 0,
      errors: [],
      lastPosition: null,
      correlationId: context.correlationId,
      startedBy: context.actor.id,
      startedAt: this.clock.now().toISOString(),
      finishedAt: null,
    };
    await this.store.save(status);
    const job = this.run(kind, file, context, status).finally(() => this.running.delete(job));
    this.running.add(job);
  }

  /** Resolves when every job running now has ended (tests and benchmarks wait on it). */
  async idle(): Promise<void> {
    await Promise.all([...this.running]);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.idle();
  }

  private async run(kind: ImportKind, file: ImportFile, context: ImportContext, status: Omit<ImportJobStatus, 'positions'>): Promise<void> {
    let unsaved: string[] = [];
    const save = async () => {
      const positions = unsaved;
      unsaved = [];
      try {
        await this.store.save(status, positions);
      } catch (error) {
        // Redis holds only the progress report: the rows are in the log, so writing goes on.
        unsaved = [...positions, ...unsaved];
        this.logger.warn(`import ${status.importId}: progress not saved (${String(error)})`);
      }
    };
    const lease = setInterval(() => void this.store.renewLease(status.importId).catch(() => undefined), (LEASE_SECONDS * 1000) / 3);
    lease.unref();
    try {
      await this.runner.write(
        kind,
        file,
        context,
        async (_row, result) => {
          status.rowsDone += 1;
          if (result.replayed) status.replayed += 1;
          else status.written += 1;
          unsaved.push(result.position);
          if (status.lastPosition === null || BigInt(result.position) > BigInt(status.lastPosition)) status.lastPosition = result.position;
          if (status.rowsDone % SAVE_EVERY_ROWS === 0) await save();
        },
        () => this.stopping,
      );
      status.status = this.stopping && status.rowsDone < status.rowsTotal ? 'interrupted' : 'done';
    } catch (error) {
      status.status = 'failed';
      if (error instanceof RowRefused) status.errors = error.problems;
      else {
        this.logger.error(`import ${status.importId} failed: ${error instanceof Error ? error.stack : String(error)}`);
        status.errors = [{ sheet: '', row: 0, column: 'file', message: 'the import stopped on an error (the event store may be unavailable; it is logged); import the same file again to finish it', code: 'ImportInterrupted', status: 503 }];
      }
    } finally {
      clearInterval(lease);
      status.finishedAt = this.clock.now().toISOString();
      await save();
      await rm(file.path, { force: true }).catch(() => undefined);
    }
  }
}
