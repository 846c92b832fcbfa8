import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogLevel } from '@nestjs/common';
import { ApiModule, ApiModuleOptions } from './app.module';
import type { FastifyInstance } from 'fastify';
import { ProblemDetailsFilter, acceptMultipartUploads, hardenFastify, hardenedFastifyOptions, createValidationPipe } from '@app/platform/http';
import { CLOCK, type Clock } from '@app/platform/clock';
import { setUpOpenApi } from './openapi';
import { mountQueueDashboard } from '@app/follow-up/processing';
import { APP_CONFIG, type AppConfig } from '@app/platform/config';
import { serveConsole } from './console/serve-console';

export interface CreateApiOptions extends ApiModuleOptions {
  logger?: LogLevel[] | false;
}

/** Builds the HTTP application exactly as production runs it; tests and benchmarks use it too. */
export async function createApiApp(options: CreateApiOptions = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot(options),
    // Limits, body parsing and every refusal before Nest sees a request: libs/platform/src/http/request-limits.ts.
    new FastifyAdapter(hardenedFastifyOptions()),
    // Nest's own parsers would bring back Fastify's unbounded JSON parser and form bodies.
    { logger: options.logger ?? ['log', 'warn', 'error'], abortOnError: false, bodyParser: false },
  );
  hardenFastify(app.getHttpAdapter().getInstance() as unknown as FastifyInstance);
  // Uploads (POST /v1/evidence) stream multipart parts; every other route still takes JSON only.
  await acceptMultipartUploads(app.getHttpAdapter().getInstance() as unknown as FastifyInstance);
  app.useGlobalFilters(new ProblemDetailsFilter());
  // Date rules (business-dates.ts) judge "too far ahead" by the application's clock.
  app.useGlobalPipes(createValidationPipe(app.get<Clock>(CLOCK)));
  app.enableShutdownHooks();
  setUpOpenApi(app);
  await mountQueueDashboard(app);
  // The console (apps/console, built by `npm run build`) at `/`; the API stays under /v1.
  await serveConsole(app.getHttpAdapter().getInstance() as unknown as FastifyInstance, { issuer: app.get<AppConfig>(APP_CONFIG).oidc.issuer });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
