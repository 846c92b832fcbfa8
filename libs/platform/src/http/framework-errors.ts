import { HttpStatus } from '@nestjs/common';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from './problem';
import { instanceOf, sendProblem } from './problem-reply';
import type { RequestLimits } from './request-limits';

/**
 * Fastify's `frameworkErrors`: what its router refuses before any hook or Nest sees the
 * request. Without it Fastify answers with its own `application/json` body, whose title for a
 * 414 even says "Bad Request".
 */
export function frameworkErrorsHandler(limits: Pick<RequestLimits, 'maxParamLength'>) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    sendProblem(reply, frameworkProblem(error, limits), instanceOf(request.url), request.headers['accept-language']);
  };
}

export function frameworkProblem(error: FastifyError, limits: Pick<RequestLimits, 'maxParamLength'>): Problem {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return invalidPercentEncoding('path');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return uriTooLong({ field: 'path', message: `holds a path parameter longer than ${limits.maxParamLength} characters`, allowed: limits.maxParamLength });
    default:
      // Async route constraints (none are declared today): the router's own failure, not the client's.
      return { status: HttpStatus.INTERNAL_SERVER_ERROR, code: 'InternalError', detail: 'An unexpected error occurred. It has been logged.' };
  }
}

/** 414: the title says what happened (RFC 9110 §15.5.15), never the generic "Bad Request". */
export function uriTooLong(field: { field: string; message: string; allowed: number }): Problem {
  return { status: HttpStatus.URI_TOO_LONG, code: 'UriTooLong', title: 'URI Too Long', detail: `The request target is too long: it ${field.message}`, errors: [field] };
}

/** 400 for a path (`path`) or query component (`query.<name>`) whose percent-encoding does not decode to UTF-8. */
export function invalidPercentEncoding(field: string): Problem {
  return {
    status: HttpStatus.BAD_REQUEST,
    code: 'InvalidPercentEncoding',
    detail: `${field} holds a malformed percent-encoding (each % must start a UTF-8 byte as two hex digits)`,
    errors: [{ field, message: 'is not valid percent-encoded UTF-8', allowed: 'RFC 3986 percent-encoding of UTF-8, e.g. %20' }],
  };
}

/** 414 for a request target over the URL limit, whether the HTTP parser or the request guards noticed. */
export const urlTooLong = (maxUrlLength: number): Problem =>
  uriTooLong({ field: 'url', message: `is longer than ${maxUrlLength} characters`, allowed: maxUrlLength });
