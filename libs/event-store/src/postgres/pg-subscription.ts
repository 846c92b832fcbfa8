import type { AllFilter, Subscription } from '../event-store.port';
import type { RecordedEvent } from '../envelope';

export interface LogPage {
  /** Matching events after the cursor, in position order. */
  events: RecordedEvent[];
  /** The page was not full: nothing more matched when it was read. */
  caughtUp: boolean;
}

export interface SubscriptionSource {
  readPage(after: bigint, filter: AllFilter | undefined): Promise<LogPage>;
  /** Grows with every append seen (own or notified); compared before and after a page read. */
  appendCount(): number;
  /** Calls `listener` on the next appends; returns the unsubscribe. */
  onAppend(listener: () => void): () => void;
  /** Makes sure notifications will arrive (idempotent). */
  ensureListening(): Promise<void>;
  /** Fallback re-check, should a notification be lost with its connection. */
  pollIntervalMs: number;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Pages through the log after `cursor`, then sleeps until an append is signalled, a poll tick,
 * or close(). Events arrive in position order and each once: appends commit in position order
 * (see append-lock.ts), so nothing can appear behind the cursor.
 */
export class PgSubscription implements Subscription, AsyncIterator<RecordedEvent> {
  private buffer: RecordedEvent[] = [];
  private closed = false;
  private readonly sleepers = new Set<() => void>();

  constructor(
    private readonly source: SubscriptionSource,
    private cursor: bigint,
    private readonly filter: AllFilter | undefined,
    private readonly onClose: (subscription: PgSubscription) => void,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this;
  }

  async next(): Promise<IteratorResult<RecordedEvent>> {
    for (;;) {
      if (this.closed) return DONE;
      const event = this.buffer.shift();
      if (event) {
        this.cursor = event.position;
        return { done: false, value: event };
      }
      await this.source.ensureListening();
      const seenBefore = this.source.appendCount();
      const page = await this.source.readPage(this.cursor, this.filter);
      if (this.closed) return DONE;
      this.buffer = page.events;
      if (this.buffer.length > 0 || !page.caughtUp) continue;
      // An append signalled while the page was read may not be in it: look again at once.
      if (this.source.appendCount() !== seenBefore) continue;
      await this.sleep();
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
