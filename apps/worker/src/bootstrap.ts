import type { INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule, type WorkerModuleOptions } from './worker.module';

export interface CreateWorkerOptions extends WorkerModuleOptions {
  logger?: LogLevel[] | false;
}

/** The worker exactly as production runs it (no HTTP); tests and benchmarks use it too. */
export async function createWorkerApp(options: CreateWorkerOptions = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(options), {
    logger: options.logger ?? ['log', 'warn', 'error'],
    abortOnError: false,
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
