import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStore, EventStoreModule, eventStoreSettingsFromEnv } from '@app/event-store';
import { AppConfigModule } from '@app/platform/config';
import { ClockModule } from '@app/platform/clock';
import type { Clock } from '@app/platform/clock';
import { CommandsModule } from '@app/platform/commands';
import { ProjectionsModule, type Projection } from '@app/platform/projections';
import { RedisModule } from '@app/platform/redis';
import { DeadlineProcessingModule, loadDeadlinePolicy, type DeadlineProcessingOptions } from '@app/follow-up/processing';
import { LogFollower } from './log-follower';
import { workerProjections } from './worker-projections';

export interface WorkerModuleOptions {
  /** Tests and benchmarks hand in their own store (a temp SQLite file). */
  eventStore?: EventStore;
  /** Tests drive time. */
  clock?: Clock;
  /** Read models this process keeps up to date besides the deadline schedule. */
  projections?: Projection[];
  processing?: Omit<DeadlineProcessingOptions, 'runWorkers'>;
}

/**
 * The worker process: follows the event log (hash-link check, projection runners, the deadline
 * reactor) and runs the BullMQ processors. In production it runs as its own process with any
 * number of replicas: jobs are competing consumers, runners and the reactor coordinate in Redis.
 */
@Module({})
export class WorkerModule {
  static forRoot(options: WorkerModuleOptions = {}): DynamicModule {
    const policy = options.processing?.policy ?? loadDeadlinePolicy();
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule,
        ClockModule.forRoot(options.clock),
        EventStoreModule.forRoot(eventStoreSettingsFromEnv(), options.eventStore),
        RedisModule,
        CqrsModule.forRoot(),
        CommandsModule,
        ProjectionsModule.forRoot(workerProjections(policy, options.projections), { run: true }),
        DeadlineProcessingModule.forRoot({ ...options.processing, policy, runWorkers: true }),
      ],
      providers: [LogFollower],
    };
  }
}
