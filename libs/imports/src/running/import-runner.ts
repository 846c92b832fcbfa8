import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore, UpcasterRegistry } from '@app/event-store';
import { AggregateStore, type CommandResult } from '@app/platform/commands';
import { CLOCK, type Clock } from '@app/platform/clock';
import { RequestValidationPipe } from '@app/platform/http';
import type { ImportKind } from '../kinds/import-kind';
import { type ImportRow, importRows } from '../reading/import-rows';
import { IMPORT_LIMITS } from '../reading/import-limits.token';
import type { ImportLimits } from '../reading/import-limits';
import { DryRunEventStore } from '../validation/dry-run-event-store';
import { type ImportContext, rowProblemsOf, rowRequest } from '../validation/row-request';
import type { RowProblem } from '../validation/row-problem';
import type { ImportFile } from './import-file';
import { type ImportReport, ImportReportBuilder } from './import-report';
import { BATCH_ROWS, type PlannedRow, RowBatch } from './row-batch';

/** Rows of an independent table written at the same time. */
const WRITE_WINDOW = 8;

/** A row refused while writing (the log changed since the check): the import stops there. */
export class RowRefused extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(`row ${problems[0]?.row ?? '?'} was refused`);
  }
}

/** Told after each written row, in file order. */
export type RowWritten = (row: ImportRow, result: CommandResult) => Promise<void>;

/**
 * Runs an import file's rows as the commands single requests would send: first all of them
 * dry (nothing written), then — for a file without a bad row — for real through the CommandBus.
 */
@Injectable()
export class ImportRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly upcasters: UpcasterRegistry,
    private readonly modules: ModuleRef,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(IMPORT_LIMITS) private readonly limits: ImportLimits,
    private readonly commands: CommandBus,
  ) {}

  /** Every row validated and decided against the log plus the rows before it; nothing is written. */
  async check(kind: ImportKind, file: ImportFile, context: ImportContext): Promise<ImportReport> {
    const aggregates = new AggregateStore(new DryRunEventStore(this.store), this.upcasters);
    const get = <T>(token: symbol): T => this.modules.get<T>(token, { strict: false });
    const handlers = new Map(kind.tables.map((table) => [table.name, table.handler({ aggregates, get })]));
    const pipe = new RequestValidationPipe(this.clock);
    const report = new ImportReportBuilder(kind.name);
    for await (const row of importRows(kind, file.path, file.format, this.limits)) {
      const { request, problems } = await rowRequest(row, pipe, context);
      if (!request) {
        report.invalid(problems);
        continue;
      }
      try {
        const handler = handlers.get(row.table.name);
        if (!handler) throw new Error(`no handler for table ${row.table.name}`);
        const result = await handler.execute(row.table.command(request.dto, request.meta));
        report.valid(result.replayed);
      } catch (error) {
        report.invalid(rowProblemsOf(error, row));
      }
    }
    return report.done();
  }

  /**
   * Writes every row; `written` is told in file order. A refusal stops the import at that row
   * (RowRefused) once the rows before it are written; rows already in the log are replays.
   *
   * On a store that commits several streams in one transaction (SQLite), rows are decided in
   * batches of BATCH_ROWS and each batch is committed at once (RowBatch): the cost of a commit,
   * a disk flush, is paid per batch instead of per row. If the log changed under a batch, that
   * batch is written again row by row. Elsewhere (EventStoreDB: no transaction across streams,
   * and every append is a network round trip) rows run as commands through the CommandBus,
   * overlapping where the table allows.
   */
  async write(kind: ImportKind, file: ImportFile, context: ImportContext, written: RowWritten, stopped: () => boolean): Promise<void> {
    const rows = this.plannedRows(kind, file, context, stopped);
    if (!this.store.appendAtomically) return this.writeOneByOne(rows, written);
    const batches = new RowBatch(this.store, this.upcasters, kind, <T>(token: symbol) => this.modules.get<T>(token, { strict: false }));
    let batch: PlannedRow[] = [];
    for await (const planned of rows) {
      batch.push(planned);
      if (planned.command === undefined || batch.length >= BATCH_ROWS) {
        await this.writeBatch(batches, batch, written);
        batch = [];
      }
    }
    await this.writeBatch(batches, batch, written);
  }

  private async writeBatch(batches: RowBatch, rows: PlannedRow[], written: RowWritten): Promise<void> {
    if (rows.length === 0) return;
    const outcome = await batches.run(rows);
    // Another writer changed a stream the batch appends to: nothing of it was written, so its
    // rows run again one by one, exactly as their single requests would (retrying on conflicts).
    if (outcome.kind === 'conflict') return this.writeOneByOne(rows, written);
    for (const { row, result } of outcome.written) await written(row, result);
    const { refused } = outcome;
    if (refused) throw new RowRefused(refused.problems ?? rowProblemsOf(refused.error, refused.row));
  }

  /** The file's rows, each with its command or its problems, until `stopped()`. */
  private async *plannedRows(kind: ImportKind, file: ImportFile, context: ImportContext, stopped: () => boolean): AsyncGenerator<PlannedRow> {
    const pipe = new RequestValidationPipe(this.clock);
    for await (const row of importRows(kind, file.path, file.format, this.limits)) {
      if (stopped()) return;
      const { request, problems } = await rowRequest(row, pipe, context);
      yield { row, problems, command: request && row.table.command(request.dto, request.meta) };
    }
  }

  /**
   * Rows as commands through the CommandBus. Rows of independent tables run up to WRITE_WINDOW
   * at a time (a remote event store's round trips overlap); others one by one.
   */
  private async writeOneByOne(rows: AsyncIterable<PlannedRow> | Iterable<PlannedRow>, written: RowWritten): Promise<void> {
    // Settled outcomes only, so a refusal waiting in the window is never an unhandled rejection.
    const window: Array<Promise<{ row: ImportRow; result?: CommandResult; error?: unknown }>> = [];
    const drainOne = async () => {
      const outcome = await window.shift();
      if (!outcome) return;
      if (outcome.error !== undefined) throw outcome.error instanceof RowRefused ? outcome.error : new RowRefused(rowProblemsOf(outcome.error, outcome.row));
      await written(outcome.row, outcome.result as CommandResult);
    };
    try {
      for await (const { row, command, problems } of rows) {
        if (!command) {
          while (window.length > 0) await drainOne();
          throw new RowRefused(problems);
        }
        window.push(
          this.commands.execute(command).then(
            (result) => ({ row, result }),
            (error: unknown) => ({ row, error }),
          ),
        );
        if (window.length >= (row.table.independentRows ? WRITE_WINDOW : 1)) await drainOne();
      }
      while (window.length > 0) await drainOne();
    } finally {
      // After a refusal, let the commands still running finish before the job reports.
      await Promise.all(window);
    }
  }
}
