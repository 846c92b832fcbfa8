import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, type DomainErrorKind, type FieldProblem } from '@app/kernel';
import { ConcurrencyError, StoreUnavailable, StreamNotFound } from '@app/event-store';
import { isRedisUnreachable } from '../redis/redis-unreachable';
import type { Problem } from './problem';
import { ProblemException } from './problem.exception';

export interface RequestFacts {
  /** The request named the revision it expected (`If-Match`), so a mismatch is its precondition failing. */
  ifMatch: boolean;
}

const DOMAIN_STATUS: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  conflict: HttpStatus.CONFLICT,
  not_found: HttpStatus.NOT_FOUND,
  forbidden: HttpStatus.FORBIDDEN,
};

const RETRY_AFTER_SECONDS = '5';

/** Says what went wrong in terms a client can act on; anything unrecognised becomes a generic 500. */
export function problemFor(exception: unknown, request: RequestFacts): Problem {
  if (exception instanceof ProblemException) return withRetryAfter(exception.problem);
  if (exception instanceof HttpException) return withRetryAfter(fromHttpException(exception));
  if (exception instanceof DomainError) {
    return { status: DOMAIN_STATUS[exception.kind], code: exception.code, detail: exception.message, errors: exception.fields };
  }
  if (exception instanceof ConcurrencyError) {
    const revisions = `expected revision ${String(exception.expected)}, actual ${String(exception.actual)}`;
    return request.ifMatch
      ? { status: HttpStatus.PRECONDITION_FAILED, code: 'PreconditionFailed', detail: `If-Match does not match ${exception.stream}: ${revisions}; fetch it again and retry` }
      : { status: HttpStatus.CONFLICT, code: 'ConcurrentModification', detail: `${exception.stream} changed while this request ran: ${revisions}; retry` };
  }
  if (exception instanceof StreamNotFound) {
    return { status: HttpStatus.NOT_FOUND, code: 'StreamNotFound', detail: exception.message };
  }
  if (exception instanceof StoreUnavailable) {
    // The store's own message may carry hosts or connection strings; it goes to the log only.
    return withRetryAfter({ status: HttpStatus.SERVICE_UNAVAILABLE, code: 'StoreUnavailable', detail: 'The event store is unavailable; nothing was written. Retry shortly.' });
  }
  if (isRedisUnreachable(exception)) {
    // Read models live in Redis; commands do not need it, so only queries answer this.
    return { status: HttpStatus.SERVICE_UNAVAILABLE, code: 'ReadModelUnavailable', detail: 'The read models are unavailable (Redis does not answer); commands still work. Retry shortly.', headers: { 'Retry-After': '1' } };
  }
  return { status: HttpStatus.INTERNAL_SERVER_ERROR, code: 'InternalError', detail: 'An unexpected error occurred. It has been logged.' };
}

/**
 * Nest's own exceptions carry `{statusCode, message, error}`; others (parseIfMatch, terminus)
 * add `errors`, `code` or their own members, which are kept rather than lost.
 */
function fromHttpException(exception: HttpException): Problem {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'string') return { status, code: codeForStatus(status), detail: response };
  const { statusCode: _status, message, error, code, errors, ...rest } = response as Record<string, unknown>;
  const problem: Problem = { status, code: typeof code === 'string' ? code : codeForStatus(status), detail: detailOf(message, exception.message) };
  if (Array.isArray(errors) && errors.every(isFieldProblem)) problem.errors = errors;
  const extensions = typeof error === 'string' || error === undefined ? rest : { ...rest, error };
  if (Object.keys(extensions).length > 0) problem.extensions = extensions;
  return problem;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const candidate = value as Partial<FieldProblem> | null;
  return typeof candidate?.field === 'string' && typeof candidate.message === 'string';
}

/** `HttpStatus.UNSUPPORTED_MEDIA_TYPE` → `UnsupportedMediaType`. */
export function codeForStatus(status: number): string {
  const name = (HttpStatus as unknown as Record<number, string | undefined>)[status];
  if (!name) return `Http${status}`;
  return name
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** A string, or a list from Nest's stock ValidationPipe. */
function detailOf(message: unknown, fallback: string): string {
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return fallback;
}

function withRetryAfter(problem: Problem): Problem {
  if (problem.status !== HttpStatus.SERVICE_UNAVAILABLE || problem.headers?.['Retry-After']) return problem;
  return { ...problem, headers: { ...problem.headers, 'Retry-After': RETRY_AFTER_SECONDS } };
}
