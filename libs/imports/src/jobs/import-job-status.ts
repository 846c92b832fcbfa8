import type { RowProblem } from '../validation/row-problem';

/**
 * `writing` while rows are written; `done` when every row is in the log; `failed` when a row was
 * refused while writing (the log changed after the check) or the store failed — rows before it
 * are written, and importing the same file again writes only the rest; `interrupted` when the
 * process writing it stopped (restart, crash) — import the file again to finish it.
 */
export type ImportJobState = 'writing' | 'done' | 'failed' | 'interrupted';

export interface ImportJobStatus {
  importId: string;
  kind: string;
  status: ImportJobState;
  rowsDone: number;
  rowsTotal: number;
  /** Rows that wrote new events. */
  written: number;
  /** Rows that were already in the log (imported before): nothing new written. */
  replayed: number;
  errors: RowProblem[];
  /** Global log positions of the rows' last events, in file order (new writes and replays). */
  positions: string[];
  /** The highest position: pass it as `minPosition` to read what the import wrote. */
  lastPosition: string | null;
  correlationId: string;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
}
