import type Database from 'better-sqlite3';
import { StoreUnavailable } from '../errors';
import { isUnavailable } from './sqlite-errors';

/** What one commit wrote: reported to the `onCommit` hook after it returned. */
export interface CommitInfo {
  /** Writes that committed (refused ones are not counted). */
  writes: number;
  events: number;
}

export interface GroupCommitLimits {
  /** At most this many writes share a transaction. */
  maxWrites: number;
  /** A transaction stops taking writes once it holds this many events (a larger write goes alone). */
  maxEvents: number;
}

/** One caller's write: runs inside the shared transaction, in its own savepoint. */
interface PendingWrite {
  work: () => unknown;
  events: number;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit: writes that arrive together share one IMMEDIATE transaction and one fsync.
 * Each write runs in its own savepoint, so a refusal (ConcurrencyError, DuplicateEventId, an
 * unserialisable event) undoes only that write and rejects only its caller; the others see
 * the writes before them in the batch, as if run one by one. A caller is answered only after
 * the COMMIT that made its write durable returned; if BEGIN or COMMIT fails, or SQLite cannot
 * write at all, every write of the batch is rejected with StoreUnavailable and none is stored.
 * A batch is bounded, so the event loop is blocked for at most one batch at a time.
 */
export class GroupCommit {
  private readonly queue: PendingWrite[] = [];
  private scheduled = false;
  private readonly savepoint: Database.Transaction<(work: () => unknown) => unknown>;
  private readonly batch: Database.Transaction<(writes: PendingWrite[]) => Outcome[]>;

  constructor(
    db: Database.Database,
    private readonly limits: GroupCommitLimits,
    private readonly onCommitted: (info: CommitInfo) => void,
  ) {
    // Called inside `batch`, better-sqlite3 runs a transaction function as a SAVEPOINT.
    this.savepoint = db.transaction((work) => work());
    this.batch = db.transaction((writes) => writes.map((write) => this.runOne(write)));
  }

  /** Queues `work` for the next commit; resolves with its result once that commit returned. */
  write<T>(work: () => T, events: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, events, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /** Commits everything queued now, batch by batch (before the connection closes). */
  drain(): void {
    while (this.queue.length > 0) this.commitNext();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate: every append made in this turn of the event loop joins the same commit.
    setImmediate(() => {
      this.scheduled = false;
      // drain() (on close) may have committed everything already.
      if (this.queue.length === 0) return;
      this.commitNext();
      if (this.queue.length > 0) this.schedule();
    });
  }

  private commitNext(): void {
    const writes = this.takeBatch();
    let outcomes: Outcome[];
    try {
      // IMMEDIATE takes the write lock up front, so concurrent processes queue instead of deadlocking.
      outcomes = this.batch.immediate(writes);
    } catch (error) {
      const unavailable =
        error instanceof StoreUnavailable ? error : new StoreUnavailable(`Event store cannot append: ${(error as Error).message}`, error);
      for (const write of writes) write.reject(unavailable);
      return;
    }
    let committed = 0;
    let events = 0;
    writes.forEach((write, i) => {
      const outcome = outcomes[i];
      if (!outcome.ok) return write.reject(outcome.error);
      committed += 1;
      events += write.events;
      write.resolve(outcome.value);
    });
    if (committed > 0) this.onCommitted({ writes: committed, events });
  }

  private takeBatch(): PendingWrite[] {
    let count = 0;
    let events = 0;
    while (count < this.queue.length && count < this.limits.maxWrites) {
      const next = this.queue[count].events;
      if (count > 0 && events + next > this.limits.maxEvents) break;
      count += 1;
      events += next;
    }
    return this.queue.splice(0, count);
  }

  /** A refusal stays this write's own; "cannot write now" aborts the whole transaction. */
  private runOne(write: PendingWrite): Outcome {
    try {
      return { ok: true, value: this.savepoint(write.work) };
    } catch (error) {
      if (isUnavailable(error)) throw error;
      return { ok: false, error };
    }
  }
}
