import { Logger } from '@nestjs/common';
import type { Projection, ProjectionOp } from '@app/platform/projections';
import { ProjectionKeys, ProjectionRebuilder, ProjectionRunner, op, projectionStatus, readActive, replayToScratch } from '@app/platform/projections';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';
import { categoryCountProjection } from './support/category-count.projection';
import { dumpNamespace, waitUntil } from './support/dump';
import { appendMany, event, readSideFixture, type ReadSideFixture } from './support/read-side-fixture';

describe.each(REDIS_TOPOLOGIES)('ProjectionRunner on $name', ({ start }) => {
  let redis: RedisTopology;
  let f: ReadSideFixture;
  const running: ProjectionRunner[] = [];

  beforeAll(async () => {
    // Several tests make runners fail on purpose; their logs would only be noise.
    Logger.overrideLogger(false);
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

  function startRunner(projection: Projection, options: ConstructorParameters<typeof ProjectionRunner>[3] = {}): ProjectionRunner {
    const runner = new ProjectionRunner(projection, f.readSide, new ProjectionRebuilder(f.readSide, { retireDelayMs: 0 }), { pollMs: 20, ...options });
    running.push(runner);
    runner.start();
    return runner;
  }

  const keysOf = (projection: Projection) => new ProjectionKeys(f.readSide.keyPrefix, projection.name);

  async function checkpointOf(projection: Projection): Promise<bigint> {
    return (await readActive(f.redis, keysOf(projection)))?.checkpoint ?? -1n;
  }

  async function activeDump(projection: Projection): Promise<Record<string, unknown>> {
    const active = await readActive(f.redis, keysOf(projection));
    if (!active) throw new Error('no active generation');
    return dumpNamespace(f.redis, keysOf(projection).namespace(active.generation));
  }

  async function counts(projection: Projection): Promise<Record<string, number>> {
    const active = await readActive(f.redis, keysOf(projection));
    const raw = await f.redis.hgetall(keysOf(projection).namespace(active!.generation) + 'counts');
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)]));
  }

  it('applies events in log order and advances the checkpoint with them', async () => {
    const projection = categoryCountProjection();
    const head = await appendMany(f.store, 1_200, { categories: ['entity', 'mou', 'pks'], streams: 12 });
    startRunner(projection);
    await waitUntil(async () => (await checkpointOf(projection)) === head, 'catch-up');

    expect(await counts(projection)).toEqual({ entity: 400, mou: 400, pks: 400 });
    const active = await readActive(f.redis, keysOf(projection));
    const all = [];
    for await (const e of f.store.readAll()) all.push(e);
    expect(active?.checkpointAt).toBe(all[all.length - 1].metadata.recordedAt);
    // Each stream's hash holds its last revision: any reordering would leave an earlier one.
    const ns = keysOf(projection).namespace(active!.generation);
    for (const stream of new Set(all.map((e) => e.stream))) {
      const last = all.filter((e) => e.stream === stream).pop()!;
      expect(await f.redis.hget(`${ns}stream:${stream}`, 'revision')).toBe(String(last.revision));
    }

    // Then it follows live appends.
    const live = await f.store.append('entity-live', [event('ThingNoted')], 'no_stream');
    await waitUntil(async () => (await checkpointOf(projection)) === live.position, 'live event');
    expect((await counts(projection)).entity).toBe(401);
  });

  it.each<[string, (poisoned: boolean) => ProjectionOp[]]>([
    ['apply throws', (poisoned) => (poisoned ? fail('cannot project this event') : [op.hincrby('counts', 'all')])],
    ['an op is invalid', (poisoned) => [op.hincrby('counts', 'all'), op.zadd('scores', poisoned ? Number.NaN : 1, 'x')]],
  ])('commits nothing of a batch in which %s, leaves the checkpoint, and stops', async (_, ops) => {
    const projection: Projection = { name: 'poisoned', version: 1, filter: {}, apply: (e) => ops(e.data.poison === true) };
    const first = await f.store.append('entity-1', [event('A'), event('A')], 'no_stream');
    const runner = startRunner(projection);
    await waitUntil(async () => (await checkpointOf(projection)) === first.position, 'first batch');

    // One append, so one batch: two good events around a poisoned one.
    await f.store.append('entity-1', [event('A'), event('A', { poison: true }), event('A')], first.nextRevision);
    await waitUntil(() => runner.state === 'failed', 'the runner to fail');

    expect(runner.error).toMatch(/failed on A entity-1@3/);
    expect(await checkpointOf(projection)).toBe(first.position);
    expect(await counts(projection)).toEqual({ all: 2 });
  });

  it('fails loudly when Redis refuses a write inside EXEC (no rollback there)', async () => {
    const projection: Projection = { name: 'wrongtype', version: 1, filter: {}, apply: () => [op.hincrby('k', 'f'), op.sadd('k', 'm')] };
    await f.store.append('entity-1', [event('A')], 'no_stream');
    const runner = startRunner(projection);
    await waitUntil(() => runner.state === 'failed', 'the runner to fail');
    expect(runner.error).toMatch(/WRONGTYPE/);
  });

  it('two runners on one projection build exactly what one runner builds, each event applied once', async () => {
    const projection = categoryCountProjection();
    await appendMany(f.store, 1_000);
    const applied = { a: 0, b: 0 };
    const a = startRunner(projection, { batchSize: 7, onApplied: (_, n) => void (applied.a += n) });
    const b = startRunner(projection, { batchSize: 11, onApplied: (_, n) => void (applied.b += n) });
    await waitUntil(() => a.state === 'following' && b.state === 'following', 'both runners to follow');
    // Appends keep coming while both run: each wakes both, and they race for every batch.
    const head = await appendMany(f.store, 2_000, { perAppend: 10 });
    await waitUntil(async () => (await checkpointOf(projection)) === head, 'catch-up', 30_000);
    // A runner hears of its batch (onApplied) only after the commit that moved the checkpoint returned to it.
    await waitUntil(() => applied.a + applied.b >= 3_000, 'the last batch reported', 5_000);

    expect(applied.a + applied.b).toBe(3_000);
    expect(applied.a).toBeGreaterThan(0);
    expect(applied.b).toBeGreaterThan(0);
    const scratch = await replayToScratch(f.readSide, projection, {});
    expect(await activeDump(projection)).toEqual(await dumpNamespace(f.redis, scratch.keyPrefix));
    expect(Object.values(await counts(projection)).reduce((a, b) => a + b)).toBe(3_000);
    await scratch.drop();
  });

  it('rebuilds by itself when the projection version is newer, and an older build stands aside', async () => {
    const v1 = categoryCountProjection({ version: 1 });
    const head = await appendMany(f.store, 500);
    const old = startRunner(v1);
    await waitUntil(async () => (await checkpointOf(v1)) === head, 'v1 catch-up');
    const g1 = (await readActive(f.redis, keysOf(v1)))!.generation;

    const v2: Projection = { ...categoryCountProjection({ version: 2 }), apply: (e) => [...categoryCountProjection().apply(e), op.sadd('v2', e.id)] };
    const fresh = startRunner(v2);
    await waitUntil(async () => (await readActive(f.redis, keysOf(v2)))?.version === 2, 'the v2 generation');
    await waitUntil(() => fresh.state === 'following' && old.state === 'superseded', 'v2 following, v1 superseded');

    const next = await f.store.append('entity-after', [event('A')], 'no_stream');
    await waitUntil(async () => (await checkpointOf(v2)) === next.position, 'v2 live');
    expect(await f.redis.scard(keysOf(v2).namespace((await readActive(f.redis, keysOf(v2)))!.generation) + 'v2')).toBe(501);
    expect(await dumpNamespace(f.redis, keysOf(v1).namespace(g1))).toEqual({});
    expect(await f.redis.smembers(keysOf(v2).generations)).toEqual([(await readActive(f.redis, keysOf(v2)))!.generation]);
  });

  it('reports lag in events and seconds, measured against the log', async () => {
    const projection = categoryCountProjection();
    const head = await appendMany(f.store, 120);
    f.clock.advance(90_000);

    const before = await projectionStatus(f.readSide, projection);
    expect(before).toMatchObject({ generation: null, checkpoint: 0n, headPosition: head, eventsBehind: 120, eventsBehindCapped: false, secondsBehind: 90 });
    expect(await projectionStatus(f.readSide, projection, 50)).toMatchObject({ eventsBehind: 50, eventsBehindCapped: true });

    startRunner(projection);
    await waitUntil(async () => (await checkpointOf(projection)) === head, 'catch-up');
    expect(await projectionStatus(f.readSide, projection)).toMatchObject({ checkpoint: head, eventsBehind: 0, secondsBehind: 0, generationVersion: 1 });
  });
});

function fail(message: string): never {
  throw new Error(message);
}
