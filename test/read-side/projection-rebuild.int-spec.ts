import { Logger } from '@nestjs/common';
import {
  ProjectionKeys,
  ProjectionRebuilder,
  ProjectionRegistry,
  ProjectionRunner,
  ReadModelReader,
  RebuildInProgress,
  readActive,
  replayToScratch,
} from '@app/platform/projections';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';
import { categoryCountProjection } from './support/category-count.projection';
import { dumpNamespace, waitUntil } from './support/dump';
import { appendMany, readSideFixture, type ReadSideFixture } from './support/read-side-fixture';

describe.each(REDIS_TOPOLOGIES)('Rebuilding a projection on $name', ({ start }) => {
  let redis: RedisTopology;
  let f: ReadSideFixture;
  const projection = categoryCountProjection();
  const running: ProjectionRunner[] = [];

  beforeAll(async () => {
    Logger.overrideLogger(['error']);
    redis = await start();
  }, 60_000);
  afterAll(async () => {
    await redis?.stop();
  });
  beforeEach(() => {
    f = readSideFixture(redis);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((runner) => runner.stop()));
    await f.close();
  });

  function startRunner(): ProjectionRunner {
    const runner = new ProjectionRunner(projection, f.readSide, new ProjectionRebuilder(f.readSide), { pollMs: 20 });
    running.push(runner);
    runner.start();
    return runner;
  }

  const keys = () => new ProjectionKeys(f.readSide.keyPrefix, projection.name);
  const total = (counts: Record<string, string>) => Object.values(counts).reduce((sum, n) => sum + Number(n), 0);

  it('swaps atomically: readers see the whole old generation until the swap, then the whole new one', async () => {
    const head = await appendMany(f.store, 3_000, { perAppend: 100 });
    startRunner();
    await waitUntil(async () => (await readActive(f.redis, keys()))?.checkpoint === head, 'catch-up');
    const reader = new ReadModelReader(f.readSide, new ProjectionRegistry([projection]));
    const before = (await reader.active(projection.name))!;

    // Small batches, so the rebuild takes long enough for many reads to land during it.
    const rebuilder = new ProjectionRebuilder(f.readSide, { batchSize: 20, inFlight: 1, retireDelayMs: 200 });
    const job = await rebuilder.start(projection);
    const seen: Array<{ generation: string; total: number }> = [];
    let done = false;
    const finished = job.done.finally(() => (done = true));
    while (!done) {
      const view = (await reader.active(projection.name))!;
      seen.push({ generation: view.generation, total: total(await f.redis.hgetall(view.key('counts'))) });
    }
    const result = await finished;

    expect(result).toMatchObject({ generation: job.generation, previous: before.generation, events: 3_000, checkpoint: head });
    const generations = seen.map((s) => s.generation).filter((g, i, all) => g !== all[i - 1]);
    expect(generations).toEqual([before.generation, job.generation]);
    expect(seen.filter((s) => s.generation === before.generation).length).toBeGreaterThan(5);
    expect(seen.every((s) => s.total === 3_000)).toBe(true);
    // The old generation is gone, and only the new one is registered.
    expect(await dumpNamespace(f.redis, before.keyPrefix)).toEqual({});
    expect(await f.redis.exists(keys().checkpoint(before.generation))).toBe(0);
    expect(await f.redis.smembers(keys().generations)).toEqual([job.generation]);
  });

  it('loses nothing appended during the rebuild: the runners continue from the new generation', async () => {
    await appendMany(f.store, 2_000, { perAppend: 100 });
    startRunner();
    const rebuilding = new ProjectionRebuilder(f.readSide, { batchSize: 50, inFlight: 1, retireDelayMs: 0 }).rebuild(projection);
    const head = await appendMany(f.store, 1_000, { perAppend: 10 });
    const result = await rebuilding;
    await waitUntil(async () => (await readActive(f.redis, keys()))?.checkpoint === head, 'catch-up after the swap');

    expect((await readActive(f.redis, keys()))!.generation).toBe(result.generation);
    const scratch = await replayToScratch(f.readSide, projection, {});
    expect(await dumpNamespace(f.redis, keys().namespace(result.generation))).toEqual(await dumpNamespace(f.redis, scratch.keyPrefix));
    expect(total(await f.redis.hgetall(keys().namespace(result.generation) + 'counts'))).toBe(3_000);
    await scratch.drop();
    // 3,000 events rebuilt, caught up and replayed again to compare: seconds on a busy machine.
  }, 30_000);

  it('refuses a second rebuild of the same projection while one holds the lock, then allows it', async () => {
    await appendMany(f.store, 500);
    const rebuilder = new ProjectionRebuilder(f.readSide, { batchSize: 10, inFlight: 1, retireDelayMs: 0 });
    const first = await rebuilder.start(projection);
    await expect(rebuilder.start(projection)).rejects.toThrow(RebuildInProgress);
    await first.done;
    expect(await f.redis.exists(keys().rebuildLock)).toBe(0);
    await expect(rebuilder.rebuild(projection)).resolves.toMatchObject({ previous: first.generation, events: 500 });
  });

  it('sweeps generations left behind by a rebuild that died', async () => {
    await appendMany(f.store, 200);
    const rebuilder = new ProjectionRebuilder(f.readSide, { retireDelayMs: 0 });
    const abandoned = new AbortController();
    const dying = await rebuilder.start(projection, abandoned.signal);
    abandoned.abort();
    await expect(dying.done).rejects.toThrow();
    // A crash leaves keys the abort above cleaned up: simulate them.
    await f.redis.sadd(keys().generations, 'v1.deadbeef');
    await f.redis.set(keys().namespace('v1.deadbeef') + 'counts', 'x');

    const result = await rebuilder.rebuild(projection);
    expect(await f.redis.smembers(keys().generations)).toEqual([result.generation]);
    expect(await f.redis.exists(keys().namespace('v1.deadbeef') + 'counts')).toBe(0);
  });
});
