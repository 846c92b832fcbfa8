import { HttpStatus } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { Problem } from './problem';

/** The media type of uploads; accepted only on routes marked @AcceptsMultipart(). */
export const MULTIPART_MEDIA_TYPE = 'multipart/form-data';

/** The route config key @AcceptsMultipart() sets, read by the request guards before any body is read. */
const ACCEPTS_MULTIPART = 'acceptsMultipart';

/**
 * Marks an upload route: it takes multipart/form-data (and nothing else), reads the parts itself
 * as streams, and enforces its own size limit (the JSON body limit does not apply to it).
 */
export const AcceptsMultipart = (): MethodDecorator => RouteConfig({ [ACCEPTS_MULTIPART]: true });

export function routeAcceptsMultipart(request: { routeOptions?: { config?: unknown } }): boolean {
  const config = request.routeOptions?.config as Record<string, unknown> | undefined;
  return config?.[ACCEPTS_MULTIPART] === true;
}

/**
 * Registers the framework's streaming multipart parser. It leaves the body unread: each upload
 * route reads its parts (request.parts(limits)) with its own limits; these are only the bounds
 * for a route that passes none. Every other route still refuses multipart with 415 (request
 * guards), as it refuses any body that is not JSON. Call after hardenFastify, before app.init().
 */
export async function acceptMultipartUploads(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyMultipart, { throwFileSizeLimit: true, limits: { parts: 10, files: 1, fields: 10, fieldSize: 1024, fieldNameSize: 100, headerPairs: 20 } });
}

export const isMultipart = (contentType: string | undefined): boolean => /^multipart\/form-data\s*(;|$)/i.test(contentType?.trim() ?? '');

/** 415 on an upload route for a body that is not multipart/form-data. */
export function multipartRequired(contentType: string | undefined): Problem {
  const given = contentType === undefined || contentType.trim() === '' ? 'none' : `"${contentType}"`;
  return {
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    code: 'UnsupportedMediaType',
    detail: `Content-Type ${given} is not accepted here; send the file as ${MULTIPART_MEDIA_TYPE}`,
    errors: [{ field: 'header.Content-Type', message: contentType === undefined ? 'is missing' : `${given} is not accepted`, allowed: [MULTIPART_MEDIA_TYPE] }],
  };
}
