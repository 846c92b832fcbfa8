import fc from 'fast-check';
import Redis from 'ioredis';
import { APPLIED, WRITE_REFUSED, ProjectionKeys, commitCommand, encodeOp, op, type ProjectionOp, type RedisArg } from '@app/platform/projections';
import type { RedisClient } from '@app/platform/redis';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';

/**
 * A batch's writes are folded per key before they reach Redis (coalesce-writes.ts). Whatever the
 * writes, the keys must end as they would had every write run on its own, in order; and when
 * Redis refuses a write (a key used as two types), the event named must be the one whose write
 * fails first in that order.
 */
describe('Folded writes of a batch, against every write run in order', () => {
  let server: PrivateRedis;
  let redis: RedisClient;
  beforeAll(async () => {
    server = await startPrivateRedis();
    redis = new Redis(server.url);
  });
  afterAll(async () => {
    redis?.disconnect();
    await server?.stop();
  });

  // Few keys and members, so that writes meet: the same member added, removed and moved again.
  const member = fc.constantFrom('m1', 'm2', 'm3', 'm4');
  const field = fc.constantFrom('f1', 'f2', 'f3');
  const score = fc.integer({ min: -5, max: 5 });
  const setOp = fc.oneof(
    fc.tuple(fc.constantFrom('s1', 's2'), fc.array(member, { minLength: 1, maxLength: 3 })).map(([key, members]) => op.sadd(key, ...members)),
    fc.tuple(fc.constantFrom('s1', 's2'), fc.array(member, { minLength: 1, maxLength: 3 })).map(([key, members]) => op.srem(key, ...members)),
  );
  const hashOp = fc.oneof(
    fc.tuple(fc.constantFrom('h1', 'h2'), fc.dictionary(field, fc.constantFrom('a', 'b', ''), { minKeys: 1 })).map(([key, fields]) => op.hset(key, fields)),
    fc.tuple(fc.constantFrom('h1', 'h2'), fc.array(field, { minLength: 1, maxLength: 2 })).map(([key, fields]) => op.hdel(key, ...fields)),
  );
  const counterOp = fc.tuple(fc.constantFrom('c1', 'c2'), field, fc.integer({ min: -3, max: 3 })).map(([key, f, by]) => op.hincrby(key, f, by));
  const zsetOp = fc.oneof(
    fc.tuple(fc.constantFrom('z1', 'z2'), score, member).map(([key, s, m]) => op.zadd(key, s, m)),
    fc.tuple(fc.constantFrom('z1', 'z2'), score, member).map(([key, s, m]) => op.zmove(key, s, m)),
    fc.tuple(fc.constantFrom('z1', 'z2'), fc.array(member, { minLength: 1, maxLength: 2 })).map(([key, members]) => op.zrem(key, ...members)),
  );
  const stringOp = fc.tuple(fc.constantFrom('t1', 't2'), fc.constantFrom('x', 'y')).map(([key, value]) => op.set(key, value));
  const delOp = fc.constantFrom('s1', 'h1', 'z1', 'c1', 't1').map((key) => op.del(key));
  /** Writes a projection would ask for: each key keeps one type, except a rare DEL, and hash writes meeting counter writes (on fields of their own) on h2. */
  const wellTyped = fc.oneof({ weight: 4, arbitrary: setOp }, { weight: 3, arbitrary: hashOp }, { weight: 2, arbitrary: counterOp }, { weight: 4, arbitrary: zsetOp }, { weight: 1, arbitrary: stringOp }, { weight: 1, arbitrary: delOp }, {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('n1', 'n2'), fc.integer({ min: -2, max: 2 })).map(([f, by]) => op.hincrby('h2', f, by)),
  });
  /** A write on a key of another type: Redis refuses it. */
  const illTyped = fc.oneof(
    member.map((m) => op.sadd('h1', m)),
    field.map((f) => op.hincrby('s1', f, 1)),
    member.map((m) => op.zadd('t1', 1, m)),
    fc.constant(op.hset('z2', { f1: 'a' })),
  );
  const batchOf = (write: fc.Arbitrary<ProjectionOp>) => fc.array(fc.array(write, { maxLength: 5 }), { minLength: 1, maxLength: 12 });

  let run = 0;
  const namespaces = () => {
    run++;
    return { inOrder: `o${run}:`, folded: `f${run}:` };
  };
  const encode = (namespace: string, events: ProjectionOp[][]): RedisArg[][] =>
    events.map((writes) => {
      const out: RedisArg[] = [];
      for (const write of writes) encodeOp(namespace, write, out);
      return out;
    });
  /** Runs every write on its own, in order; the index of the event whose write Redis refused first, if any. */
  const inOrder = async (batch: RedisArg[][]): Promise<number | null> => {
    for (const [event, ops] of batch.entries()) {
      for (let i = 0; i < ops.length; i += Number(ops[i]) + 1) {
        try {
          await redis.call(String(ops[i + 1]), ops.slice(i + 2, i + Number(ops[i]) + 1));
        } catch {
          return event;
        }
      }
    }
    return null;
  };
  /** Runs the batch as the runner commits it; the index of the event charged with a refused write, if any. */
  const folded = async (keys: ProjectionKeys, batch: RedisArg[][]): Promise<number | null> => {
    const { command, eventOfWrite } = commitCommand(keys, 'g', { expected: 0n, checkpoint: 1n, checkpointAt: 'x', ops: batch });
    const [name, ...args] = command;
    const reply = await redis.call(name, args);
    if (Array.isArray(reply) && reply[0] === WRITE_REFUSED) return eventOfWrite[Number(reply[1]) - 1];
    expect(reply).toBe(APPLIED);
    return null;
  };
  /** Every key under `namespace`, read back by type, with the namespace taken off. */
  const dump = async (namespace: string): Promise<Record<string, unknown>> => {
    const out: Record<string, unknown> = {};
    for (const key of (await redis.keys(`${namespace}*`)).sort()) {
      const type = await redis.type(key);
      const name = key.slice(namespace.length);
      if (type === 'set') out[name] = (await redis.smembers(key)).sort();
      else if (type === 'hash') out[name] = await redis.hgetall(key);
      else if (type === 'zset') out[name] = await redis.zrange(key, 0, -1, 'WITHSCORES');
      else out[name] = await redis.get(key);
    }
    return out;
  };
  const prepare = async (before: ProjectionOp[], ns: { inOrder: string; folded: string }) => {
    // The same starting keys in both, so removals, moves and refusals meet what was there.
    await inOrder(encode(ns.inOrder, [before]));
    await inOrder(encode(ns.folded, [before]));
  };

  it('leaves every key as the writes run one by one in order would', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(wellTyped, { maxLength: 8 }), batchOf(wellTyped), async (before, events) => {
        const ns = namespaces();
        await prepare(before, ns);
        expect(await inOrder(encode(ns.inOrder, events))).toBeNull();
        expect(await folded(new ProjectionKeys(`k${run}:`, 'p'), encode(ns.folded, events))).toBeNull();
        const [expected, actual] = await Promise.all([dump(ns.inOrder), dump(ns.folded)]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('charges a refused write to the event whose write Redis refuses first in the original order', async () => {
    const mixed = fc.oneof({ weight: 6, arbitrary: wellTyped }, { weight: 1, arbitrary: illTyped });
    await fc.assert(
      fc.asyncProperty(fc.array(wellTyped, { maxLength: 8 }), batchOf(mixed), async (before, events) => {
        const ns = namespaces();
        // Each key holds the type its name says (h1 a hash, s1 a set, t1 a string, z2 a sorted set) before the batch.
        await prepare([op.hset('h1', { f1: 'a' }), op.sadd('s1', 'm1'), op.set('t1', 'x'), op.zadd('z2', 1, 'm1'), ...before], ns);
        const expected = await inOrder(encode(ns.inOrder, events));
        expect(await folded(new ProjectionKeys(`k${run}:`, 'p'), encode(ns.folded, events))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
