import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document of every route: the source of truth for the HTTP surface and the console's client. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Ombudsman RI follow-up tracker')
    .setDescription(
      [
        'Event-sourced tracker of the cooperation between Ombudsman RI and regional governments:',
        'MoUs, PKS, annual compliance assessments and recommendations.',
        '',
        'Every error is `application/problem+json` (RFC 9457) with an `errors` list naming each bad field.',
        'Commands accept `Idempotency-Key` (a repeat returns the first answer and writes nothing) and',
        '`If-Match: "<revision>"` (412 when stale); their answers carry the new revision as `ETag`.',
        'Queries of an aggregate accept `?asOf=` (ISO instant or date) for its state as recorded then.',
      ].join('\n'),
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** OpenAPI at /docs (UI) and /docs/json. */
export function setUpOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs/json' });
}
