import type { RecordedEvent } from '@app/event-store';

const NOT_YET = Symbol('not yet');

/**
 * Groups what an event source has already buffered into batches: waits for one event, then takes
 * everything that arrives before the next macrotask, up to `maxSize`. A live subscription thus
 * commits single events promptly, while catch-up commits full batches.
 */
export class EventBatcher {
  private pending?: Promise<IteratorResult<RecordedEvent>>;
  private ended = false;

  constructor(
    private readonly events: AsyncIterator<RecordedEvent>,
    private readonly maxSize: number,
  ) {}

  /** The next batch, or null once the source has ended. */
  async next(): Promise<RecordedEvent[] | null> {
    if (this.ended) return null;
    const first = await this.take();
    if (first.done) return this.end();
    const batch = [first.value];
    // One tick for the whole batch: every event already buffered resolves in microtasks before it.
    const tick = new Promise<typeof NOT_YET>((resolve) => setImmediate(resolve, NOT_YET));
    while (batch.length < this.maxSize) {
      const result = await Promise.race([this.peek(), tick]);
      if (result === NOT_YET) break;
      this.pending = undefined;
      if (result.done) {
        this.ended = true;
        break;
      }
      batch.push(result.value);
    }
    return batch;
  }

  private peek(): Promise<IteratorResult<RecordedEvent>> {
    // A next() that lost the race is kept for the following batch: iterators cannot un-read.
    this.pending ??= this.events.next();
    return this.pending;
  }

  private async take(): Promise<IteratorResult<RecordedEvent>> {
    const result = await this.peek();
    this.pending = undefined;
    return result;
  }

  private end(): null {
    this.ended = true;
    return null;
  }
}
