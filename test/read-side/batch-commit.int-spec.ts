import Redis from 'ioredis';
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
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';

/** The compare-and-set that makes applying a batch exactly-once, on its own. */
describe('Committing a batch', () => {
  let server: PrivateRedis;
  let a: Redis;
  let b: Redis;
  let keys: ProjectionKeys;
  const generation = 'v1.00c0ffee';

  beforeAll(async () => {
    server = await startPrivateRedis();
    a = new Redis(server.url);
    b = new Redis(server.url);
  });
  afterAll(async () => {
    a.disconnect();
    b.disconnect();
    await server.stop();
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
    const [command, ...args] = commitCommand(keys, generation, { expected: 0n, checkpoint: 3n, checkpointAt: 'x', ops: batch(1, 3).flatMap((e) => e.ops) });
    expect(await a.call(command, ...args)).toBe(1);
    expect(await a.call(command, ...args)).toBe(0);
    expect(await total()).toBe(3);
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
