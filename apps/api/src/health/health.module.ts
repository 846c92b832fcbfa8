import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { CalendarHealth } from './calendar.health';
import { EventStoreHealthIndicator } from './event-store.health';
import { HealthViewer } from './health-viewer';
import { ProjectionsHealthIndicator } from './projections.health';
import { RedisHealthIndicator } from './redis.health';

@Module({
  // Terminus logs each failed check itself; the indicators log what changed (ProblemLog), with the detail anonymous callers do not see.
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [HealthViewer, EventStoreHealthIndicator, RedisHealthIndicator, ProjectionsHealthIndicator, CalendarHealth],
})
export class HealthModule {}
