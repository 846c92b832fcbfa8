import { Logger } from '@nestjs/common';
import { createWorkerApp } from './bootstrap';

async function main(): Promise<void> {
  await createWorkerApp();
  new Logger('Worker').log('Worker started');
}

main().catch((error: unknown) => {
  // A bad setting or an unreachable store or Redis: say why and stop.
  new Logger('Worker').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
