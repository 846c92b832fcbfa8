import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, EventStore, Subscription, checkLink, type RecordedEvent } from '@app/event-store';

/**
 * Follows the log from its head and checks each new event's hash link on arrival, so a
 * tampered or forked stream is reported the moment it appears, not at the next audit.
 */
@Injectable()
export class LogFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LogFollower.name);
  private subscription?: Subscription;
  private running?: Promise<void>;
  /** See nextTurn. */
  private turn: Promise<void> | null = null;
  seen = 0;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationBootstrap(): Promise<void> {
    const head = await this.store.headPosition();
    this.subscription = this.store.subscribe({ fromPosition: head });
    this.logger.log(`Following the event log from position ${head}`);
    this.running = this.follow(this.subscription);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.close();
    await this.running;
  }

  /**
   * Checks up to CHECKS_IN_FLIGHT events at once: each needs its predecessor read from the store,
   * and reads asked for together share one read transaction (SQLite), where one at a time each
   * paid for its own. A read that fails still ends the follow, as it did one at a time.
   */
  private async follow(subscription: Subscription): Promise<void> {
    const checks: Array<Promise<void>> = [];
    try {
      for await (const event of subscription) {
        this.seen++;
        const check = this.nextTurn().then(() => this.check(event));
        // Awaited below, in order; this keeps a failure meanwhile from counting as unhandled.
        check.catch(() => undefined);
        checks.push(check);
        if (checks.length >= CHECKS_IN_FLIGHT) await checks.shift();
      }
    } finally {
      for (const check of checks.splice(0)) await check;
    }
  }

  /**
   * Resolves on the next turn of the event loop, for every event that arrived before it. The
   * SQLite store reads together the reads asked for before the microtask its first one queues;
   * each arriving event resumes this loop a microtask later, so a check started on arrival read
   * alone, every time. Started here, the checks of the events that arrived meanwhile (a page,
   * CHECKS_IN_FLIGHT at most) ask for their reads at once.
   */
  private nextTurn(): Promise<void> {
    return (this.turn ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        this.turn = null;
        resolve();
      }),
    ));
  }

  private async check(event: RecordedEvent): Promise<void> {
    const previous = event.revision === 0 ? [] : await this.store.readStream(event.stream, { fromRevision: event.revision - 1, maxCount: 1 });
    const problem = checkLink(event, previous[0]?.metadata.hash ?? null);
    if (problem) this.logger.error(`Broken hash link in ${event.stream}@${event.revision}: ${problem.reason}`);
  }
}

const CHECKS_IN_FLIGHT = 64;
