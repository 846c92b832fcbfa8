import Fastify, { type FastifyInstance } from 'fastify';
import { ManualClock } from '../clock/clock';
import { stampCommandRequests } from './command-http.hooks';
import type { StampedRequest } from './command-request';

describe('stampCommandRequests', () => {
  let fastify: FastifyInstance;
  const clock = new ManualClock(new Date('2026-03-02T01:00:00.000Z'));

  beforeAll(async () => {
    fastify = Fastify();
    stampCommandRequests(fastify, clock);
    fastify.get('/received', async (request) => ({ receivedAt: (request as unknown as StampedRequest).receivedAt?.toISOString() }));
    fastify.get('/revision/:n', async (request) => ({ id: 'x', revision: Number((request.params as { n: string }).n) }));
    fastify.get('/refused', async (_request, reply) => reply.code(409).send({ status: 409, revision: 4 }));
    fastify.get('/text', async () => 'revision 5');
    await fastify.ready();
  });
  afterAll(() => fastify.close());

  it("stamps each request with the clock's time when it arrives", async () => {
    clock.set(new Date('2026-03-02T02:30:00.000Z'));
    expect((await fastify.inject({ url: '/received' })).json()).toEqual({ receivedAt: '2026-03-02T02:30:00.000Z' });
  });

  it("gives a successful answer's stream revision as its ETag", async () => {
    expect((await fastify.inject({ url: '/revision/3' })).headers.etag).toBe('"3"');
    expect((await fastify.inject({ url: '/revision/0' })).headers.etag).toBe('"0"');
  });

  it('gives no ETag without a revision: none yet (-1), a refusal, or an answer that is not an object', async () => {
    for (const url of ['/revision/-1', '/refused', '/text', '/received']) {
      expect([url, (await fastify.inject({ url })).headers.etag]).toEqual([url, undefined]);
    }
  });
});
