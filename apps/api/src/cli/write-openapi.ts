/**
 * Writes the API's OpenAPI document where the console's typed client is generated from
 * (`npm run console:api`). Nest's preview mode builds the module graph without instantiating a
 * provider, so no store, Redis or port is needed to describe the routes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { ApiModule } from '../app.module';
import { buildOpenApiDocument } from '../openapi';

export async function describeApi(): Promise<string> {
  const app = await NestFactory.create(ApiModule.forRoot({}), new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  try {
    return `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  const target = resolve(process.argv[2] ?? 'apps/console/src/api/openapi.json');
  describeApi()
    .then((json) => writeFileSync(target, json))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
