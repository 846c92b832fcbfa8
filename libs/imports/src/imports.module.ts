import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ImportsHttpController } from './http/imports.http.controller';
import { ImportJobStore } from './jobs/import-job.store';
import { ImportJobs } from './jobs/import-jobs';
import { ImportRecommendationRowHandler } from './kinds/recommendations-row.handler';
import { importLimitsFromEnv } from './reading/import-limits';
import { IMPORT_LIMITS } from './reading/import-limits.token';
import { ImportRunner } from './running/import-runner';

/**
 * Spreadsheet imports (CSV/XLSX): each row runs as the single command through the CommandBus,
 * so the modules of the imported kinds (RegistryModule, AssessmentsModule, FollowUpModule) must be
 * loaded too; a dry run builds their handlers with the providers they inject (ModuleRef).
 * Needs the event store, CommandsModule, RedisModule (job status) and the clock.
 */
@Module({
  imports: [CqrsModule],
  controllers: [ImportsHttpController],
  providers: [{ provide: IMPORT_LIMITS, useFactory: () => importLimitsFromEnv() }, ImportRunner, ImportJobStore, ImportJobs, ImportRecommendationRowHandler],
  exports: [ImportJobs],
})
export class ImportsModule {}
