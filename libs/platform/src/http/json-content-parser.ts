import { HttpStatus } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Problem } from './problem';
import { ProblemException } from './problem.exception';
import { parseJsonBody } from './json-body-parser';
import { JSON_MEDIA_TYPE, type RequestLimits } from './request-limits';

/**
 * Makes JSON the only body the API reads: Fastify's own parsers (JSON without depth or size
 * limits, and `text/plain`) are removed, `application/json` goes through parseJsonBody, and
 * any other Content-Type — or a body without one — is refused with 415 before it is read.
 * The body is read here rather than by Fastify so that a body over the limit gets the same
 * problem whether its length was declared (refused by the request guards) or streamed.
 * Call on the root instance before any plugin or route is registered, so every scope inherits it.
 */
export function acceptOnlyJsonBodies(fastify: FastifyInstance, limits: RequestLimits): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(JSON_MEDIA_TYPE, (request, payload, done) => {
    const charset = charsetOf(request.headers['content-type']);
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
      done(new ProblemException(unsupportedMediaType(request.headers['content-type'])), undefined);
      return;
    }
    readBody(payload, limits.bodyLimit, (error, body) => {
      if (error) return done(error, undefined);
      try {
        done(null, parseJsonBody(body, limits));
      } catch (refusal) {
        done(refusal instanceof Error ? refusal : new Error(String(refusal)), undefined);
      }
    });
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

/** 413 for a body over the limit, declared or counted. */
export function contentTooLarge(bodyLimit: number, declaredLength?: number): Problem {
  const size = declaredLength === undefined ? `more than ${bodyLimit} bytes` : `${declaredLength} bytes`;
  return {
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    code: 'ContentTooLarge',
    title: 'Content Too Large',
    detail: `The body is ${size}; at most ${bodyLimit} are accepted`,
    errors: [{ field: 'body', message: `is ${size}`, allowed: bodyLimit }],
  };
}

/** Collects the body, stopping (and answering 413) at the first byte over the limit rather than buffering it all. */
function readBody(payload: IncomingMessage, bodyLimit: number, then: (error: Error | undefined, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let received = 0;
  const stop = () => {
    payload.off('data', onData);
    payload.off('end', onEnd);
    payload.off('error', onEnd);
  };
  function onData(chunk: Buffer): void {
    received += chunk.length;
    if (received > bodyLimit) {
      stop();
      then(new ProblemException(contentTooLarge(bodyLimit)), Buffer.alloc(0));
      return;
    }
    chunks.push(chunk);
  }
  function onEnd(error?: Error): void {
    stop();
    // A client that aborts mid-body is answered (if it still listens) and logged as a 400, not as a server fault.
    if (error) then(new ProblemException(incompleteBody(received)), Buffer.alloc(0));
    else then(undefined, Buffer.concat(chunks, received));
  }
  payload.on('data', onData);
  payload.on('end', onEnd);
  payload.on('error', onEnd);
}

function incompleteBody(received: number): Problem {
  return {
    status: HttpStatus.BAD_REQUEST,
    code: 'IncompleteBody',
    detail: `The body ended after ${received} bytes, before the request said it would`,
    errors: [{ field: 'body', message: 'was cut off' }],
  };
}

function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}
