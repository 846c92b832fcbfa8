import type { Actor } from '@app/kernel';
import { ProjectionRebuilder, ProjectionRunner, READ_SIDE, type ReadSide } from '@app/platform/projections';
import { scanKeys } from '@app/platform/redis';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';
import { assessment, correction, entity } from './support/events';
import { READ_MODELS, startReadModelsApp, type ReadModelsApp } from './support/read-models-app';

const auditor: Actor = { id: 'auditor', role: 'auditor' };
const admin: Actor = { id: 'admin', role: 'admin' };
const officer: Actor = { id: 'o-64', role: 'officer', provinces: ['64'] };

/** Read-your-writes and auditors' history, on the compliance read model (the others share the gate). */
describe.each(REDIS_TOPOLOGIES)('Read options: minPosition, asOf, atPosition on $name', ({ start }) => {
  let redis: RedisTopology;
  let api: ReadModelsApp;
  let runner: ProjectionRunner | undefined;
  const compliance = READ_MODELS.find((p) => p.name === 'compliance')!;
  /** The compliance runner, started once however many tests ask for it. */
  const startRunner = () => {
    if (runner) return;
    const readSide = api.app.get<ReadSide>(READ_SIDE);
    runner = new ProjectionRunner(compliance, readSide, new ProjectionRebuilder(readSide), { pollMs: 20 });
    runner.start();
  };
  const stopRunner = async () => {
    await runner?.stop();
    runner = undefined;
  };

  beforeAll(async () => {
    redis = await start();
    api = await startReadModelsApp(redis, { now: new Date('2025-01-10T00:00:00Z'), run: false });
  }, 120_000);
  afterAll(async () => {
    await stopRunner();
    await api?.close();
    await redis?.stop();
  });

  it('answers 503 ReadModelNotReady before the read model exists', async () => {
    // An app of its own (own key prefix, no runner): whatever the other tests built is not there.
    const empty = await startReadModelsApp(redis, { run: false });
    try {
      const response = await empty.get('/v1/compliance', auditor);
      expect([response.status, response.body.code, response.headers['retry-after']]).toEqual([503, 'ReadModelNotReady', '1']);
    } finally {
      await empty.close();
    }
  });

  it('waits for minPosition, and answers 503 ReadModelBehind with Retry-After when the model stays behind', async () => {
    await api.append('entity-64.09', entity('64.09', 'Kabupaten Penajam Paser Utara', 'kabupaten', '64'));
    const first = await api.append('assessment-64.09-2023', assessment('64.09', '64', 2023, 86.58, 'B', 'hijau'));
    startRunner();
    const fresh = await api.get(`/v1/entities/64.09/compliance?minPosition=${first.position}`, officer);
    expect([fresh.status, fresh.body.years.length]).toEqual([200, 1]);

    await stopRunner();
    const second = await api.append('assessment-64.09-2024', assessment('64.09', '64', 2024, 87.27, 'B', 'hijau'));
    const behind = await api.get(`/v1/entities/64.09/compliance?minPosition=${second.position}`, officer);
    expect([behind.status, behind.body.code, behind.headers['retry-after']]).toEqual([503, 'ReadModelBehind', '1']);

    // Asked while no runner applies it, answered once one has: the query waited for minPosition.
    const waiting = api.get(`/v1/entities/64.09/compliance?minPosition=${second.position}`, officer);
    startRunner();
    const caughtUp = await waiting;
    expect(caughtUp.status).toBe(200);
    expect(caughtUp.body.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024]);
  });

  it('auditors read the model as it stood at an instant or a position, from a scratch replay that is dropped after', async () => {
    // Its own year and providers (2022: 64.02 and 64.01), so what other tests append does not count here.
    startRunner();
    api.clock.set(new Date('2025-02-01T00:00:00Z'));
    await api.append('assessment-64.02-2022', assessment('64.02', '64', 2022, 80, 'B', 'hijau'));
    const recorded = await api.append('assessment-64.01-2022', assessment('64.01', '64', 2022, 79, 'B', 'hijau'));
    api.clock.set(new Date('2025-02-10T00:00:00Z'));
    const corrected = await api.append('assessment-64.01-2022', correction('64.01', '64', 2022, 79, 70, 'C', 'kuning'));
    const now = await api.get(`/v1/compliance?year=2022&minPosition=${corrected.position}`, auditor);
    expect(now.body.items.find((i: { entityCode: string }) => i.entityCode === '64.01')).toMatchObject({ score: 70, category: 'C' });

    const before = await api.get('/v1/compliance?year=2022&asOf=2025-02-05T00:00:00Z', auditor);
    expect(before.body.items.find((i: { entityCode: string }) => i.entityCode === '64.01')).toMatchObject({ score: 79, category: 'B', corrected: null });
    const atRecord = await api.get(`/v1/compliance/summary?year=2022&atPosition=${recorded.position}`, admin);
    expect(atRecord.body.categories.find((c: { category: string }) => c.category === 'B').count).toBe(2);
    const beforeEverything = await api.get('/v1/compliance?year=2022&asOf=2024-12-31', auditor);
    expect(beforeEverything.body.items).toEqual([]);

    const scratch: string[] = [];
    for await (const found of scanKeys(api.redis, `${api.keyPrefix}rm:{compliance}:scratch-*`)) scratch.push(...found);
    expect(scratch).toEqual([]);
  });

  it('refuses history to other roles', async () => {
    expect((await api.get('/v1/compliance?asOf=2025-02-05', officer)).body).toMatchObject({ status: 403, code: 'RoleNotAllowed' });
    expect((await api.get('/v1/compliance?atPosition=1', officer)).status).toBe(403);
    expect((await api.get('/v1/compliance?asOf=yesterday', auditor)).body.errors[0]).toMatchObject({ field: 'query.asOf' });
    expect((await api.get('/v1/compliance?minPosition=abc', auditor)).body.errors[0]).toMatchObject({ field: 'query.minPosition' });
  });
});
