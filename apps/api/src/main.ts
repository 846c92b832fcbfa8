import { Logger } from '@nestjs/common';
import { loadConfig } from '@app/platform/config';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp();
  await app.listen(config.port, process.env.HOST ?? '127.0.0.1');
  const url = await app.getUrl();
  new Logger('Api').log(`Listening on ${url} — OpenAPI at ${url}/docs, health at ${url}/health`);
}

main().catch((error: unknown) => {
  // A bad setting or an unreachable store: say why and stop, rather than serve half a system.
  new Logger('Api').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
