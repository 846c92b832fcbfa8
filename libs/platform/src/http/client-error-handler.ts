import { HttpStatus } from '@nestjs/common';
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE, toDocument, type Problem } from './problem';
import { problemForReader } from './problem-language';
import { urlTooLong } from './framework-errors';
import type { RequestLimits } from './request-limits';

/** What Node hands `clientError`: its HTTP parser's code and, for parser errors, the bytes it choked on. */
export interface ClientError extends Error {
  code?: string;
  /** A Buffer at run time (Fastify's types describe its JSON form). */
  rawPacket?: unknown;
}

/** Not in Nest's HttpStatus (RFC 6585). */
const REQUEST_HEADER_FIELDS_TOO_LARGE = 431;
/** Node's own limit on the request line and headers together (`--max-http-header-size`). */
const NODE_HEADER_LIMIT = '16 KiB';
/** How long a refused connection may linger so the client can read the answer before the socket is destroyed. */
const LINGER_MS = 2_000;

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refused the request (headers over the
 * limit, a malformed request line, a timeout), so there is no request object, no route and no
 * Nest. The problem is written raw on the socket, which is then closed.
 */
export function clientErrorHandler(limits: Pick<RequestLimits, 'maxUrlLength'>) {
  return (error: ClientError, socket: Socket): void => {
    // A reset connection has no one to answer; a socket already answered (the parser reports each later chunk again) needs nothing more.
    if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
    const requestLine = requestLineOf(error.rawPacket);
    socket.end(rawProblemResponse(clientProblem(error, requestLine, limits), instanceFrom(requestLine, limits), acceptLanguageOf(error.rawPacket)));
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
}

/** The request line when the bytes start with a complete one, or `undefined`; `overlong` when it runs past the URL limit unfinished. */
type RequestLine = { line: string } | { overlong: true } | undefined;

function requestLineOf(raw: unknown): RequestLine {
  if (!Buffer.isBuffer(raw) || !/^[A-Z]+ /.test(raw.subarray(0, 16).toString('latin1'))) return undefined;
  const end = raw.indexOf('\r\n');
  if (end < 0) return { overlong: true };
  return { line: raw.subarray(0, end).toString('latin1') };
}

export function clientProblem(error: ClientError, requestLine: RequestLine, limits: Pick<RequestLimits, 'maxUrlLength'>): Problem {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
    case 'HPE_URI_OVERFLOW': {
      // Node counts the request line with the headers: a target past the URL limit is the cause, so say 414 rather than 431.
      const line = requestLine && 'line' in requestLine ? requestLine.line : undefined;
      const targetTooLong = requestLine !== undefined && (line === undefined || line.length > limits.maxUrlLength);
      if (targetTooLong) return urlTooLong(limits.maxUrlLength);
      return {
        status: REQUEST_HEADER_FIELDS_TOO_LARGE,
        code: 'RequestHeaderFieldsTooLarge',
        title: 'Request Header Fields Too Large',
        detail: `The request headers exceed ${NODE_HEADER_LIMIT} in total (request line included)`,
        errors: [{ field: 'headers', message: `exceed ${NODE_HEADER_LIMIT} in total`, allowed: NODE_HEADER_LIMIT }],
      };
    }
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: HttpStatus.REQUEST_TIMEOUT, code: 'RequestTimeout', detail: 'The request was not received in time' };
    default:
      return {
        status: HttpStatus.BAD_REQUEST,
        code: 'MalformedRequest',
        detail: 'The request is not well-formed HTTP/1.1',
        errors: [{ field: 'request', message: error.code ? `was refused by the HTTP parser (${error.code})` : 'was refused by the HTTP parser' }],
      };
  }
}

/** The request path, when the request line could be read and is not itself the problem. */
function instanceFrom(requestLine: RequestLine, limits: Pick<RequestLimits, 'maxUrlLength'>): string | undefined {
  if (!requestLine || !('line' in requestLine)) return undefined;
  const target = requestLine.line.split(' ')[1];
  if (target === undefined || !target.startsWith('/') || target.length > limits.maxUrlLength) return undefined;
  return target.split('?')[0];
}

/**
 * The `Accept-Language` among the bytes the parser choked on, when they hold it whole: the
 * refusal is then written in the client's language like any other problem.
 */
export function acceptLanguageOf(raw: unknown): string | undefined {
  if (!Buffer.isBuffer(raw)) return undefined;
  const head = raw.subarray(0, Math.min(raw.length, 64 * 1024)).toString('latin1');
  return /\r\nAccept-Language:[ \t]*([^\r\n]*)\r\n/i.exec(head)?.[1];
}

export function rawProblemResponse(problem: Problem, instance: string | undefined, acceptLanguage?: string): string {
  const read = problemForReader(problem, acceptLanguage);
  const body = JSON.stringify(toDocument(read.problem, instance));
  return [
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
    `Content-Language: ${read.language}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}
