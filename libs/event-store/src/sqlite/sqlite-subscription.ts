import type { AllFilter, Subscription } from '../event-store.port';
import type { RecordedEvent } from '../envelope';
import type { LogPage } from './log-page';

export interface SubscriptionSource {
  /** Synchronous, so no append can slip between a page and registering for the next wake-up. */
  readPage(after: bigint, filter: AllFilter | undefined): LogPage;
  /** Calls `listener` after each append by this process; returns the unsubscribe. */
  onAppend(listener: () => void): () => void;
  /** Idle re-check for appends by other processes on the same file. */
  pollIntervalMs: number;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** Pages through the log after `cursor`, then sleeps until woken by an append, a poll tick or close(). */
export class SqliteSubscription implements Subscription, AsyncIterator<RecordedEvent> {
  private buffer: RecordedEvent[] = [];
  private closed = false;
  private readonly sleepers = new Set<() => void>();

  constructor(
    private readonly source: SubscriptionSource,
    private cursor: bigint,
    private readonly filter: AllFilter | undefined,
    private readonly onClose: (subscription: SqliteSubscription) => void,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this;
  }

  async next(): Promise<IteratorResult<RecordedEvent>> {
    for (;;) {
      if (this.closed) return DONE;
      const event = this.buffer.shift();
      if (event) return { done: false, value: event };
      const page = this.source.readPage(this.cursor, this.filter);
      this.cursor = page.scannedTo;
      this.buffer = page.events;
      if (this.buffer.length > 0) continue;
      // A long stretch of non-matching events: let other work run between pages.
      if (!page.caughtUp) await new Promise<void>((resolve) => setImmediate(resolve));
      else await this.sleep();
    }
  }

  async return(): Promise<IteratorResult<RecordedEvent>> {
    await this.close();
    return DONE;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.buffer = [];
    for (const wake of [...this.sleepers]) wake();
    this.onClose(this);
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        stopListening();
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, this.source.pollIntervalMs);
      const stopListening = this.source.onAppend(wake);
      this.sleepers.add(wake);
    });
  }
}
