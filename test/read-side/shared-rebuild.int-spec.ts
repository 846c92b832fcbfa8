import { Logger } from '@nestjs/common';
import type { ReadAllOptions } from '@app/event-store';
import {
  ProjectionKeys,
  ProjectionRebuilder,
  ProjectionRegistry,
  ProjectionRunners,
  RebuildInProgress,
  RebuildLock,
  readActive,
  replayToScratch,
  type Projection,
} from '@app/platform/projections';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { categoryCountProjection } from './support/category-count.projection';
import { dumpNamespace, waitUntil } from './support/dump';
import { appendMany, readSideFixture, type ReadSideFixture } from './support/read-side-fixture';

describe('Rebuilding several projections from one read of the log', () => {
  let redis: PrivateRedis;
  let f: ReadSideFixture;
  let reads: Array<ReadAllOptions | undefined>;

  beforeAll(async () => {
    Logger.overrideLogger(['error']);
    redis = await startPrivateRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });
  beforeEach(() => {
    f = readSideFixture(redis.url);
    reads = [];
    const readAll = f.store.readAll.bind(f.store);
    jest.spyOn(f.store, 'readAll').mockImplementation((options) => {
      reads.push(options);
      return readAll(options);
    });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await f.close();
  });

  /** Events of the log each projection's filter lets through, counted one by one. */
  async function matching(projections: Projection[]): Promise<number[]> {
    const counts = projections.map(() => 0);
    for await (const event of f.store.readAll()) {
      projections.forEach(({ filter }, i) => {
        const typed = !filter.eventTypes?.length || filter.eventTypes.includes(event.type);
        const prefixed = !filter.streamPrefixes?.length || filter.streamPrefixes.some((p) => event.stream.startsWith(p));
        if (typed && prefixed) counts[i]++;
      });
    }
    return counts;
  }

  const keys = (projection: Projection) => new ProjectionKeys(f.readSide.keyPrefix, projection.name);

  /** What the projection's generation holds, next to a replay of it alone (its filter pushed down to the store). */
  async function alone(projection: Projection, generation: string) {
    const scratch = await replayToScratch(f.readSide, projection, {});
    const [shared, own] = [await dumpNamespace(f.redis, keys(projection).namespace(generation)), await dumpNamespace(f.redis, scratch.keyPrefix)];
    await scratch.drop();
    return { shared, own };
  }

  it('gives each projection only the events its filter names, as a rebuild of it alone would', async () => {
    const head = await appendMany(f.store, 900, { categories: ['entity', 'mou', 'pks'] });
    const projections = [
      categoryCountProjection({ name: 'noted', filter: { eventTypes: ['ThingNoted'] } }),
      categoryCountProjection({ name: 'mous', filter: { streamPrefixes: ['mou-'] } }),
      categoryCountProjection({ name: 'everything' }),
    ];
    const results = await new ProjectionRebuilder(f.readSide, { batchSize: 100, retireDelayMs: 0 }).rebuildAll(projections);

    // One read for all three: a full pass, then the short pass that finds the head.
    expect(reads).toEqual([
      { fromPosition: 0n, filter: undefined },
      { fromPosition: head, filter: undefined },
    ]);
    expect(results.map((r) => r.events)).toEqual(await matching(projections));
    expect(results[2].events).toBe(900);
    expect(results[0].events).toBeLessThan(900);
    expect(results[1].events).toBeLessThan(900);
    for (const [i, projection] of projections.entries()) {
      expect((await readActive(f.redis, keys(projection)))?.generation).toBe(results[i].generation);
      const { shared, own } = await alone(projection, results[i].generation);
      expect(Object.keys(shared).length).toBeGreaterThan(0);
      expect(shared).toEqual(own);
    }
  });

  it('asks the store for the union of the event types when every projection names its types', async () => {
    await appendMany(f.store, 200, { categories: ['entity', 'mou'] });
    const projections = [
      categoryCountProjection({ name: 'noted', filter: { eventTypes: ['ThingNoted'] } }),
      categoryCountProjection({ name: 'changed', filter: { eventTypes: ['ThingChanged', 'ThingNoted'] } }),
    ];
    const results = await new ProjectionRebuilder(f.readSide, { retireDelayMs: 0 }).rebuildAll(projections);

    expect(reads).toEqual([{ fromPosition: 0n, filter: { eventTypes: ['ThingNoted', 'ThingChanged'] } }]);
    expect(results.map((r) => r.events)).toEqual(await matching(projections));
    expect(results[1].events).toBe(200);
  });

  it('starts none when one projection is being rebuilt elsewhere, and holds no lock afterwards', async () => {
    await appendMany(f.store, 50);
    const [free, busy] = [categoryCountProjection({ name: 'free' }), categoryCountProjection({ name: 'busy' })];
    const held = await RebuildLock.acquire(f.redis, keys(busy).rebuildLock, 30_000);

    await expect(new ProjectionRebuilder(f.readSide, { retireDelayMs: 0 }).rebuildAll([free, busy])).rejects.toThrow(RebuildInProgress);
    expect(await f.redis.exists(keys(free).rebuildLock)).toBe(0);
    expect(await f.redis.smembers(keys(free).generations)).toEqual([]);
    expect(reads).toEqual([]);
    await held?.release();
  });

  it('has the runners of a deploy that bumps several versions rebuild them from one read, then follow', async () => {
    const head = await appendMany(f.store, 400);
    const [a1, b1] = [categoryCountProjection({ name: 'a' }), categoryCountProjection({ name: 'b', filter: { eventTypes: ['ThingNoted'] } })];
    await new ProjectionRebuilder(f.readSide, { retireDelayMs: 0 }).rebuildAll([a1, b1]);
    reads.length = 0;

    const [a2, b2] = [categoryCountProjection({ name: 'a', version: 2 }), categoryCountProjection({ name: 'b', version: 2, filter: { eventTypes: ['ThingNoted'] } })];
    const rebuilder = new ProjectionRebuilder(f.readSide, { retireDelayMs: 0 });
    const runners = new ProjectionRunners(true, f.readSide, new ProjectionRegistry([a2, b2]), rebuilder, { pollMs: 20 });
    await runners.onApplicationBootstrap();
    try {
      await waitUntil(async () => {
        const actives = await Promise.all([a2, b2].map((p) => readActive(f.redis, keys(p))));
        return actives.every((active) => active?.version === 2) && [a2, b2].every((p) => runners.get(p.name)?.state === 'following');
      }, 'both at v2 and following');
      // One read of the log from its start for both, not one per runner.
      expect(reads.filter((options) => options?.fromPosition === 0n)).toHaveLength(1);
      expect((await readActive(f.redis, keys(a2)))?.checkpoint).toBe(head);
    } finally {
      await runners.onModuleDestroy();
    }
  });
});
