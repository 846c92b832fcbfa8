import { Module } from '@nestjs/common';
import { EventStoreModule, eventStoreSettingsFromEnv } from '@app/event-store';
import { AppConfigModule } from '@app/platform/config/app-config.module';
import { ClockModule } from '@app/platform/clock/clock.module';
import { LogFollower } from './log-follower';

/**
 * The worker process: hosts what follows the event log (projection runners, BullMQ
 * processors). In production it runs as its own process, with any number of replicas.
 */
@Module({
  imports: [AppConfigModule, ClockModule.forRoot(), EventStoreModule.forRoot(eventStoreSettingsFromEnv())],
  providers: [LogFollower],
})
export class WorkerModule {}
