import type { Actor } from '@app/kernel';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';
import { assessment, correction, entity } from './support/events';
import { startReadModelsApp, type ReadModelsApp } from './support/read-models-app';

const auditor: Actor = { id: 'auditor', role: 'auditor' };
const officerKaltim: Actor = { id: 'o-64', role: 'officer', provinces: ['64'] };
const officerKaltimBengkulu: Actor = { id: 'o-64-17', role: 'officer', provinces: ['64', '17'] };
const officerKalsel: Actor = { id: 'o-63', role: 'officer', provinces: ['63'] };
const liaisonPaser: Actor = { id: 'l-64.01', role: 'liaison', entityCode: '64.01' };

describe.each(REDIS_TOPOLOGIES)('Compliance read model over HTTP on $name', ({ start }) => {
  let redis: RedisTopology;
  let api: ReadModelsApp;
  const codes = (body: { items: Array<{ entityCode: string }> }) => body.items.map((i) => i.entityCode);

  beforeAll(async () => {
    redis = await start();
    api = await startReadModelsApp(redis);
    await api.append('entity-64', entity('64', 'Pemerintah Provinsi Kalimantan Timur', 'provinsi', '64'));
    await api.append('entity-64.01', entity('64.01', 'Kabupaten Paser', 'kabupaten', '64'));
    await api.append('entity-64.09', entity('64.09', 'Kabupaten Penajam Paser Utara', 'kabupaten', '64'));
    await api.append('entity-64.71', entity('64.71', 'Kota Balikpapan', 'kota', '64'));
    await api.append('entity-63', entity('63', 'Pemerintah Provinsi Kalimantan Selatan', 'provinsi', '63'));
    await api.append('entity-17.06', entity('17.06', 'Kabupaten Mukomuko', 'kabupaten', '17', 'WIB'));
    await api.append('entity-K-KEMENDAGRI', entity('K-KEMENDAGRI', 'Kementerian Dalam Negeri', 'kementerian', null, 'WIB'));
    await api.append('assessment-64.09-2022', assessment('64.09', '64', 2022, 55.18, 'C', 'kuning'));
    await api.append('assessment-64.09-2023', assessment('64.09', '64', 2023, 86.58, 'B', 'hijau'));
    await api.append('assessment-64.09-2024', assessment('64.09', '64', 2024, 87.27, 'B', 'hijau'));
    await api.append('assessment-64.01-2023', assessment('64.01', '64', 2023, 81.22, 'B', 'hijau'));
    await api.append('assessment-64.01-2024', assessment('64.01', '64', 2024, 79, 'B', 'hijau'), correction('64.01', '64', 2024, 79, 70, 'C', 'kuning'));
    await api.append('assessment-64.71-2023', assessment('64.71', '64', 2023, 77.99, 'C', 'kuning'));
    await api.append('assessment-64.71-2024', assessment('64.71', '64', 2024, 78, 'B', 'hijau'));
    await api.append('assessment-17.06-2022', assessment('17.06', '17', 2022, 60.35, 'C', 'kuning'));
    await api.append('assessment-17.06-2023', assessment('17.06', '17', 2023, 90.02, 'A', 'hijau'));
    await api.append('assessment-63-2021', assessment('63', '63', 2021, 65, null, 'kuning'));
    await api.append('assessment-63-2023', assessment('63', '63', 2023, 88.5, 'A', 'hijau'));
    await api.append('assessment-K-KEMENDAGRI-2023', assessment('K-KEMENDAGRI', null, 2023, 91, 'A', 'hijau'));
    await api.caughtUp();
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await redis?.stop();
  });

  it('lists a year best score first, in pages that continue from a (score, code) cursor', async () => {
    const first = await api.get('/v1/compliance?year=2023&limit=4', auditor);
    expect(first.status).toBe(200);
    expect(codes(first.body)).toEqual(['K-KEMENDAGRI', '17.06', '63', '64.09']);
    const second = await api.get(`/v1/compliance?year=2023&limit=4&cursor=${first.body.nextCursor}`, auditor);
    expect(codes(second.body)).toEqual(['64.01', '64.71']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('defaults to the latest year assessed', async () => {
    const { body } = await api.get('/v1/compliance', auditor);
    expect([body.year, codes(body)]).toEqual([2024, ['64.09', '64.71', '64.01']]);
  });

  it('filters by province, kind, category and zone (national bodies as province=national)', async () => {
    expect(codes((await api.get('/v1/compliance?year=2023&province=64&zone=hijau', auditor)).body)).toEqual(['64.09', '64.01']);
    expect(codes((await api.get('/v1/compliance?year=2023&kind=kabupaten&category=B', auditor)).body)).toEqual(['64.09', '64.01']);
    expect(codes((await api.get('/v1/compliance?year=2023&kind=kota', auditor)).body)).toEqual(['64.71']);
    expect(codes((await api.get('/v1/compliance?year=2023&province=national', auditor)).body)).toEqual(['K-KEMENDAGRI']);
    expect(codes((await api.get('/v1/compliance?year=2021&category=none', auditor)).body)).toEqual(['63']);
  });

  it('shows the change against the previous assessed year, including 77.99 → 78.00 crossing C → B', async () => {
    const { body } = await api.get('/v1/compliance?year=2024&province=64', auditor);
    const balikpapan = body.items.find((i: { entityCode: string }) => i.entityCode === '64.71');
    expect(balikpapan).toMatchObject({ score: 78, category: 'B', zone: 'hijau', opinion: 'Kualitas Tinggi' });
    expect(balikpapan.change).toEqual({
      previousYear: 2023, previousScore: 77.99, scoreDelta: 0.01,
      category: { from: 'C', to: 'B', direction: 'up' }, zone: { from: 'kuning', to: 'hijau', direction: 'up' },
    });
  });

  it('a corrected score is shown with what was recorded, and moves the provider to its new category', async () => {
    const { body } = await api.get('/v1/compliance?year=2024&category=C', auditor);
    expect(codes(body)).toEqual(['64.01']);
    expect(body.items[0]).toMatchObject({ score: 70, category: 'C', zone: 'kuning', corrected: { recordedScore: 79, previousScore: 79, correctedOn: '2025-02-10', corrections: 1 } });
    expect(body.items[0].change).toMatchObject({ previousYear: 2023, scoreDelta: -11.22, category: { from: 'B', to: 'C', direction: 'down' } });
    expect(codes((await api.get('/v1/compliance?year=2024&category=B', auditor)).body)).toEqual(['64.09', '64.71']);
  });

  it('compares across the 2020 gap and the zone-only years (no category direction)', async () => {
    const { body } = await api.get('/v1/entities/63/compliance', auditor);
    expect(body.years.map((y: { year: number }) => y.year)).toEqual([2021, 2023]);
    expect(body.years[1].change).toMatchObject({ previousYear: 2021, category: { from: null, to: 'A', direction: null }, zone: { direction: 'up' } });
  });

  it("answers how a regency's score moved over three years", async () => {
    const { body } = await api.get('/v1/entities/64.09/compliance', officerKaltim);
    expect(body).toMatchObject({ entityCode: '64.09', entityName: 'Kabupaten Penajam Paser Utara', kind: 'kabupaten', provinceCode: '64', trend: { fromYear: 2022, toYear: 2024, scoreDelta: 32.09, direction: 'up' } });
    expect(body.years.map((y: { score: number; change: { scoreDelta: number } | null }) => [y.score, y.change?.scoreDelta ?? null])).toEqual([[55.18, null], [86.58, 31.4], [87.27, 0.69]]);
  });

  it('summarises a year nationally and per province, as announced', async () => {
    const national = (await api.get('/v1/compliance/summary?year=2023', auditor)).body;
    expect(national).toMatchObject({ year: 2023, area: 'national', assessed: 6 });
    expect(national.categories.map((c: { category: string; count: number }) => [c.category, c.count])).toEqual([['A', 3], ['B', 2], ['C', 1], ['D', 0], ['E', 0]]);
    expect(national.zones).toEqual([{ zone: 'hijau', count: 5 }, { zone: 'kuning', count: 1 }, { zone: 'merah', count: 0 }]);
    expect(national.announcement).toEqual(expect.arrayContaining(['Kualitas Tertinggi (A): 3', 'zona hijau: 5', 'zona kuning: 1']));
    const kaltim = (await api.get('/v1/compliance/summary?year=2024&province=64', auditor)).body;
    expect(kaltim).toMatchObject({ area: 'provinces', provinces: ['64'], assessed: 3 });
    expect(kaltim.zones).toEqual([{ zone: 'hijau', count: 2 }, { zone: 'kuning', count: 1 }, { zone: 'merah', count: 0 }]);
  });

  it("an officer's summary and lists cover their provinces only", async () => {
    const summary = (await api.get('/v1/compliance/summary?year=2023', officerKaltimBengkulu)).body;
    expect(summary).toMatchObject({ area: 'provinces', provinces: ['64', '17'], assessed: 4 });
    expect(summary.categories.map((c: { count: number }) => c.count)).toEqual([1, 2, 1, 0, 0]);
    expect(codes((await api.get('/v1/compliance?year=2023', officerKaltim)).body)).toEqual(['64.09', '64.01', '64.71']);
  });

  it('refuses what lies outside the reader\'s scope', async () => {
    expect((await api.get('/v1/entities/64.09/compliance', officerKalsel)).body).toMatchObject({ status: 403, code: 'OutsideScope' });
    expect((await api.get('/v1/compliance?province=63', officerKaltim)).status).toBe(403);
    expect((await api.get('/v1/compliance/summary', liaisonPaser)).status).toBe(403);
    expect(codes((await api.get('/v1/compliance?year=2023', liaisonPaser)).body)).toEqual(['64.01']);
    expect((await api.get('/v1/entities/64.01/compliance', liaisonPaser)).status).toBe(200);
    expect((await api.get('/v1/entities/99.99/compliance', auditor)).body).toMatchObject({ status: 404, code: 'EntityNotFound' });
  });

  it('names the bad query parameter and what it accepts', async () => {
    const year = await api.get('/v1/compliance?year=20x3', auditor);
    expect(year.status).toBe(400);
    expect(year.body.errors).toEqual([{ field: 'query.year', message: '"20x3" is not allowed', allowed: 'an integer from 2000 to 2100' }]);
    expect((await api.get('/v1/compliance?category=Z', auditor)).body.errors[0]).toMatchObject({ field: 'query.category', allowed: ['A', 'B', 'C', 'D', 'E', 'none'] });
    expect((await api.get('/v1/compliance?zone=biru', auditor)).body.errors[0]).toMatchObject({ field: 'query.zone', allowed: ['merah', 'kuning', 'hijau'] });
    expect((await api.get('/v1/compliance?province=6', auditor)).body.errors[0]).toMatchObject({ field: 'query.province' });
    expect((await api.get('/v1/compliance?yaer=2023', auditor)).body.errors[0]).toMatchObject({ field: 'query.yaer' });
  });
});
