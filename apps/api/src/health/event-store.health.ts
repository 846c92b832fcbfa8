import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_STORE, EventStore } from '@app/event-store';

@Injectable()
export class EventStoreHealthIndicator {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('eventStore');
    try {
      await this.store.ping();
      return indicator.up({ headPosition: (await this.store.headPosition()).toString() });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
