import { randomUUID } from 'node:crypto';
import {
  commitToActive,
  writeBatch,
  commitCommand,
  initializeActive,
  readActive,
  ProjectionKeys,
  encodeOp,
  op,
  type RedisArg,
} from '@app/platform/projections';
import type { PreparedEvent } from '@app/platform/projections';
import type { RedisClient } from '@app/platform/redis';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';

/** The compare-and-set that makes applying a batch exactly-once, on its own. */
describe.each(REDIS_TOPOLOGIES)('Committing a batch on $name', ({ start }) => {
  let server: RedisTopology;
  let a: RedisClient;
  let b: RedisClient;
  let keys: ProjectionKeys;
  const generation = 'v1.00c0ffee';

  beforeAll(async () => {
    server = await start();
    a = server.client();
    b = server.client();
  }, 60_000);
  afterAll(async () => {
    a?.disconnect();
    b?.disconnect();
    await server?.stop();
  });
  beforeEach(async () => {
    keys = new ProjectionKeys(`c${randomUUID().slice(0, 6)}:`, 'counts');
    await initializeActive(a, keys, generation, 1);
  });

  const batch = (from: number, to: number): PreparedEvent[] =>
    Array.from({ length: to - from + 1 }, (_, i) => {
      const ops: RedisArg[] = [];
      encodeOp(keys.namespace(generation), op.hincrby('counts', 'all'), ops);
      return { position: BigInt(from + i), recordedAt: `2026-01-01T00:00:0${i % 10}.000Z`, ops };
    });
  const total = async () => Number(await a.hget(keys.namespace(generation) + 'counts', 'all'));

  it('applies a batch once when two runners race for it, each reading the same checkpoint first', async () => {
    const outcomes = await Promise.all([commitToActive(a, keys, generation, batch(1, 5)), commitToActive(b, keys, generation, batch(1, 5))]);
    expect(outcomes.map((o) => (o.kind === 'committed' ? o.applied : -1)).sort()).toEqual([0, 5]);
    expect(await total()).toBe(5);
    expect((await readActive(a, keys))?.checkpoint).toBe(5n);
  });

  it('applies only the part of an overlapping batch beyond the checkpoint', async () => {
    await commitToActive(a, keys, generation, batch(1, 3));
    expect(await commitToActive(b, keys, generation, batch(2, 6))).toEqual({ kind: 'committed', applied: 3, checkpoint: 6n });
    expect(await total()).toBe(6);
  });

  it('is a no-op when the same commit arrives twice (a client re-sending after a reconnect)', async () => {
    const [command, ...args] = commitCommand(keys, generation, { expected: 0n, checkpoint: 3n, checkpointAt: 'x', ops: batch(1, 3).map((e) => e.ops) }).command;
    expect(await a.call(command, ...args)).toBe(1);
    expect(await a.call(command, ...args)).toBe(0);
    expect(await total()).toBe(3);
  });

  it('declares every key the script writes in KEYS, as Redis Cluster requires of a script', () => {
    const namespace = keys.namespace(generation);
    const ops: RedisArg[] = [];
    encodeOp(namespace, op.hset('item:1', { status: 'open' }), ops);
    encodeOp(namespace, op.zadd('due', 5, 'item:1'), ops);
    encodeOp(namespace, op.del('stale'), ops);
    const [, , numkeys, ...rest] = commitCommand(keys, generation, { expected: 0n, checkpoint: 1n, checkpointAt: 'x', ops: [ops] }).command;
    const declared = rest.slice(0, Number(numkeys));
    expect(declared).toEqual([keys.checkpoint(generation), keys.checkpointAt(generation), keys.active, `${namespace}item:1`, `${namespace}due`, `${namespace}stale`]);
    // No key travels among the arguments: the writes name theirs by their place in KEYS.
    expect(rest.slice(Number(numkeys)).some((arg) => String(arg).includes(namespace))).toBe(false);
  });

  it('applies writes of every arity, in order, each on its key from KEYS', async () => {
    const namespace = keys.namespace(generation);
    const ops: RedisArg[] = [];
    encodeOp(namespace, op.hset('item:1', { status: 'open', province: '31' }), ops);
    encodeOp(namespace, op.set('gone', 'x'), ops);
    encodeOp(namespace, op.del('gone'), ops);
    encodeOp(namespace, op.zadd('due', 5, 'item:1'), ops);
    encodeOp(namespace, op.sadd('open', 'item:1', 'item:2'), ops);
    const [command, ...args] = commitCommand(keys, generation, { expected: 0n, checkpoint: 1n, checkpointAt: 'x', ops: [ops] }).command;
    expect(await a.call(command, args)).toBe(1);
    expect(await a.hgetall(`${namespace}item:1`)).toEqual({ status: 'open', province: '31' });
    expect(await a.exists(`${namespace}gone`)).toBe(0);
    expect(await a.zscore(`${namespace}due`, 'item:1')).toBe('5');
    expect((await a.smembers(`${namespace}open`)).sort()).toEqual(['item:1', 'item:2']);
  });

  it('declares a key once however many writes of the batch touch it, and applies those writes in order', async () => {
    const namespace = keys.namespace(generation);
    const first: RedisArg[] = [];
    encodeOp(namespace, op.sadd('status:open', 'item:1'), first);
    encodeOp(namespace, op.hset('item:1', { status: 'open' }), first);
    const second: RedisArg[] = [];
    encodeOp(namespace, op.srem('status:open', 'item:1'), second);
    encodeOp(namespace, op.sadd('status:closed', 'item:1'), second);
    encodeOp(namespace, op.hset('item:1', { status: 'closed' }), second);
    const [command, ...args] = commitCommand(keys, generation, { expected: 0n, checkpoint: 2n, checkpointAt: 'x', ops: [first, second] }).command;
    const declared = args.slice(2, 2 + Number(args[1]));
    expect(declared).toEqual([keys.checkpoint(generation), keys.checkpointAt(generation), keys.active, `${namespace}status:open`, `${namespace}item:1`, `${namespace}status:closed`]);
    expect(await a.call(command, args)).toBe(1);
    expect(await a.hgetall(`${namespace}item:1`)).toEqual({ status: 'closed' });
    expect(await a.smembers(`${namespace}status:open`)).toEqual([]);
    expect(await a.smembers(`${namespace}status:closed`)).toEqual(['item:1']);
  });

  it('commits side by side with a runner of the previous release, which sends its writes as one JSON document', async () => {
    // What the previous release sends: the same compare-and-set, its writes as `argc, command, key, args…` in JSON.
    const previous = (expected: bigint, checkpoint: bigint, ops: RedisArg[]) =>
      a.call('eval', PREVIOUS_RELEASE_SCRIPT, 3, keys.checkpoint(generation), keys.checkpointAt(generation), keys.active, expected.toString(), checkpoint.toString(), 'x', 0, generation, JSON.stringify(ops));
    expect(await previous(0n, 2n, batch(1, 2).flatMap((e) => e.ops))).toBe(1);
    // This release, racing from the checkpoint the other one already moved, applies only what is beyond it.
    expect(await commitToActive(b, keys, generation, batch(1, 4))).toEqual({ kind: 'committed', applied: 2, checkpoint: 4n });
    // And the previous release's re-sent or stale batch is refused by the checkpoint this one moved.
    expect(await previous(2n, 4n, batch(3, 4).flatMap((e) => e.ops))).toBe(0);
    expect(await total()).toBe(4);
  });

  it('refuses to write into a generation that is no longer active', async () => {
    await a.set(keys.active, 'v1.newer000');
    expect(await commitToActive(a, keys, generation, batch(1, 2))).toEqual({ kind: 'moved' });
    expect(await a.exists(keys.namespace(generation) + 'counts')).toBe(0);
  });

  it('refuses a replay batch that does not continue from the checkpoint it expects', async () => {
    const scratch = 'scratch-test';
    await writeBatch(a, keys, scratch, batch(1, 2), 0n);
    await expect(writeBatch(a, keys, scratch, batch(3, 4), 1n)).rejects.toThrow(/not at 1; another process is writing it/);
    await writeBatch(a, keys, scratch, batch(3, 4), 2n);
    expect(await a.get(keys.checkpoint(scratch))).toBe('4');
  });
});

/** The commit script of the release before the writes were passed as flat arguments (kept to prove both commit safely together). */
const PREVIOUS_RELEASE_SCRIPT = `
if (redis.call('get', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
if ARGV[5] ~= '' and redis.call('get', KEYS[3]) ~= ARGV[5] then return -1 end
local ttl = tonumber(ARGV[4])
local ops = cjson.decode(ARGV[6])
local i, n = 1, #ops
while i <= n do
  local argc = ops[i]
  local reply = redis.pcall(unpack(ops, i + 1, i + argc))
  if type(reply) == 'table' and reply.err then return {-2, i, reply.err} end
  if ttl > 0 then redis.call('pexpire', ops[i + 2], ttl) end
  i = i + argc + 1
end
if ttl > 0 then
  redis.call('set', KEYS[1], ARGV[2], 'PX', ttl)
  redis.call('set', KEYS[2], ARGV[3], 'PX', ttl)
else
  redis.call('set', KEYS[1], ARGV[2])
  redis.call('set', KEYS[2], ARGV[3])
end
return 1
`;
