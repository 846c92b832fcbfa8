import type { Command, ICommandHandler } from '@nestjs/cqrs';
import { appendBatch, ConcurrencyError, DuplicateEventId, type EventStore, type UpcasterRegistry } from '@app/event-store';
import { AggregateStore, type CommandResult } from '@app/platform/commands';
import type { ImportKind } from '../kinds/import-kind';
import type { ImportRow } from '../reading/import-rows';
import { DryRunEventStore } from '../validation/dry-run-event-store';
import type { RowProblem } from '../validation/row-problem';

/**
 * Rows decided together and committed in one appendBatch: one transaction (one disk flush)
 * for this many rows instead of one each. Bounded, so an import's memory is too.
 */
export const BATCH_ROWS = 500;

/** A row of the file as the command a single request would send, or the problems that refuse it. */
export interface PlannedRow {
  row: ImportRow;
  command?: Command<CommandResult>;
  problems: RowProblem[];
}

export interface RowWrite {
  row: ImportRow;
  result: CommandResult;
}

export type BatchOutcome =
  /** `written`: the rows before the first refused one (all of them without a refusal), committed. */
  | { kind: 'committed'; written: RowWrite[]; refused?: { row: ImportRow; problems?: RowProblem[]; error?: unknown } }
  /** The log changed under the batch (another writer): nothing was written; run the rows one by one. */
  | { kind: 'conflict' };

/**
 * Runs a batch of rows through the same handlers and deciders a single request uses, on an
 * AggregateStore whose store is the real log plus the batch's own pending appends (a row sees
 * the rows before it), then commits those appends — the same events, ids and metadata the rows
 * would have written one by one — with one appendBatch. Results name the positions the events
 * got in the log. A refused row ends the batch: the rows before it are committed.
 */
export class RowBatch {
  constructor(
    private readonly store: EventStore,
    private readonly upcasters: UpcasterRegistry,
    private readonly kind: ImportKind,
    private readonly get: <T>(token: symbol) => T,
  ) {}

  async run(rows: readonly PlannedRow[]): Promise<BatchOutcome> {
    const overlay = new DryRunEventStore(this.store);
    const aggregates = new AggregateStore(overlay, this.upcasters);
    const handlers = new Map<string, ICommandHandler<Command<CommandResult>, CommandResult>>();
    const handlerOf = (row: ImportRow) => {
      let handler = handlers.get(row.table.name);
      if (!handler) handlers.set(row.table.name, (handler = row.table.handler({ aggregates, get: this.get })));
      return handler;
    };
    const decided: RowWrite[] = [];
    let refused: { row: ImportRow; problems?: RowProblem[]; error?: unknown } | undefined;
    for (const { row, command, problems } of rows) {
      if (!command) {
        refused = { row, problems };
        break;
      }
      try {
        decided.push({ row, result: await handlerOf(row).execute(command) });
      } catch (error) {
        refused = { row, error };
        break;
      }
    }

    const appends = overlay.pendingAppends();
    let committed;
    try {
      committed = await appendBatch(this.store, appends.map(({ stream, events, expected }) => ({ stream, events, expected })));
    } catch (error) {
      if (error instanceof ConcurrencyError || error instanceof DuplicateEventId) return { kind: 'conflict' };
      throw error;
    }
    const realPosition = new Map(appends.map((append, i) => [append.standInPosition.toString(), committed[i].position.toString()]));
    const written = decided.map(({ row, result }) => ({ row, result: { ...result, position: inLog(result.position, realPosition, this.kind) } }));
    return { kind: 'committed', written, refused };
  }
}

/** A result's position: stand-ins (negative) are replaced by where their append landed. */
function inLog(position: string, realPosition: Map<string, string>, kind: ImportKind): string {
  if (!position.startsWith('-')) return position;
  const real = realPosition.get(position);
  if (real === undefined) throw new Error(`import ${kind.name}: a row's result names position ${position}, which is not the last event of any append of its batch`);
  return real;
}
