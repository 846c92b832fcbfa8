import { Global, Module } from '@nestjs/common';
import { EXPORT_LIMITS, exportLimitsFromEnv } from './export/export-limits';

/** The export limits every exportable route reads (`EXPORT_MAX_ROWS`). */
@Global()
@Module({
  providers: [{ provide: EXPORT_LIMITS, useFactory: () => exportLimitsFromEnv() }],
  exports: [EXPORT_LIMITS],
})
export class SpreadsheetsModule {}
