import { HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { Problem } from './problem';
import { ProblemException } from './problem.exception';
import { invalidPercentEncoding, urlTooLong } from './framework-errors';
import { contentTooLarge, unsupportedMediaType } from './json-content-parser';
import { isMultipart, multipartRequired, routeAcceptsMultipart } from './multipart-bodies';
import type { RequestLimits } from './request-limits';

/** What the guards read of a request: its target and headers, nothing that costs more than one pass over them. */
export interface GuardedRequest {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** An upload route (@AcceptsMultipart): multipart only, under the route's own size limit. */
  acceptsMultipart?: boolean;
}

/** The only content coding the API reads; compressed bodies would need a second body limit on the inflated size. */
const IDENTITY = 'identity';

/**
 * An `onRequest` hook that refuses, before any body is read or Nest runs, what the router
 * lets through: an over-long target (414), malformed percent-encoding in the path or the query
 * (400 — Fastify's query parser would silently keep `%zz` as it is), a Content-Encoding the
 * API cannot read (415), and a declared Content-Length over the body limit (413).
 * Unknown paths reach it too (Fastify runs it before the not-found handler).
 */
export function requestGuardsHook(limits: RequestLimits) {
  return (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const problem = requestProblem({ url: request.url, headers: request.headers, acceptsMultipart: routeAcceptsMultipart(request) }, limits);
    done(problem ? new ProblemException(problem) : undefined);
  };
}

export function requestProblem(request: GuardedRequest, limits: RequestLimits): Problem | undefined {
  if (request.url.length > limits.maxUrlLength) return urlTooLong(limits.maxUrlLength);
  const badlyEncoded = badlyEncodedComponent(request.url);
  if (badlyEncoded) return invalidPercentEncoding(badlyEncoded);
  if (!hasBody(request.headers)) return undefined;
  const coding = single(request.headers['content-encoding'])?.trim().toLowerCase();
  if (coding !== undefined && coding !== '' && coding !== IDENTITY) {
    return {
      status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      code: 'UnsupportedContentEncoding',
      detail: `Content-Encoding "${coding}" is not accepted; send the body uncompressed`,
      errors: [{ field: 'header.Content-Encoding', message: `"${coding}" is not accepted`, allowed: [IDENTITY] }],
      // RFC 9110 §15.5.16: a 415 for a content coding says which codings are accepted.
      headers: { 'Accept-Encoding': IDENTITY },
    };
  }
  // Multipart only where a route reads it, and only multipart there; an upload route enforces its own size limit.
  const contentType = single(request.headers['content-type']);
  if (request.acceptsMultipart) return isMultipart(contentType) ? undefined : multipartRequired(contentType);
  if (isMultipart(contentType)) return unsupportedMediaType(contentType);
  const length = Number(single(request.headers['content-length']));
  if (Number.isFinite(length) && length > limits.bodyLimit) return contentTooLarge(limits.bodyLimit, length);
  return undefined;
}

/** The field (`path`, `query.<name>`) of the first component whose percent-encoding does not decode to UTF-8. */
function badlyEncodedComponent(url: string): string | undefined {
  if (!url.includes('%')) return undefined;
  const mark = url.indexOf('?');
  const path = mark < 0 ? url : url.slice(0, mark);
  if (!decodes(path)) return 'path';
  if (mark < 0) return undefined;
  for (const pair of url.slice(mark + 1).split('&')) {
    if (!pair.includes('%')) continue;
    const equals = pair.indexOf('=');
    const rawName = equals < 0 ? pair : pair.slice(0, equals);
    if (!decodes(rawName)) return `query.${rawName}`;
    if (equals >= 0 && !decodes(pair.slice(equals + 1))) return `query.${decodeURIComponent(rawName.replace(/\+/g, ' '))}`;
  }
  return undefined;
}

function decodes(component: string): boolean {
  try {
    decodeURIComponent(component);
    return true;
  } catch {
    return false;
  }
}

/** RFC 9112 §6.3: a request has content when it declares a length above zero or a transfer coding. */
function hasBody(headers: GuardedRequest['headers']): boolean {
  if (headers['transfer-encoding'] !== undefined) return true;
  const length = single(headers['content-length']);
  return length !== undefined && length.trim() !== '0';
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
