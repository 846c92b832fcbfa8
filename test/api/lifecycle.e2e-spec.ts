import { EsdbEventStore, EventStore } from '@app/event-store';
import { startEsdbDouble } from '../esdb-double/esdb-double';
import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { once } from '../support/once';

/**
 * One cooperation from registration to recommendation, through HTTP, on each store the
 * product runs on: embedded SQLite, and the EventStoreDB adapter (on its gRPC double).
 */
const stores: Array<[string, () => Promise<{ store?: EventStore; stop: () => Promise<void> }>]> = [
  ['embedded SQLite', async () => ({ stop: async () => undefined })],
  [
    'EventStoreDB adapter on the gRPC double',
    async () => {
      const double = await startEsdbDouble();
      return { store: new EsdbEventStore(double.connectionString), stop: () => double.stop() };
    },
  ],
];

describe.each(stores)('cooperation lifecycle over HTTP — %s', (_name, makeStore) => {
  let api: ApiHarness;
  let stopStore: () => Promise<void>;
  let officer: Record<string, string>;
  let liaison: Record<string, string>;
  let auditor: Record<string, string>;

  beforeAll(async () => {
    const made = await makeStore();
    stopStore = made.stop;
    api = await startApi({ store: made.store, now: new Date('2024-12-10T02:00:00Z') });
    officer = bearer(await api.token({ role: 'officer', provinces: ['63', '64'], sub: 'asisten-kalsel' }));
    liaison = bearer(await api.token({ role: 'liaison', entity: '64.01', sub: 'bagian-organisasi-paser' }));
    auditor = bearer(await api.token({ role: 'auditor', sub: 'inspektorat' }));
  }, 30_000);
  afterAll(async () => {
    await api.close();
    await stopStore();
  });

  const post = async (url: string, payload: object, headers = officer) => {
    const res = await api.app.inject({ method: 'POST', url, payload, headers });
    return { status: res.statusCode, body: res.json(), headers: res.headers };
  };
  const get = async (url: string, headers = officer) => {
    const res = await api.app.inject({ method: 'GET', url, headers });
    return { status: res.statusCode, body: res.json(), headers: res.headers };
  };

  // Each step of the story runs once, whichever test needs it first; each test asserts what its own step answered.
  const providers = once(async () => {
    const statuses: number[] = [];
    statuses.push((await post('/v1/entities', { code: '63', name: 'Provinsi Kalimantan Selatan', kind: 'provinsi', timezone: 'WITA' })).status);
    statuses.push((await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' })).status);
    statuses.push((await post('/v1/entities', { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', parentCode: '64', timezone: 'WITA' })).status);
    const units: number[] = [];
    for (const [unitId, name] of [['inspektorat', 'Inspektorat'], ['dpmptsp', 'DPMPTSP'], ['disdukcapil', 'Disdukcapil']]) {
      units.push((await post('/v1/entities/63/units', { unitId, name })).status);
    }
    for (const [unitId, name] of [['dpmptsp', 'DPMPTSP'], ['puskesmas-senaken', 'Puskesmas Senaken']]) {
      units.push((await post('/v1/entities/64.01/units', { unitId, name })).status);
    }
    return { statuses, units };
  });
  const MOU = { entityCode: '63', ombudsmanNumber: '30/ORI-MOU/X/2021', counterpartNumber: '053/NK-PEMOTDA/2021', signedOn: '2021-10-28', title: 'Peningkatan kualitas pelayanan publik', validUntil: '2026-10-27' };
  const paser2023 = once(async () => {
    await providers();
    return post('/v1/assessments', {
      entityCode: '64.01', year: 2023, score: 81.22, publishedOn: '2023-12-15',
      loci: [{ unitId: 'dpmptsp', score: 85.1 }, { unitId: 'puskesmas-senaken', score: 77.99 }],
    });
  });
  const kalselMou = once(async () => {
    await providers();
    return post('/v1/mous', MOU);
  });

  it('registers Kalimantan Selatan and Kab. Paser with their units', async () => {
    const { statuses, units } = await providers();
    expect(statuses).toEqual([201, 201, 201]);
    for (const status of units) expect(status).toBeLessThan(300);
  });

  it('signs the Kalsel MoU and refuses a second MoU with either registration number', async () => {
    const mou = MOU;
    const signed = await kalselMou();
    expect(signed.status).toBe(201);
    expect(signed.body.id).toBe('30-ORI-MOU-X-2021');
    expect((await post('/v1/mous', mou)).status).toBe(409);
    const sameCounterpart = await post('/v1/mous', { ...mou, ombudsmanNumber: '31/ORI-MOU/X/2021' });
    expect(sameCounterpart.status).toBe(409);
    expect(sameCounterpart.body.code).toBe('DuplicateRegistrationNumber');
  });

  it('walks a PKS through draft → finalise → sign, refusing to sign a draft', async () => {
    expect((await kalselMou()).status).toBe(201);
    const drafted = await post('/v1/pks', {
      mouId: '30-ORI-MOU-X-2021',
      title: 'PKS peningkatan kualitas pelayanan publik 2022',
      unitIds: ['inspektorat', 'dpmptsp', 'disdukcapil'],
      scope: [
        { id: 'laporan-masyarakat', text: 'Percepatan penyelesaian laporan masyarakat' },
        { id: 'pendampingan', text: 'Pendampingan berkala', obligation: { every: 'quarter' } },
      ],
      draftedOn: '2022-06-10',
    });
    expect(drafted.status).toBe(201);
    const id = drafted.body.id;
    const early = await post(`/v1/pks/${id}/sign`, { signedOn: '2022-07-05' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('PksNotFinalized');
    expect((await post(`/v1/pks/${id}/finalize`, { finalizedOn: '2022-06-27' })).status).toBe(200);
    const signed = await post(`/v1/pks/${id}/sign`, { signedOn: '2022-07-05', number: '01/PKS/ORI-KALSEL/VII/2022' }, { ...officer, 'if-match': '"1"' });
    expect(signed.status).toBe(200);
    const pks = await get(`/v1/pks/${id}`);
    expect(pks.body).toMatchObject({ status: 'signed', revision: 2 });
    expect(pks.headers.etag).toBe('"2"');
  });

  it('derives category, zone and opinion from the year methodology, and keeps corrections as new facts', async () => {
    const recorded = await paser2023();
    expect(recorded.status).toBe(201);
    const view = await get('/v1/assessments/64.01-2023');
    expect(view.body).toMatchObject({ score: 81.22, category: 'B', zone: 'hijau', opinion: 'Kualitas Tinggi' });
    expect(view.body.loci[1]).toMatchObject({ unitId: 'puskesmas-senaken', category: 'C', zone: 'kuning' });

    const none2020 = await post('/v1/assessments', { entityCode: '64.01', year: 2020, score: 70, publishedOn: '2020-12-15' });
    expect(none2020.status).toBe(422);
    expect(none2020.body.errors[0].field).toBe('year');

    const corrected = await post('/v1/assessments/64.01-2023/correct', { score: 77.99, reason: 'Variabel substantif: rekomendasi belum dilaksanakan', correctedOn: '2024-01-20' });
    expect(corrected.status).toBe(200);
    const after = await get('/v1/assessments/64.01-2023');
    expect(after.body).toMatchObject({ score: 77.99, category: 'C', zone: 'kuning' });
    expect(after.body.history.map((h: { score: number }) => h.score)).toEqual([81.22, 77.99]);
  });

  it('issues a recommendation whose due date follows the kind rule and ends at midnight WITA', async () => {
    expect((await paser2023()).status).toBe(201);
    const issued = await post('/v1/recommendations', {
      entityCode: '64.01', unitId: 'dpmptsp', kind: 'rekomendasi',
      source: { type: 'assessment', ref: 'assessment-64.01-2023' },
      title: 'Penuhi komponen standar pelayanan di DPMPTSP', issuedOn: '2024-02-01',
    });
    expect(issued.status).toBe(201);
    const rec = await get(`/v1/recommendations/${issued.body.id}`);
    expect(rec.body).toMatchObject({ status: 'belum_ditindaklanjuti' });
    expect(rec.body.deadline).toMatchObject({ dueOn: '2024-04-01', dueAt: '2024-04-01T16:00:00.000Z', timeZone: 'WITA', setBy: 'rule' });
    expect((await get(`/v1/recommendations/${issued.body.id}`, liaison)).status).toBe(200);
    expect((await post('/v1/recommendations', { entityCode: '64.01', kind: 'saran_perbaikan', source: { type: 'supervision', ref: 'X' }, title: 'x', issuedOn: '2024-02-01' }, liaison)).status).toBe(403);
  });

  it('lets an auditor replay history and prove the chain of every stream', async () => {
    await kalselMou();
    // A corrected assessment of its own (2024), so this holds whether or not the 2023 story ran.
    expect((await post('/v1/assessments', { entityCode: '64.01', year: 2024, score: 80.5, publishedOn: '2024-12-05' })).status).toBe(201);
    expect((await post('/v1/assessments/64.01-2024/correct', { score: 79.5, reason: 'Koreksi nilai', correctedOn: '2024-12-09' })).status).toBe(200);
    const streams = new Set<string>();
    for await (const event of api.store.readAll()) streams.add(event.stream);
    const verdict = await get('/v1/audit/verify', auditor);
    expect(verdict.status).toBe(200);
    expect(verdict.body).toMatchObject({ ok: true, broken: [] });
    // At least every stream the log holds so far, whichever tests ran before this one.
    expect(verdict.body.streams).toBeGreaterThanOrEqual(streams.size);
    expect(streams.size).toBeGreaterThanOrEqual(5);
    const history = await get('/v1/audit/streams/assessment-64.01-2024/events', auditor);
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['AssessmentRecorded', 'AssessmentCorrected']);
    expect(history.body.events[1].metadata.actor).toEqual({ id: 'asisten-kalsel', role: 'officer' });
    expect(history.body.events[1].metadata.prevHash).toBe(history.body.events[0].metadata.hash);
  });
});
