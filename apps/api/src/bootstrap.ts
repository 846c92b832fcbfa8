import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogLevel } from '@nestjs/common';
import { ApiModule, ApiModuleOptions } from './app.module';
import { ProblemDetailsFilter } from '@app/platform/http/problem-details.filter';
import { createValidationPipe } from '@app/platform/http/validation.pipe';
import { setUpOpenApi } from './openapi';
import { mountQueueDashboard } from '@app/follow-up/processing';

export interface CreateApiOptions extends ApiModuleOptions {
  logger?: LogLevel[] | false;
}

/** Builds the HTTP application exactly as production runs it; tests and benchmarks use it too. */
export async function createApiApp(options: CreateApiOptions = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot(options),
    // Follow-ups carry their evidence documents base64-encoded in JSON (≤ 10 MiB of files).
    new FastifyAdapter({ bodyLimit: 16 * 1_048_576 }),
    { logger: options.logger ?? ['log', 'warn', 'error'], abortOnError: false },
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  setUpOpenApi(app);
  await mountQueueDashboard(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
