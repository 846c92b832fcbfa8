import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule);
  app.enableShutdownHooks();
  new Logger('Worker').log('Worker started');
}

main().catch((error: unknown) => {
  new Logger('Worker').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
