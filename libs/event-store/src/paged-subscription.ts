import type { AllFilter, Subscription } from './event-store.port';
import type { RecordedEvent } from './envelope';
import type { LogPage } from './log-page';

/** What an adapter gives a subscription: pages of its log, and word of its appends. */
export interface SubscriptionSource {
  /** Matching events after `after`; synchronous where the store is (SQLite). */
  readPage(after: bigint, filter: AllFilter | undefined): LogPage | Promise<LogPage>;
  /** Grows with every append signalled (before its listeners are called); compared before and after a page read. */
  appendCount(): number;
  /** Calls `listener` after each append signalled; returns the unsubscribe. */
  onAppend(listener: () => void): () => void;
  /** Runs before each page read: makes sure appends will be signalled (PostgreSQL's LISTEN). */
  beforeRead?(): Promise<void>;
  /** Idle re-check, for appends that are never signalled (other processes, a lost notification). */
  pollIntervalMs: number;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Pages through the log after `cursor`, then sleeps until an append is signalled, a poll tick,
 * or close(). Events arrive in position order and each once: every adapter makes positions
 * visible in increasing order (PostgreSQL: append-lock.ts), so nothing can appear behind the
 * cursor, and the cursor only moves to what a page examined.
 */
export class PagedSubscription implements Subscription, AsyncIterator<RecordedEvent> {
  private buffer: RecordedEvent[] = [];
  private closed = false;
  private readonly sleepers = new Set<() => void>();

  constructor(
    private readonly source: SubscriptionSource,
    private cursor: bigint,
    private readonly filter: AllFilter | undefined,
    private readonly onClose: (subscription: PagedSubscription) => void,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this;
  }

  async next(): Promise<IteratorResult<RecordedEvent>> {
    for (;;) {
      if (this.closed) return DONE;
      const event = this.buffer.shift();
      if (event) return { done: false, value: event };
      await this.source.beforeRead?.();
      // A commit can land and signal before sleep() listens: during an asynchronous read, and
      // even after a synchronous one (SQLite's), in the await that follows it. So an append
      // counted since here means look again at once, never sleep through it.
      const seenBefore = this.source.appendCount();
      const page = await this.source.readPage(this.cursor, this.filter);
      // close() during the read woke no sleeper: this one must not go to sleep now.
      if (this.closed) return DONE;
      this.cursor = page.scannedTo;
      this.buffer = page.events;
      if (this.buffer.length > 0) continue;
      // A long stretch of non-matching events: let other work run between pages.
      if (!page.caughtUp) await new Promise<void>((resolve) => setImmediate(resolve));
      else if (this.source.appendCount() === seenBefore) await this.sleep();
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

  /** Listens from the same tick as the appendCount check in next(), so no signal falls between. */
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
