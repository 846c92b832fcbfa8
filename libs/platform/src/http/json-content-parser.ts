import { HttpStatus } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { Problem } from './problem';
import { ProblemException } from './problem.exception';
import { parseJsonBody } from './json-body-parser';
import { JSON_MEDIA_TYPE, type RequestLimits } from './request-limits';

/**
 * Makes JSON the only body the API reads: Fastify's own parsers (JSON without depth or size
 * limits, and `text/plain`) are removed, `application/json` goes through parseJsonBody, and
 * any other Content-Type — or a body without one — is refused with 415 before it is read.
 * Call on the root instance before any plugin or route is registered, so every scope inherits it.
 */
export function acceptOnlyJsonBodies(fastify: FastifyInstance, limits: RequestLimits): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(JSON_MEDIA_TYPE, { parseAs: 'buffer', bodyLimit: limits.bodyLimit }, (request, body, done) => {
    try {
      const charset = charsetOf(request.headers['content-type']);
      if (charset !== undefined && !/^utf-?8$/i.test(charset)) throw new ProblemException(unsupportedMediaType(request.headers['content-type']));
      done(null, parseJsonBody(body, limits));
    } catch (error) {
      done(error instanceof Error ? error : new Error(String(error)), undefined);
    }
  });
  fastify.addContentTypeParser('*', (request, _payload, done) => {
    done(new ProblemException(unsupportedMediaType(request.headers['content-type'])), undefined);
  });
}

export function unsupportedMediaType(contentType: string | undefined): Problem {
  const given = contentType === undefined || contentType.trim() === '' ? 'none' : `"${contentType}"`;
  return {
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    code: 'UnsupportedMediaType',
    detail: `Content-Type ${given} is not accepted; send the body as ${JSON_MEDIA_TYPE} (UTF-8)`,
    errors: [{ field: 'header.Content-Type', message: contentType === undefined ? 'is missing' : `${given} is not accepted`, allowed: [JSON_MEDIA_TYPE, `${JSON_MEDIA_TYPE}; charset=utf-8`] }],
  };
}

function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}
