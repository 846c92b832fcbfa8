import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { QUEUE_NAMES, bullPrefix } from '@app/follow-up/processing';
import { KEY_LAYOUT_VERSION, closeClient, ensureKeyLayout } from '@app/platform/redis';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';

/**
 * A Redis written by the release before hash tags: its read models, digest book and queues are
 * moved to the tagged names once, on the first start, and nothing of another product is touched.
 */
describe('key layout 2 (Redis Cluster hash tags) on a Redis of layout 1', () => {
  let server: PrivateRedis;
  let redis: Redis;

  beforeAll(async () => {
    server = await startPrivateRedis();
    redis = new Redis(server.url);
  });

  afterAll(async () => {
    await closeClient(redis);
    await server?.stop();
  });

  it('moves read models, the digest book and the queues, keeping values and expiries, once', async () => {
    const p = 'old:';
    await redis.set(`${p}rm:compliance:active`, 'v1.00000001');
    await redis.set(`${p}rm:compliance:v1.00000001:@checkpoint`, '42');
    await redis.zadd(`${p}rm:compliance:v1.00000001:open:all`, 1, 'recommendation-1');
    await redis.set(`${p}digest:contact:rina|2025-06-03`, '{"contactId":"rina"}', 'EX', 3_600);
    await redis.zadd(`${p}digest:due`, 5, 'rina|2025-06-03');
    await redis.set(`${p}deadlines:reactor:checkpoint`, '40');
    await redis.set('other-product:rm:x:active', 'keep');
    const oldQueue = new Queue(QUEUE_NAMES.notifications, { connection: redis, prefix: `${p}bull` });
    await oldQueue.add('notify', { eventId: 'e-1' }, { jobId: 'e-1|feed', delay: 3_600_000 });
    await oldQueue.close();

    const first = await ensureKeyLayout(redis, p);

    expect(first.moved).toBeGreaterThan(6);
    expect(first.kept).toBe(0);
    expect(await redis.get(`${p}rm:{compliance}:active`)).toBe('v1.00000001');
    expect(await redis.get(`${p}rm:{compliance}:v1.00000001:@checkpoint`)).toBe('42');
    expect(await redis.zrange(`${p}rm:{compliance}:v1.00000001:open:all`, 0, -1)).toEqual(['recommendation-1']);
    expect(await redis.ttl(`${p}{digest}:contact:rina|2025-06-03`)).toBeGreaterThan(3_000);
    expect(await redis.zscore(`${p}{digest}:due`, 'rina|2025-06-03')).toBe('5');
    expect(await redis.get(`${p}deadlines:reactor:checkpoint`)).toBe('40');
    expect(await redis.get('other-product:rm:x:active')).toBe('keep');
    expect(await redis.keys(`${p}rm:compliance:*`)).toEqual([]);
    expect(await redis.keys(`${p}bull:*`)).toEqual([]);
    expect(await redis.get(`${p}key-layout`)).toBe(String(KEY_LAYOUT_VERSION));

    // The delayed notification job is where this release's queue looks for it, with its data.
    const queue = new Queue(QUEUE_NAMES.notifications, { connection: redis, prefix: bullPrefix(p) });
    try {
      const job = await queue.getJob('e-1|feed');
      expect(job?.data).toEqual({ eventId: 'e-1' });
      expect(await job?.getState()).toBe('delayed');
    } finally {
      await queue.close();
    }

    // Marked: a later start costs one GET and moves nothing, even keys written under old names since.
    await redis.set(`${p}rm:late:active`, 'x');
    expect(await ensureKeyLayout(redis, p)).toEqual({ moved: 0, kept: 0 });
    expect(await redis.get(`${p}rm:late:active`)).toBe('x');
  });

  it('lets one of several processes starting at once move the keys while the others wait for it', async () => {
    const p = 'together:';
    for (let i = 0; i < 2_500; i++) await redis.set(`${p}rm:counts:v1.00000001:k${i}`, String(i));
    const clients = [0, 1, 2].map(() => new Redis(server.url));
    try {
      const outcomes = await Promise.all(clients.map((client) => ensureKeyLayout(client, p)));
      expect(outcomes.map((o) => o.moved).sort((a, b) => a - b)).toEqual([0, 0, 2_500]);
      expect(await redis.dbsize()).toBeGreaterThan(2_500);
      expect(await redis.keys(`${p}rm:counts:*`)).toEqual([]);
      expect(await redis.get(`${p}rm:{counts}:v1.00000001:k2499`)).toBe('2499');
    } finally {
      await Promise.all(clients.map((client) => closeClient(client)));
    }
  });

  it('leaves a key under its old name when its new name is already taken', async () => {
    const p = 'taken:';
    await redis.set(`${p}digest:due`, 'old');
    await redis.set(`${p}{digest}:due`, 'new');
    expect(await ensureKeyLayout(redis, p)).toEqual({ moved: 0, kept: 1 });
    expect(await redis.get(`${p}{digest}:due`)).toBe('new');
  });
});
