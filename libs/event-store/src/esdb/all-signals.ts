import type { AllStreamResolvedEvent, AllStreamSubscription, Position } from '@eventstore/db-client';

export type AllSignal =
  | { kind: 'event'; resolved: AllStreamResolvedEvent }
  /** The server has sent everything up to now; what follows is live. */
  | { kind: 'caughtUp' }
  /** A filtered subscription has scanned the log up to `commit`. */
  | { kind: 'checkpoint'; commit: bigint };

export type OpenAllSubscription = (checkpointReached: (subscription: AllStreamSubscription, position: Position) => void) => AllStreamSubscription;

/** Queue sizes between which the client's stream is paused, so a long catch-up is not buffered whole. */
const HIGH_WATER = 512;
const LOW_WATER = 128;
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The client's $all subscription as one ordered sequence of events, caught-up and checkpoint signals.
 * The client announces caught-up and checkpoints as soon as it parses them, possibly while earlier
 * events still wait in its readable buffer; such a signal is queued behind those events.
 */
export class AllSignals implements AsyncIterator<AllSignal> {
  private readonly subscription: AllStreamSubscription;
  private readonly queue: AllSignal[] = [];
  /** Signals waiting for `after` more events to be emitted first, oldest first. */
  private readonly held: Array<{ after: number; signal: AllSignal }> = [];
  private failure: unknown;
  private ended = false;
  private closed = false;
  private wake: (() => void) | undefined;

  constructor(open: OpenAllSubscription) {
    this.subscription = open((_, position) => this.hold({ kind: 'checkpoint', commit: position.commit }));
    this.subscription.on('data', (resolved: AllStreamResolvedEvent) => this.onEvent(resolved));
    this.subscription.on('caughtUp', () => this.hold({ kind: 'caughtUp' }));
    this.subscription.on('error', (error: Error) => this.finish(error));
    this.subscription.on('end', () => this.finish(undefined));
  }

  async next(): Promise<IteratorResult<AllSignal>> {
    for (;;) {
      if (this.closed) return DONE;
      const signal = this.queue.shift();
      if (signal) {
        if (this.queue.length <= LOW_WATER && this.subscription.isPaused()) this.subscription.resume();
        return { done: false, value: signal };
      }
      if (this.failure !== undefined) throw this.failure;
      if (this.ended) return DONE;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async return(): Promise<IteratorResult<AllSignal>> {
    await this.close();
    return DONE;
  }

  /** Ends the gRPC call; a pending next() resolves done. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.notify();
    await this.subscription.unsubscribe();
    this.subscription.destroy();
  }

  private onEvent(resolved: AllStreamResolvedEvent): void {
    this.push({ kind: 'event', resolved });
    for (const entry of this.held) entry.after -= 1;
    while (this.held.length > 0 && this.held[0].after <= 0) this.push((this.held.shift() as { signal: AllSignal }).signal);
    if (this.queue.length >= HIGH_WATER) this.subscription.pause();
  }

  private hold(signal: AllSignal): void {
    // In object mode readableLength counts the events not yet emitted.
    const after = this.subscription.readableLength;
    if (after === 0 && this.held.length === 0) this.push(signal);
    else this.held.push({ after, signal });
  }

  private push(signal: AllSignal): void {
    if (this.closed) return;
    this.queue.push(signal);
    this.notify();
  }

  private finish(error: Error | undefined): void {
    if (this.closed) return;
    if (error) this.failure = error;
    this.ended = true;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
