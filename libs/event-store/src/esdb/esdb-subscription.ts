import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import type { Subscription } from '../event-store.port';
import type { RecordedEvent } from '../envelope';
import type { AllSignal, AllSignals } from './all-signals';
import { toPortError } from './esdb-errors';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** The port's Subscription over a live $all subscription: events only, in order, until closed. */
export class EsdbSubscription implements Subscription, AsyncIterator<RecordedEvent> {
  private closed = false;

  constructor(
    private readonly signals: AllSignals,
    /** The port's event for a delivered one, or undefined to skip it. */
    private readonly accept: (resolved: AllStreamResolvedEvent) => RecordedEvent | undefined,
    private readonly onClose: (subscription: EsdbSubscription) => void,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this;
  }

  async next(): Promise<IteratorResult<RecordedEvent>> {
    for (;;) {
      let result: IteratorResult<AllSignal>;
      try {
        result = await this.signals.next();
      } catch (error) {
        await this.close();
        throw toPortError('follow the log', error);
      }
      if (result.done) return DONE;
      if (result.value.kind !== 'event') continue;
      const event = this.accept(result.value.resolved);
      if (event) return { done: false, value: event };
    }
  }

  /** Called by for-await on break or throw. */
  async return(): Promise<IteratorResult<RecordedEvent>> {
    await this.close();
    return DONE;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClose(this);
    await this.signals.close();
  }
}
