import { Catch, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { problemFor } from './problem-mapping';
import { instanceOf, sendProblem, type ProblemReply } from './problem-reply';

/** The parts of Fastify's request and reply this filter uses. */
interface FastifyRequestLike {
  url: string;
  headers: Record<string, string | string[] | undefined>;
}
interface FastifyReplyLike extends ProblemReply {
  sent: boolean;
}

/**
 * Answers every failed HTTP request with `application/problem+json` (RFC 9457): domain
 * errors, store errors, Nest and Fastify HTTP errors, and anything unexpected (as a
 * generic 500 whose cause goes to the log, never to the client).
 * Register with `app.useGlobalFilters(new ProblemDetailsFilter())` or as APP_FILTER.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequestLike>();
    const reply = http.getResponse<FastifyReplyLike>();

    const problem = problemFor(exception, { ifMatch: request.headers['if-match'] !== undefined });
    const instance = instanceOf(request.url);
    this.log(exception, problem.status, instance);
    if (reply.sent) return;
    sendProblem(reply, problem, instance, request.headers['accept-language']);
  }

  private log(exception: unknown, status: number, instance: string): void {
    if (status < HttpStatus.INTERNAL_SERVER_ERROR) return;
    const error = exception instanceof Error ? exception : new Error(String(exception));
    if (status === HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.warn(`${instance}: ${error.name}: ${error.message}`);
    } else {
      this.logger.error(`${instance}: ${error.name}: ${error.message}`, error.stack);
    }
  }
}
