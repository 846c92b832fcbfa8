import { Inject, Injectable, Logger } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { ProblemLog, type ComponentHealth } from './component-health';
import { withinBudget } from './health-deadline';

/** The event store answers a ping and its head position, within the health budget. */
@Injectable()
export class EventStoreHealthIndicator {
  private readonly problems = new ProblemLog(new Logger('Health eventStore'));

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async check(): Promise<ComponentHealth> {
    try {
      const headPosition = await withinBudget(
        (async () => {
          await this.store.ping();
          return this.store.headPosition();
        })(),
        'the event store',
      );
      return this.problems.note({ up: true, summary: {}, details: { headPosition: headPosition.toString() } });
    } catch (error) {
      const message = (error as Error).message;
      return this.problems.note({ up: false, summary: {}, details: { message }, problem: message });
    }
  }
}
