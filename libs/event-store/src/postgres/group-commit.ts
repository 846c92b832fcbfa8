import type { AppendResult, StreamAppend } from '../event-store.port';

/** One caller's appends (one append, or one appendAtomically) waiting for a transaction. */
export interface PendingAppend {
  appends: StreamAppend[];
  resolve(results: AppendResult[]): void;
  reject(error: unknown): void;
}

/**
 * Appends commit one transaction at a time (append-lock.ts), and each commit waits for its
 * own flush to disk. Rather than queue sixteen callers for sixteen flushes, the callers that
 * arrive while a transaction runs go together into the next one (append-plan.ts decides each
 * caller on its own, so a refusal writes nothing of that caller's). One transaction per store
 * at a time: a second one would only wait on the append lock.
 */
export class GroupCommit {
  private readonly queue: PendingAppend[] = [];
  private running = false;

  constructor(
    private readonly commit: (batch: PendingAppend[]) => Promise<void>,
    /** Bounds one transaction's lookup and insert. */
    private readonly maxBatch = 64,
  ) {}

  submit(appends: StreamAppend[]): Promise<AppendResult[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ appends, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    const batch = this.queue.splice(0, this.maxBatch);
    void this.commit(batch)
      .catch((error: unknown) => batch.forEach((pending) => pending.reject(error)))
      .finally(() => {
        this.running = false;
        this.next();
      });
  }
}
