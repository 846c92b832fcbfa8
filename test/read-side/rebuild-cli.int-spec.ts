import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SqliteEventStore } from '@app/event-store';
import { ProjectionKeys, readActive } from '@app/platform/projections';
import { rebuildProjectionCli } from '../../apps/worker/src/cli/rebuild-projection';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { categoryCountProjection } from './support/category-count.projection';
import { appendMany } from './support/read-side-fixture';

describe('projections:rebuild CLI', () => {
  let server: PrivateRedis;
  let dataDir: string;
  let redis: Redis;
  let head: bigint;
  const saved = { ...process.env };
  const projections = [categoryCountProjection(), categoryCountProjection({ name: 'mous', filter: { streamPrefixes: ['mou-'] } })];
  const keys = new ProjectionKeys('cli:', 'category-count');

  beforeAll(async () => {
    server = await startPrivateRedis();
    redis = new Redis(server.url);
    dataDir = mkdtempSync(join(tmpdir(), 'rebuild-cli-'));
    const store = new SqliteEventStore(join(dataDir, 'events.db'));
    head = await appendMany(store, 300, { categories: ['mou', 'entity', 'pks'] });
    await store.close();
    Object.assign(process.env, { DATA_DIR: dataDir, REDIS_URL: server.url, REDIS_KEY_PREFIX: 'cli:' });
    delete process.env.EVENTSTORE_CONNECTION_STRING;
    delete process.env.EVENTS_DB_PATH;
  });
  afterAll(async () => {
    process.env = saved;
    redis.disconnect();
    rmSync(dataDir, { recursive: true, force: true });
    await server.stop();
  });

  async function run(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await rebuildProjectionCli(args, projections, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  }

  it('rebuilds the named projection and says how it went', async () => {
    const { code, out } = await run('category-count');
    expect(code).toBe(0);
    expect(out[1]).toMatch(/^category-count: 300 events into v1\.[0-9a-f]{8} in \d+ ms \(\d+ events\/s\); replaced \(nothing\)$/);
    const active = (await readActive(redis, keys))!;
    expect(active.checkpoint).toBe(head);
    expect(await redis.hgetall(keys.namespace(active.generation) + 'counts')).toEqual({ mou: '100', entity: '100', pks: '100' });
  });

  it('rebuilds them all, and lists their state', async () => {
    expect((await run('--all')).code).toBe(0);
    const { code, out } = await run('--list');
    expect(code).toBe(0);
    expect(out).toEqual([
      expect.stringMatching(new RegExp(`^category-count v1: v1\\.[0-9a-f]{8} at ${head} of ${head}, 0 events / 0\\.0 s behind$`)),
      expect.stringMatching(/^mous v1: v1\.[0-9a-f]{8} at \d+ of \d+, 0 events/),
    ]);
  });

  it('rebuilds several named projections together, each into its own generation', async () => {
    const { code, out } = await run('category-count', 'mous');
    expect(code).toBe(0);
    expect(out).toEqual([
      'category-count, mous: rebuilding from one read of the log…',
      expect.stringMatching(/^category-count: 300 events into v1\.[0-9a-f]{8} in \d+ ms/),
      expect.stringMatching(/^mous: 100 events into v1\.[0-9a-f]{8} in \d+ ms/),
    ]);
    const mous = (await readActive(redis, new ProjectionKeys('cli:', 'mous')))!;
    expect(await redis.hgetall(new ProjectionKeys('cli:', 'mous').namespace(mous.generation) + 'counts')).toEqual({ mou: '100' });
  });

  it('explains usage, unknown names and a rebuild already running', async () => {
    expect(await run()).toMatchObject({ code: 2, err: [expect.stringContaining('Usage: npm run projections:rebuild --')] });
    expect(await run('nope')).toMatchObject({ code: 2, err: ['No projection named "nope"; known: category-count, mous'] });
    expect(await run('mous', 'nope')).toMatchObject({ code: 2, err: ['No projection named "nope"; known: category-count, mous'] });
    expect(await run('--all', 'mous')).toMatchObject({ code: 2, err: [expect.stringContaining('Usage:')] });
    await redis.set(keys.rebuildLock, 'another-process', 'PX', 10_000);
    expect(await run('category-count')).toMatchObject({ code: 1, err: [expect.stringContaining('already being rebuilt; try again when it has finished')] });
    await redis.del(keys.rebuildLock);
  });
});
