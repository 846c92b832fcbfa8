import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, EventStore, Subscription, checkLink } from '@app/event-store';

/**
 * Follows the log from its head and checks each new event's hash link on arrival, so a
 * tampered or forked stream is reported the moment it appears, not at the next audit.
 */
@Injectable()
export class LogFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LogFollower.name);
  private subscription?: Subscription;
  private running?: Promise<void>;
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

  private async follow(subscription: Subscription): Promise<void> {
    for await (const event of subscription) {
      this.seen++;
      const previous = event.revision === 0 ? [] : await this.store.readStream(event.stream, { fromRevision: event.revision - 1, maxCount: 1 });
      const problem = checkLink(event, previous[0]?.metadata.hash ?? null);
      if (problem) this.logger.error(`Broken hash link in ${event.stream}@${event.revision}: ${problem.reason}`);
    }
  }
}
