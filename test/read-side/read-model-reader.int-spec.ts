import { Logger } from '@nestjs/common';
import { ProjectionKeys, ProjectionRebuilder, ProjectionRegistry, ProjectionRunner, ReadModelReader, readActive, replayToScratch } from '@app/platform/projections';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';
import { categoryCountProjection } from './support/category-count.projection';
import { dumpNamespace, waitUntil } from './support/dump';
import { appendMany, event, readSideFixture, type ReadSideFixture } from './support/read-side-fixture';

describe.each(REDIS_TOPOLOGIES)('Reading read models on $name', ({ start }) => {
  let redis: RedisTopology;
  let f: ReadSideFixture;
  const running: ProjectionRunner[] = [];
  const all = categoryCountProjection({ name: 'all-streams' });
  const mous = categoryCountProjection({ name: 'mous-only', filter: { streamPrefixes: ['mou-'] } });
  const reader = () => new ReadModelReader(f.readSide, new ProjectionRegistry([all, mous]));

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

  function startRunner(projection: typeof all): ProjectionRunner {
    const runner = new ProjectionRunner(projection, f.readSide, new ProjectionRebuilder(f.readSide), { pollMs: 20 });
    running.push(runner);
    runner.start();
    return runner;
  }

  describe('waitForPosition (read-your-writes)', () => {
    it('answers false on timeout while nothing runs, true once the runner has applied the position', async () => {
      const written = await f.store.append('entity-1', [event('A')], 'no_stream');
      expect(await reader().waitForPosition(all.name, written.position, 100)).toBe(false);

      // Asked before the runner exists, answered once it has applied the position: the reader waited.
      const waiting = reader().waitForPosition(all.name, written.position, 20_000);
      startRunner(all);
      expect(await waiting).toBe(true);
      expect((await reader().active(all.name))!.checkpoint).toBeGreaterThanOrEqual(written.position);
    });

    it('waits for a position written while the runner follows live', async () => {
      startRunner(all);
      await waitUntil(async () => (await reader().active(all.name)) !== null, 'the generation');
      const written = await f.store.append('entity-2', [event('A')], 'no_stream');
      expect(await reader().waitForPosition(all.name, written.position, 5_000)).toBe(true);
      const view = (await reader().active(all.name))!;
      expect(await f.redis.hget(view.key('counts'), 'entity')).toBe('1');
    });

    it('treats a position the filtered projection never sees as reached once everything it sees before it is applied', async () => {
      const mou = await f.store.append('mou-1', [event('MouSigned')], 'no_stream');
      startRunner(mous);
      expect(await reader().waitForPosition(mous.name, mou.position, 5_000)).toBe(true);
      await Promise.all(running.splice(0).map((runner) => runner.stop()));

      // An unrelated event after it: the checkpoint stays at the MoU, yet nothing is missing.
      const unrelated = await f.store.append('entity-1', [event('EntityRegistered')], 'no_stream');
      expect((await reader().active(mous.name))!.checkpoint).toBe(mou.position);
      expect(await reader().waitForPosition(mous.name, unrelated.position, 50)).toBe(true);

      // A matching event before the asked position that is not applied yet: not reached.
      await f.store.append('mou-2', [event('MouSigned')], 'no_stream');
      const later = await f.store.append('entity-1', [event('EntityRenamed')], 0);
      expect(await reader().waitForPosition(mous.name, later.position, 100)).toBe(false);
      startRunner(mous);
      expect(await reader().waitForPosition(mous.name, later.position, 5_000)).toBe(true);
    });
  });

  describe('scratch replay (a read model as it stood)', () => {
    it('replays up to a position or an instant into its own namespace, with a TTL, and drops it', async () => {
      const t1 = new Date('2026-01-10T00:00:00Z');
      const t2 = new Date('2026-02-10T00:00:00Z');
      f.clock.set(t1);
      const first = await appendMany(f.store, 100, { categories: ['mou'] });
      f.clock.set(t2);
      const second = await appendMany(f.store, 60, { categories: ['entity'] });
      f.clock.set(new Date('2026-03-10T00:00:00Z'));
      await appendMany(f.store, 40, { categories: ['pks'] });
      startRunner(all);
      await waitUntil(async () => (await reader().active(all.name))?.checkpoint === (await f.store.headPosition()), 'catch-up');
      const activeBefore = await dumpNamespace(f.redis, (await reader().active(all.name))!.keyPrefix);

      const asOfPosition = await replayToScratch(f.readSide, all, { toPosition: first }, { ttlMs: 60_000 });
      expect(asOfPosition.generation).toMatch(/^scratch-[0-9a-f-]{36}$/);
      expect(asOfPosition).toMatchObject({ events: 100, checkpoint: first });
      expect(await f.redis.hgetall(asOfPosition.key('counts'))).toEqual({ mou: '100' });
      const ttl = await f.redis.pttl(asOfPosition.key('counts'));
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);

      const asOfInstant = await replayToScratch(f.readSide, all, { toInstant: new Date('2026-02-20T00:00:00Z') });
      expect(asOfInstant).toMatchObject({ events: 160, checkpoint: second });
      expect(await f.redis.hgetall(asOfInstant.key('counts'))).toEqual({ mou: '100', entity: '60' });
      const bothCuts = await replayToScratch(f.readSide, all, { toInstant: t2, toPosition: first + 10n });
      expect(await f.redis.hgetall(bothCuts.key('counts'))).toEqual({ mou: '100', entity: '10' });

      for (const scratch of [asOfPosition, asOfInstant, bothCuts]) {
        await scratch.drop();
        expect(await dumpNamespace(f.redis, scratch.keyPrefix)).toEqual({});
        expect(await f.redis.exists(new ProjectionKeys(f.readSide.keyPrefix, all.name).version(scratch.generation))).toBe(0);
      }
      // The live read model never noticed.
      const active = await readActive(f.redis, new ProjectionKeys(f.readSide.keyPrefix, all.name));
      expect(await dumpNamespace(f.redis, new ProjectionKeys(f.readSide.keyPrefix, all.name).namespace(active!.generation))).toEqual(activeBefore);
    });
  });
});
