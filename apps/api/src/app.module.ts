import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventStore, EventStoreModule, eventStoreSettingsFromEnv } from '@app/event-store';
import { AppConfigModule } from '@app/platform/config';
import { AuthModule } from '@app/platform/auth';
import { CommandsModule } from '@app/platform/commands';
import { ClockModule, Clock } from '@app/platform/clock';
import { RedisModule } from '@app/platform/redis';
import { ProjectionsHttpModule, ProjectionsModule } from '@app/platform/projections';
import { ProvidersReadModule, RegistryModule } from '@app/registry';
import { AgreementsModule, AgreementsReadModule } from '@app/agreements';
import { AssessmentsModule, ComplianceReadModule } from '@app/assessments';
import { FollowUpModule, ObligationsModule, FollowUpReadModule } from '@app/follow-up';
import { DeadlineProcessingModule, type DeadlineProcessingOptions } from '@app/follow-up/processing';
import { AuditModule } from '@app/audit';
import { EvidenceModule } from '@app/evidence';
import { ImportsModule } from '@app/imports';
import { ContactsModule } from '@app/contacts';
import { MissingContactsModule } from '@app/contacts/missing-contacts';
import { SpreadsheetsModule } from '@app/spreadsheets';
import { ReportsModule } from '@app/spreadsheets/reports';
import { productProjections, runsWorkers } from '@app/read-side';
import { HealthModule } from './health/health.module';
import { ConsoleSettingsController } from './console/console-settings.controller';

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
        ProvidersReadModule,
        AgreementsModule,
        AgreementsReadModule,
        AssessmentsModule,
        ComplianceReadModule,
        EvidenceModule,
        FollowUpModule,
        ObligationsModule,
        FollowUpReadModule,
        DeadlineProcessingModule.forRoot({ ...options.processing, runWorkers }),
        AuditModule,
        ImportsModule,
        ContactsModule,
        MissingContactsModule,
        SpreadsheetsModule,
        ReportsModule,
      ],
      controllers: [ConsoleSettingsController],
    };
  }
}
