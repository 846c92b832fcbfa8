import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStore, EventStoreModule, eventStoreSettingsFromEnv } from '@app/event-store';
import { AppConfigModule } from '@app/platform/config/app-config.module';
import { AuthModule } from '@app/platform/auth/auth.module';
import { CommandsModule } from '@app/platform/commands/commands.module';
import { ClockModule } from '@app/platform/clock/clock.module';
import { Clock } from '@app/platform/clock/clock';
import { RedisModule } from '@app/platform/redis/redis.module';
import { ProjectionsHttpModule, ProjectionsModule } from '@app/platform/projections';
import { RegistryModule } from '@app/registry';
import { AgreementsModule } from '@app/agreements';
import { AgreementsReadModule } from '@app/agreements/read-models';
import { AssessmentsModule } from '@app/assessments';
import { ComplianceReadModule } from '@app/assessments/compliance';
import { FollowUpModule, ObligationsModule } from '@app/follow-up';
import { FollowUpReadModule } from '@app/follow-up/read-models';
import { DeadlineProcessingModule, type DeadlineProcessingOptions } from '@app/follow-up/processing';
import { AuditModule } from '@app/audit';
import { productProjections, runsWorkers } from '@app/read-side';
import { HealthModule } from './health/health.module';

export interface ApiModuleOptions {
  /** Tests and benchmarks hand in their own store (a temp SQLite file, the EventStoreDB double). */
  eventStore?: EventStore;
  /** Tests drive time. */
  clock?: Clock;
  /** Run projections and deadline workers in this process (embedded mode). Default: RUN_WORKERS, else true. */
  runWorkers?: boolean;
  /** Overrides for the deadline processing (tests: short sweeps, webhook targets). */
  processing?: Omit<DeadlineProcessingOptions, 'runWorkers'>;
}

@Module({})
export class ApiModule {
  static forRoot(options: ApiModuleOptions = {}): DynamicModule {
    const runWorkers = options.runWorkers ?? runsWorkers();
    return {
      module: ApiModule,
      imports: [
        AppConfigModule,
        ClockModule.forRoot(options.clock),
        EventStoreModule.forRoot(eventStoreSettingsFromEnv(), options.eventStore),
        CqrsModule.forRoot(),
        AuthModule,
        CommandsModule,
        RedisModule,
        ProjectionsModule.forRoot(productProjections(options.processing?.policy), { run: runWorkers }),
        ProjectionsHttpModule,
        HealthModule,
        RegistryModule,
        AgreementsModule,
        AgreementsReadModule,
        AssessmentsModule,
        ComplianceReadModule,
        FollowUpModule,
        ObligationsModule,
        FollowUpReadModule,
        DeadlineProcessingModule.forRoot({ ...options.processing, runWorkers }),
        AuditModule,
      ],
    };
  }
}
