import { PROBLEM_CONTENT_TYPE, toDocument, type Problem } from './problem';
import { problemForReader } from './problem-language';

/** The parts of a Fastify reply needed to answer with a problem. */
export interface ProblemReply {
  header(name: string, value: string): unknown;
  code(status: number): unknown;
  send(payload: string): unknown;
  /** Fastify's; absent in hand-made replies, which then get `Vary` set rather than extended. */
  getHeader?(name: string): unknown;
}

/** The request path without its query: where a problem happened, without echoing query values back. */
export function instanceOf(url: string): string {
  return url.split('?')[0];
}

/**
 * Writes `problem` as `application/problem+json`, with its own headers (`Retry-After`,
 * `WWW-Authenticate`, `Accept-Encoding`), in the language the request's `Accept-Language` prefers.
 */
export function sendProblem(reply: ProblemReply, problem: Problem, instance: string, acceptLanguage?: string | string[]): void {
  const read = problemForReader(problem, acceptLanguage);
  for (const [name, value] of Object.entries(problem.headers ?? {})) reply.header(name, value);
  reply.header('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
  reply.header('Content-Language', read.language);
  reply.header('Vary', varyWithLanguage(reply.getHeader?.('vary')));
  reply.code(problem.status);
  // Serialised here so Fastify sends exactly this body whatever serializers a route declared.
  reply.send(JSON.stringify(toDocument(read.problem, instance)));
}

/** Adds Accept-Language to a `Vary` already set (by CORS, by content negotiation) rather than replacing it. */
function varyWithLanguage(current: unknown): string {
  const present = typeof current === 'string' ? current.split(',').map((name) => name.trim()).filter((name) => name !== '') : [];
  if (present.includes('*') || present.some((name) => name.toLowerCase() === 'accept-language')) return present.join(', ');
  return [...present, 'Accept-Language'].join(', ');
}
