import type { Actor } from '@app/kernel';
import { complianceKeys } from '@app/assessments';
import { READ_SIDE, ProjectionAdmin, ProjectionKeys, ProjectionRebuilder, ProjectionsHealth, ReadModelReader, decodeHash, type ProjectionsHealthReport, type ReadSide } from '@app/platform/projections';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { assessment, correction, entity, mou, recommendation, unit } from '../read-models/support/events';
import { READ_MODELS, startReadModelsApp, type ReadModelsApp } from '../read-models/support/read-models-app';
import { dumpNamespace } from './support/dump';

const auditor: Actor = { id: 'auditor', role: 'auditor' };
const admin: Actor = { id: 'admin', role: 'admin' };

// Lone UTF-16 surrogates: valid JSON escapes, valid JavaScript strings, no UTF-8 form.
const NAME = 'Kabupaten \ud800Paser';
const TITLE = 'Judul \udfff rekomendasi \ud83d';
const MOU_TITLE = '\ud800';
const REASON = 'Koreksi \udbff\udbff alasan';
const UNIT = 'Dinas \ude00';

/**
 * Events carrying text an HTTP command would now refuse, written straight into the log (as one
 * written before that check was): the read side must keep running and read them back exactly.
 */
describe('A stored event with lone surrogates in its text', () => {
  let redis: PrivateRedis;
  let api: ReadModelsApp;
  let poisonedAt: bigint;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    api = await startReadModelsApp(redis.url, { now: new Date('2025-06-16T03:00:00Z') });
    await api.append('entity-63', entity('63', 'Provinsi Kalimantan Selatan', 'provinsi', '63'));
    const poisoned = await api.append('entity-64.01', entity('64.01', NAME, 'kabupaten', '64'), unit('64.01', 'dinkes', UNIT));
    poisonedAt = poisoned.position;
    const issued = recommendation('r1', { entityCode: '64.01', provinceCode: '64', dueOn: '2025-07-01', unitId: 'dinkes' });
    await api.append('recommendation-r1', { ...issued, data: { ...issued.data, title: TITLE } });
    const signed = mou('m1', '64.01', '64', '2027-01-01');
    await api.append('mou-m1', { ...signed, data: { ...signed.data, title: MOU_TITLE } });
    const corrected = correction('64.01', '64', 2024, 70, 80.5, 'B', 'hijau');
    await api.append('assessment-64.01-2024', assessment('64.01', '64', 2024, 70, 'C', 'kuning'), { ...corrected, data: { ...corrected.data, reason: REASON } });
    // Clean events after the poisoned ones: the runners must get past them.
    await api.append('recommendation-r2', recommendation('r2', { entityCode: '63', provinceCode: '63', dueOn: '2025-08-01' }));
    await api.caughtUp();
  });
  afterAll(async () => {
    await api.close();
    await redis.stop();
  });

  it('is stored as written: the log really holds the lone surrogates', async () => {
    const stored = await api.store.readStream('recommendation-r1');
    expect((stored[0].data as { title: string }).title).toBe(TITLE);
  });

  it('keeps every projection running and healthy past it', async () => {
    const health: ProjectionsHealthReport = await api.app.get(ProjectionsHealth).check();
    expect(health.healthy).toBe(true);
    for (const projection of READ_MODELS) {
      expect(health.projections[projection.name]).toMatchObject({ healthy: true, eventsBehind: 0, runner: { state: 'following' } });
    }
  });

  it('reads the poisoned text back exactly, from the live read models', async () => {
    const items = (await api.get('/v1/recommendations?entity=64.01', auditor)).body;
    expect(items.items).toEqual([expect.objectContaining({ id: 'r1', title: TITLE, entityName: NAME })]);
    const agreements = (await api.get('/v1/entities/64.01/agreements', auditor)).body;
    expect(agreements).toMatchObject({ entityName: NAME, mous: [expect.objectContaining({ id: 'm1', title: MOU_TITLE })] });
    const compliance = (await api.get('/v1/entities/64.01/compliance', auditor)).body;
    expect(JSON.stringify(compliance)).toContain(JSON.stringify(REASON));
    expect(compliance).toMatchObject({ entityName: NAME });
    const owed = await api.get('/v1/follow-up/owed?entity=64.01', admin);
    expect(owed.status).toBe(200);
  });

  it('answers minPosition reads and asOf replays with it', async () => {
    const head = await api.store.headPosition();
    const fresh = await api.get(`/v1/recommendations?entity=64.01&minPosition=${head}`, auditor);
    expect(fresh.status).toBe(200);
    expect(fresh.body.items[0].title).toBe(TITLE);
    const replayed = await api.get('/v1/recommendations?entity=64.01&asOf=2025-06-16T03:00:00Z', auditor);
    expect(replayed.status).toBe(200);
    expect(replayed.body.items[0].title).toBe(TITLE);
    const atPosition = await api.get(`/v1/entities/64.01/agreements?atPosition=${head}`, auditor);
    expect(atPosition.status).toBe(200);
    expect(atPosition.body.mous[0].title).toBe(MOU_TITLE);
    // The scratch replay's entity hash holds the name exactly, the poisoned event itself included.
    const scratch = await api.app.get(ProjectionAdmin).replayInto('compliance', { toPosition: poisonedAt });
    try {
      expect(decodeHash(await api.redis.hgetall(scratch.key(complianceKeys.entity('64.01'))))).toMatchObject({ name: NAME });
    } finally {
      await scratch.drop();
    }
  });

  it('builds the same read models live as a clean rebuild does', async () => {
    // The module's rebuilder waits 2 s before deleting the old generation; nothing reads it here.
    const rebuilder = new ProjectionRebuilder(api.app.get<ReadSide>(READ_SIDE), { retireDelayMs: 0 });
    const reader = api.app.get(ReadModelReader);
    for (const projection of READ_MODELS) {
      const keys = new ProjectionKeys(api.keyPrefix, projection.name);
      const live = (await reader.active(projection.name))!;
      const before = await dumpNamespace(api.redis, keys.namespace(live.generation));
      const rebuilt = await rebuilder.rebuild(projection);
      expect(rebuilt.previous).toBe(live.generation);
      expect(await dumpNamespace(api.redis, keys.namespace(rebuilt.generation))).toEqual(before);
    }
    const items = (await api.get('/v1/recommendations?entity=64.01', auditor)).body;
    expect(items.items[0].title).toBe(TITLE);
  });
});
