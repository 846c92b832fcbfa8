import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuthUnavailable, InvalidToken, TokenService } from '@app/platform/auth';
import { PROBLEM_CONTENT_TYPE, toDocument, type Problem } from '@app/platform/http';
import { DeadlineQueues } from '../queues/deadline-queues';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'ofu_queues_token';

/**
 * Bull Board at /admin/queues for admins. Fastify routes outside Nest do not pass the JwtAuthGuard,
 * so a hook on the board's own scope checks the bearer token with the same TokenService and
 * requires role admin. A browser cannot send a bearer header when following a link: open
 * `/admin/queues?token=<jwt>` once; the token moves into an HttpOnly cookie limited to the board.
 * Call between NestFactory.create and app.init() (Fastify takes no plugins after it is ready).
 */
export async function mountQueueDashboard(app: NestFastifyApplication, queues?: readonly Queue[]): Promise<void> {
  const tokens = app.get(TokenService);
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: (queues ?? app.get(DeadlineQueues).all()).map((queue) => new BullMQAdapter(queue)), serverAdapter });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', (request, reply) => adminOnly(tokens, request, reply));
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}

/** Returns the reply when it answered (Fastify then ends the request), undefined to let it through. */
async function adminOnly(tokens: TokenService, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const url = new URL(request.url, 'http://dashboard');
  const fromQuery = url.searchParams.get('token');
  const token = bearer(request.headers.authorization) ?? fromQuery ?? cookie(request.headers.cookie, COOKIE);
  if (!token) return refuse(reply, request, { status: 401, code: 'AuthenticationRequired', detail: 'The queue dashboard needs an admin bearer token', headers: { 'WWW-Authenticate': 'Bearer realm="ombudsman-follow-up"' } });
  let role: string;
  try {
    role = (await tokens.verify(token)).role;
  } catch (error) {
    if (error instanceof InvalidToken) return refuse(reply, request, { status: 401, code: 'InvalidToken', detail: `The bearer token was refused: ${error.reason}` });
    if (error instanceof AuthUnavailable) return refuse(reply, request, { status: 503, code: 'AuthUnavailable', detail: 'The identity provider cannot be reached to check the token. Retry shortly.' });
    throw error;
  }
  if (role !== 'admin') return refuse(reply, request, { status: 403, code: 'RoleNotAllowed', detail: `Role ${role} may not use the queue dashboard; allowed: admin` });
  if (fromQuery) {
    url.searchParams.delete('token');
    reply.header('Set-Cookie', `${COOKIE}=${encodeURIComponent(token)}; Path=${QUEUE_DASHBOARD_PATH}; HttpOnly; SameSite=Strict`);
    return reply.redirect(`${url.pathname}${url.search}`, 303);
  }
  return undefined;
}

function refuse(reply: FastifyReply, request: FastifyRequest, problem: Problem): FastifyReply {
  for (const [name, value] of Object.entries(problem.headers ?? {})) reply.header(name, value);
  return reply
    .code(problem.status)
    .header('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`)
    .send(JSON.stringify(toDocument(problem, request.url.split('?')[0])));
}

function bearer(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
