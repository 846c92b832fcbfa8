import { PROBLEM_CONTENT_TYPE, toDocument, type Problem } from './problem';

/** The parts of a Fastify reply needed to answer with a problem. */
export interface ProblemReply {
  header(name: string, value: string): unknown;
  code(status: number): unknown;
  send(payload: string): unknown;
}

/** The request path without its query: where a problem happened, without echoing query values back. */
export function instanceOf(url: string): string {
  return url.split('?')[0];
}

/** Writes `problem` as `application/problem+json`, with its own headers (`Retry-After`, `WWW-Authenticate`, `Accept-Encoding`). */
export function sendProblem(reply: ProblemReply, problem: Problem, instance: string): void {
  for (const [name, value] of Object.entries(problem.headers ?? {})) reply.header(name, value);
  reply.header('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
  reply.code(problem.status);
  // Serialised here so Fastify sends exactly this body whatever serializers a route declared.
  reply.send(JSON.stringify(toDocument(problem, instance)));
}
