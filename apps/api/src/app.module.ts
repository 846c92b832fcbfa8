import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStore, EventStoreModule, eventStoreSettingsFromEnv } from '@app/event-store';
import { AppConfigModule } from '@app/platform/config/app-config.module';
import { AuthModule } from '@app/platform/auth/auth.module';
import { CommandsModule } from '@app/platform/commands/commands.module';
import { ClockModule } from '@app/platform/clock/clock.module';
import { Clock } from '@app/platform/clock/clock';
import { RegistryModule } from '@app/registry';
import { AgreementsModule } from '@app/agreements';
import { AssessmentsModule } from '@app/assessments';
import { FollowUpModule, ObligationsModule } from '@app/follow-up';
import { AuditModule } from '@app/audit';
import { HealthModule } from './health/health.module';

export interface ApiModuleOptions {
  /** Tests and benchmarks hand in their own store (a temp SQLite file, the EventStoreDB double). */
  eventStore?: EventStore;
  /** Tests drive time. */
  clock?: Clock;
}

@Module({})
export class ApiModule {
  static forRoot(options: ApiModuleOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule,
        ClockModule.forRoot(options.clock),
        EventStoreModule.forRoot(eventStoreSettingsFromEnv(), options.eventStore),
        CqrsModule.forRoot(),
        AuthModule,
        CommandsModule,
        HealthModule,
        RegistryModule,
        AgreementsModule,
        AssessmentsModule,
        FollowUpModule,
        ObligationsModule,
        AuditModule,
      ],
    };
  }
}
