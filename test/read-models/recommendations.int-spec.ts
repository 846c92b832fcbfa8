import type { Actor } from '@app/kernel';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';
import { entity, followUp, obligation, on, recommendation, step, unit, verdict } from './support/events';
import { startReadModelsApp, type ReadModelsApp } from './support/read-models-app';

const auditor: Actor = { id: 'auditor', role: 'auditor' };
const officerKaltim: Actor = { id: 'o-64', role: 'officer', provinces: ['64'] };
const liaisonPaser: Actor = { id: 'l-64.01', role: 'liaison', entityCode: '64.01' };

const paser = { entityCode: '64.01', provinceCode: '64' };
const ppu = { entityCode: '64.09', provinceCode: '64' };
const rec = (id: string) => `recommendation-${id}`;
const ids = (body: { items: Array<{ id: string }> }) => body.items.map((i) => i.id);

describe.each(REDIS_TOPOLOGIES)('Recommendations read model and follow-up queues over HTTP on $name', ({ start }) => {
  let redis: RedisTopology;
  let api: ReadModelsApp;

  beforeAll(async () => {
    redis = await start();
    // Monday 16 June 2025, 11:00 WITA.
    api = await startReadModelsApp(redis, { now: new Date('2025-06-16T03:00:00Z') });
    await api.append('entity-64.01', entity('64.01', 'Kabupaten Paser', 'kabupaten', '64'), unit('64.01', 'dpmptsp', 'DPMPTSP'), unit('64.01', 'dinkes', 'Dinas Kesehatan'));
    await api.append('entity-64.09', entity('64.09', 'Kabupaten Penajam Paser Utara', 'kabupaten', '64'));
    await api.append('entity-63', entity('63', 'Pemerintah Provinsi Kalimantan Selatan', 'provinsi', '63'));
    await api.append('entity-K-KEMENDAGRI', entity('K-KEMENDAGRI', 'Kementerian Dalam Negeri', 'kementerian', null, 'WIB'));
    await api.append(rec('r1'), recommendation('r1', { ...paser, unitId: 'dpmptsp', dueOn: '2025-05-01' }),
      step('r1', 'DeadlineReminderSent', { deadlineVersion: 1, daysBefore: 7, dueAt: '2025-05-01T16:00:00.000Z', remindedAt: '2025-04-24T16:00:00.000Z' }),
      step('r1', 'DeadlineReminderSent', { deadlineVersion: 1, daysBefore: 1, dueAt: '2025-05-01T16:00:00.000Z', remindedAt: '2025-04-30T16:00:00.000Z' }),
      step('r1', 'DeadlineMarkedOverdue', { deadlineVersion: 1, dueAt: '2025-05-01T16:00:00.000Z', markedAt: '2025-05-01T16:00:05.000Z' }),
      step('r1', 'DeadlineEscalated', { deadlineVersion: 1, level: 1, to: 'kepala-unit', escalatedAt: '2025-05-08T16:00:00.000Z' }));
    await api.append(rec('r2'), recommendation('r2', { ...paser, unitId: 'dinkes', dueOn: '2025-06-10', kind: 'saran_perbaikan', source: 'assessment' }));
    await api.append(rec('r3'), recommendation('r3', { ...ppu, dueOn: '2025-06-01' }), followUp('r3', 'f3'), verdict('r3', 'f3', 'sesuai'));
    await api.append(rec('r4'), recommendation('r4', { entityCode: '63', provinceCode: '63', dueOn: '2025-05-20' }));
    await api.append(rec('r5'), recommendation('r5', { ...paser, dueOn: '2025-06-20' }), followUp('r5', 'f5'));
    await api.append(rec('r6'), recommendation('r6', { ...ppu, dueOn: '2025-06-05' }),
      on('r6', 'DeadlineExtensionRequested', { requestId: 'x6', proposedDueOn: '2025-07-30', reason: 'Anggaran', requestedOn: '2025-06-01' }),
      on('r6', 'DeadlineExtensionApproved', { requestId: 'x6', deadline: { version: 2, dueOn: '2025-07-30', dueAt: '2025-07-30T16:00:00.000Z', timeZone: 'WITA' }, approvedOn: '2025-06-03', note: 'ok' }));
    await api.append(rec('r7'), recommendation('r7', { ...paser, unitId: 'dpmptsp', dueOn: '2025-06-12' }),
      on('r7', 'ActionItemAdded', { itemId: 'a1', unitId: 'dpmptsp', title: 'Display the service standard', dueOn: '2025-06-01', dueAt: '2025-06-01T16:00:00.000Z' }),
      on('r7', 'ActionItemAdded', { itemId: 'a2', unitId: 'dinkes', title: 'Train the front desk', dueOn: '2025-06-10', dueAt: '2025-06-10T16:00:00.000Z' }),
      followUp('r7', 'f7', 'a1'), verdict('r7', 'f7', 'sesuai'), on('r7', 'ActionItemClosed', { itemId: 'a1', closedOn: '2025-04-03', note: '' }));
    await api.append(rec('r8'), recommendation('r8', { entityCode: 'K-KEMENDAGRI', provinceCode: null, dueOn: '2025-06-02', timeZone: 'WIB' }));
    await api.append(rec('r9'), recommendation('r9', { ...paser, dueOn: '2025-05-05' }), on('r9', 'RecommendationClosed', { closedOn: '2025-05-02', reason: 'Digabung dengan r1' }));
    await api.append('obligation-o1', obligation('o1', { entityCode: '63', provinceCode: '63', dueOn: '2025-06-18', unitIds: ['inspektorat'] }));
    await api.caughtUp();
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await redis?.stop();
  });

  it('the overdue queue: most overdue first, days late, reminders and escalation; fulfilled, extended and closed items are not in it', async () => {
    const { status, body } = await api.get('/v1/follow-up/overdue', auditor);
    expect(status).toBe(200);
    expect(ids(body)).toEqual(['r1', 'r4', 'r8', 'r2', 'r7']);
    expect(body.items[0]).toMatchObject({
      entityName: 'Kabupaten Paser', overdue: true, daysOverdue: 46, reminders: { sent: 2, lastDaysBefore: 1 },
      overdueMarkedAt: '2025-05-01T16:00:05.000Z', escalation: { level: 1, to: 'kepala-unit' },
    });
    expect(body.at).toBe('2025-06-16T03:00:00.000Z');
  });

  it("an officer's queue holds their provinces only; asking outside them is refused", async () => {
    expect(ids((await api.get('/v1/follow-up/overdue', officerKaltim)).body)).toEqual(['r1', 'r2', 'r7']);
    expect(ids((await api.get('/v1/follow-up/overdue?entity=64.01', officerKaltim)).body)).toEqual(['r1', 'r2', 'r7']);
    expect((await api.get('/v1/follow-up/overdue?province=63', officerKaltim)).body).toMatchObject({ status: 403, code: 'OutsideScope' });
    expect((await api.get('/v1/follow-up/overdue?entity=63', officerKaltim)).status).toBe(403);
    expect(ids((await api.get('/v1/follow-up/overdue?province=national', auditor)).body)).toEqual(['r8']);
  });

  it('the due-soon queue holds open items due within the window, soonest first', async () => {
    expect(ids((await api.get('/v1/follow-up/due-soon?withinDays=7', auditor)).body)).toEqual(['o1', 'r5']);
    expect(ids((await api.get('/v1/follow-up/due-soon?withinDays=60', auditor)).body)).toEqual(['o1', 'r5', 'r6']);
    expect(ids((await api.get('/v1/follow-up/due-soon', officerKaltim)).body)).toEqual(['r5']);
  });

  it('filters the list by status, openness, kind, source, unit and due dates', async () => {
    const list = async (query: string) => ids((await api.get(`/v1/recommendations?${query}`, auditor)).body);
    expect(await list('province=64&status=belum_sesuai&overdue=true')).toEqual(['r7']);
    expect(await list('status=sesuai')).toEqual(['r3']);
    expect(await list('open=false')).toEqual(['r9', 'r3']);
    expect(await list('kind=obligation')).toEqual(['o1']);
    expect(await list('source=assessment')).toEqual(['r2']);
    expect(await list('unit=dinkes')).toEqual(['r2', 'r7']);
    expect(await list('dueAfter=2025-05-01&dueBefore=2025-06-01')).toEqual(['r9', 'r4']);
    expect(await list('overdue=false&entity=64.01')).toEqual(['r9', 'r5']);
  });

  it('a settled recommendation reads as sesuai and closed by its verification', async () => {
    const { body } = await api.get('/v1/recommendations?entity=64.09', auditor);
    expect(body.items.find((i: { id: string }) => i.id === 'r3')).toMatchObject({ status: 'sesuai', open: false, overdue: false, closure: { kind: 'verified', closedOn: '2025-04-02' } });
    expect(body.items.find((i: { id: string }) => i.id === 'r6')).toMatchObject({ deadline: { version: 2, dueOn: '2025-07-30', setBy: 'extension' }, overdue: false });
  });

  it('pages by a (due instant, stream) cursor that stays put while items are inserted before and after it', async () => {
    const first = await api.get('/v1/recommendations?limit=4', auditor);
    expect(ids(first.body)).toEqual(['r1', 'r9', 'r4', 'r3']);
    const balikpapan = { entityCode: '64.71', provinceCode: '64' };
    await api.append(rec('early'), recommendation('early', { ...balikpapan, dueOn: '2025-04-01' }));
    await api.append(rec('late'), recommendation('late', { ...balikpapan, dueOn: '2025-06-11' }));
    // Same due instant as r3, with a stream name before and after it.
    await api.append(rec('r2a'), recommendation('r2a', { ...ppu, dueOn: '2025-06-01' }));
    await api.append(rec('r3a'), recommendation('r3a', { ...ppu, dueOn: '2025-06-01' }));
    await api.caughtUp();
    const rest: string[] = [];
    for (let cursor = first.body.nextCursor; cursor; ) {
      const page = await api.get(`/v1/recommendations?limit=4&cursor=${cursor}`, auditor);
      rest.push(...ids(page.body));
      cursor = page.body.nextCursor;
    }
    expect(rest).toEqual(['r3a', 'r8', 'r2', 'late', 'r7', 'o1', 'r5', 'r6']);
  });

  it("a liaison's owed list: open items of their provider with what evidence is missing", async () => {
    const { status, body } = await api.get('/v1/follow-up/owed', liaisonPaser);
    expect(status).toBe(200);
    expect(body.entityName).toBe('Kabupaten Paser');
    expect(ids(body)).toEqual(expect.arrayContaining(['r1', 'r2', 'r7', 'r5']));
    const r7 = body.items.find((i: { id: string }) => i.id === 'r7');
    expect(r7.actionItems).toEqual([expect.objectContaining({ itemId: 'a2', unitId: 'dinkes', unitName: 'Dinas Kesehatan', evidence: 'missing', followUps: 0 })]);
    expect(r7.missing).toEqual(['Dinas Kesehatan: a follow-up with evidence for "Train the front desk", due 2025-06-10']);
    expect(body.items.find((i: { id: string }) => i.id === 'r5')).toMatchObject({ evidence: 'awaiting_verification', missing: [] });
    expect(body.items.find((i: { id: string }) => i.id === 'r1')).toMatchObject({ evidence: 'missing', missing: ['A follow-up with evidence for "Recommendation r1", due 2025-05-01'] });
  });

  it('a liaison reads their own provider only', async () => {
    expect((await api.get('/v1/follow-up/owed?entity=64.09', liaisonPaser)).status).toBe(403);
    expect((await api.get('/v1/recommendations?entity=64.09', liaisonPaser)).status).toBe(403);
    expect((await api.get('/v1/follow-up/overdue?province=64', liaisonPaser)).status).toBe(403);
    expect(ids((await api.get('/v1/follow-up/overdue', liaisonPaser)).body)).toEqual(['r1', 'r2', 'r7']);
    expect((await api.get('/v1/follow-up/owed', officerKaltim)).body.errors[0]).toMatchObject({ field: 'query.entity' });
  });

  it('names the bad query parameter', async () => {
    const bad = async (query: string) => (await api.get(`/v1/recommendations?${query}`, auditor)).body.errors[0];
    expect(await bad('status=done')).toMatchObject({ field: 'query.status', allowed: expect.arrayContaining(['sesuai', 'belum_sesuai', 'fulfilled']) });
    expect(await bad('overdue=yes')).toMatchObject({ field: 'query.overdue', allowed: ['true', 'false'] });
    expect(await bad('dueBefore=16-06-2025')).toMatchObject({ field: 'query.dueBefore', allowed: 'YYYY-MM-DD' });
    expect(await bad('cursor=abc')).toMatchObject({ field: 'query.cursor' });
    expect(await bad('limit=0')).toMatchObject({ field: 'query.limit' });
    expect((await api.get('/v1/follow-up/due-soon?withinDays=400', auditor)).body.errors[0]).toMatchObject({ field: 'query.withinDays' });
  });
});
