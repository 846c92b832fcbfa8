import type { Actor } from '@app/kernel';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';
import { entity, mou, pks } from './support/events';
import { startReadModelsApp, type ReadModelsApp } from './support/read-models-app';

const auditor: Actor = { id: 'auditor', role: 'auditor' };
const officerKaltim: Actor = { id: 'o-64', role: 'officer', provinces: ['64'] };
const officerKalsel: Actor = { id: 'o-63', role: 'officer', provinces: ['63'] };
const liaisonKalsel: Actor = { id: 'l-63', role: 'liaison', entityCode: '63' };

describe.each(REDIS_TOPOLOGIES)('Agreements read model over HTTP on $name', ({ start }) => {
  let redis: RedisTopology;
  let api: ReadModelsApp;
  const ids = (body: { items: Array<{ id: string }> }) => body.items.map((i) => i.id);

  beforeAll(async () => {
    redis = await start();
    // 1 September 2026, 11:00 WITA.
    api = await startReadModelsApp(redis, { now: new Date('2026-09-01T03:00:00Z') });
    await api.append('entity-63', entity('63', 'Pemerintah Provinsi Kalimantan Selatan', 'provinsi', '63'));
    await api.append('entity-64.01', entity('64.01', 'Kabupaten Paser', 'kabupaten', '64'));
    await api.append('entity-K-KEMENDAGRI', entity('K-KEMENDAGRI', 'Kementerian Dalam Negeri', 'kementerian', null, 'WIB'));
    await api.append('mou-m1', mou('m1', '63', '63', '2026-10-27'));
    await api.append('mou-m2', mou('m2', '64.01', '64', '2027-01-01'), { type: 'MouAmended', data: { mouId: 'm2', amendedOn: '2026-08-01', reason: 'Dipercepat', changes: { validUntil: '2026-10-15' } } });
    await api.append('mou-m3', mou('m3', 'K-KEMENDAGRI', null, '2026-09-01', 'WIB'));
    await api.append('mou-m4', mou('m4', '64.01', '64', '2026-08-31'));
    await api.append('mou-m5', mou('m5', '63', '63', '2026-10-01'), { type: 'MouTerminated', data: { mouId: 'm5', terminatedOn: '2026-01-10', reason: 'Digantikan m1' } });
    await api.append('pks-p1', pks('p1', 'm1', '63', '63'),
      { type: 'PksFinalized', data: { pksId: 'p1', finalizedOn: '2022-06-27' } },
      { type: 'PksSigned', data: { pksId: 'p1', signedOn: '2022-07-05', number: '01/PKS/VII/2022', validUntil: '2026-11-30' } });
    await api.append('pks-p2', pks('p2', 'm2', '64.01', '64'));
    await api.caughtUp();
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await redis?.stop();
  });

  it("lists a provider's MoUs and PKS with their status judged now", async () => {
    const kalsel = (await api.get('/v1/entities/63/agreements', officerKalsel)).body;
    expect(kalsel).toMatchObject({ entityCode: '63', entityName: 'Pemerintah Provinsi Kalimantan Selatan', at: '2026-09-01T03:00:00.000Z' });
    expect(kalsel.mous.map((m: { id: string; status: string }) => [m.id, m.status])).toEqual([['m1', 'signed'], ['m5', 'terminated']]);
    expect(kalsel.pks).toEqual([expect.objectContaining({ id: 'p1', status: 'signed', number: '01/PKS/VII/2022', mouId: 'm1', unitIds: ['dpmptsp'], finalizedOn: '2022-06-27' })]);
    const paser = (await api.get('/v1/entities/64.01/agreements', officerKaltim)).body;
    expect(paser.mous.map((m: { id: string; status: string }) => [m.id, m.status])).toEqual([['m2', 'signed'], ['m4', 'expired']]);
    expect(paser.mous[0]).toMatchObject({ validUntil: '2026-10-15', amendments: 1, lastAmendedOn: '2026-08-01' });
    expect(paser.pks.map((p: { id: string; status: string }) => [p.id, p.status])).toEqual([['p2', 'drafted']]);
  });

  it('lists agreements in force whose validity ends within the window, soonest first, judged in each provider zone', async () => {
    const within90 = (await api.get('/v1/agreements/expiring?withinDays=90', auditor)).body;
    expect(ids(within90)).toEqual(['m3', 'm2', 'm1']);
    expect(within90.items[0]).toMatchObject({ kind: 'mou', validityEndsAt: '2026-09-01T17:00:00.000Z', daysLeft: 1 });
    // p1 ends 2026-11-30 16:00 UTC (WITA): 13 hours after the 90-day window closes.
    expect(ids((await api.get('/v1/agreements/expiring?withinDays=91', auditor)).body)).toEqual(['m3', 'm2', 'm1', 'p1']);
    expect(ids((await api.get('/v1/agreements/expiring?withinDays=91&province=63', auditor)).body)).toEqual(['m1', 'p1']);
  });

  it('pages the expiring list', async () => {
    const first = (await api.get('/v1/agreements/expiring?withinDays=91&limit=3', auditor)).body;
    expect(ids(first)).toEqual(['m3', 'm2', 'm1']);
    const second = (await api.get(`/v1/agreements/expiring?withinDays=91&limit=3&cursor=${first.nextCursor}`, auditor)).body;
    expect([ids(second), second.nextCursor]).toEqual([['p1'], null]);
  });

  it("narrows to the reader's scope and refuses what lies outside it", async () => {
    expect(ids((await api.get('/v1/agreements/expiring?withinDays=91', officerKaltim)).body)).toEqual(['m2']);
    expect(ids((await api.get('/v1/agreements/expiring?withinDays=91', liaisonKalsel)).body)).toEqual(['m1', 'p1']);
    expect((await api.get('/v1/agreements/expiring?province=63', officerKaltim)).status).toBe(403);
    expect((await api.get('/v1/agreements/expiring?province=63', liaisonKalsel)).status).toBe(403);
    expect((await api.get('/v1/entities/64.01/agreements', officerKalsel)).body).toMatchObject({ status: 403, code: 'OutsideScope' });
    expect((await api.get('/v1/entities/64.01/agreements', liaisonKalsel)).status).toBe(403);
    expect((await api.get('/v1/entities/99.99/agreements', auditor)).body).toMatchObject({ status: 404, code: 'EntityNotFound' });
    expect((await api.get('/v1/agreements/expiring?withinDays=0', auditor)).body.errors[0]).toMatchObject({ field: 'query.withinDays', allowed: 'an integer from 1 to 3650' });
  });
});
