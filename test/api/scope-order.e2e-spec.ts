import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { KALSEL_MOU, KALSEL_MOU_ID } from '@app/agreements';
import { ApiHarness, bearer, startApi } from '../support/api-harness';

/**
 * Scope is judged first, and a refusal reveals nothing outside it: for a caller who does not see
 * everything, a record outside their scope and one that does not exist answer alike (403
 * OutsideScope), on GETs and commands, with or without asOf, with or without If-Match.
 */
describe('scope first, and refusals that reveal nothing outside it', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let kaltimOfficer: Record<string, string>;
  let paserLiaison: Record<string, string>;
  let kalselOfficer: Record<string, string>;

  beforeAll(async () => {
    api = await startApi();
    admin = bearer(await api.token({ role: 'admin' }));
    kaltimOfficer = bearer(await api.token({ role: 'officer', provinces: ['64'], sub: 'asisten-kaltim' }));
    kalselOfficer = bearer(await api.token({ role: 'officer', provinces: ['63'], sub: 'asisten-kalsel' }));
    paserLiaison = bearer(await api.token({ role: 'liaison', entity: '64.01', sub: 'siti' }));
    expect((await post('/v1/entities', { code: '63', name: 'Provinsi Kalimantan Selatan', kind: 'provinsi', timezone: 'WITA' })).statusCode).toBe(201);
    expect((await post('/v1/entities/63/units', { unitId: 'dpmptsp', name: 'DPMPTSP' })).statusCode).toBeLessThan(300);
    expect((await post('/v1/mous', KALSEL_MOU)).statusCode).toBe(201);
  }, 30_000);
  afterAll(() => api.close());

  const post = (url: string, payload: object, headers: Record<string, string> = admin) => api.app.inject({ method: 'POST', url, payload, headers });
  const get = (url: string, headers: Record<string, string> = admin) => api.app.inject({ method: 'GET', url, headers });
  /** The refusal without what differs by request anyway (the path, and the id the caller sent). */
  const shape = (res: LightMyRequestResponse, id: string) => {
    const { instance: _instance, ...rest } = res.json();
    return { status: res.statusCode, type: res.headers['content-type'], ...JSON.parse(JSON.stringify(rest).split(id).join('<id>')) };
  };

  it('answers a foreign provider and an unknown one alike, to officers and liaisons', async () => {
    for (const who of [kaltimOfficer, paserLiaison]) {
      const foreign = await get('/v1/entities/63', who);
      const unknown = await get('/v1/entities/62', who);
      expect(foreign.statusCode).toBe(403);
      expect(shape(foreign, '63')).toEqual(shape(unknown, '62'));
      expect(foreign.json()).toMatchObject({ code: 'OutsideScope' });
    }
  });

  it('answers alike on the read models too: a foreign provider\'s agreements and compliance, and an unknown one\'s', async () => {
    for (const view of ['agreements', 'compliance']) {
      const foreign = await get(`/v1/entities/63/${view}`, kaltimOfficer);
      const unknown = await get(`/v1/entities/62/${view}`, kaltimOfficer);
      expect(foreign.statusCode).toBe(403);
      expect(shape(foreign, '63')).toEqual(shape(unknown, '62'));
    }
  });

  it('answers 404 where nothing is hidden: an unknown provider in one’s own province, or to an admin', async () => {
    expect((await get('/v1/entities/63.99', kalselOfficer)).json()).toMatchObject({ status: 404, code: 'EntityNotFound' });
    expect((await get('/v1/entities/62', admin)).json()).toMatchObject({ status: 404, code: 'EntityNotFound' });
  });

  it('answers a foreign record with asOf exactly as without it, so asOf cannot date it', async () => {
    for (const asOf of ['2000-01-01', '2100-01-01T00:00:00Z']) {
      const plain = await get('/v1/entities/63', kaltimOfficer);
      const dated = await get(`/v1/entities/63?asOf=${asOf}`, kaltimOfficer);
      expect(shape(dated, '63')).toEqual(shape(plain, '63'));
      const mou = await get(`/v1/mous/${KALSEL_MOU_ID}?asOf=${asOf}`, kaltimOfficer);
      expect(shape(mou, KALSEL_MOU_ID)).toEqual(shape(await get(`/v1/mous/${KALSEL_MOU_ID}`, kaltimOfficer), KALSEL_MOU_ID));
    }
  });

  it('answers a foreign MoU, PKS or recommendation and an unknown one alike', async () => {
    const foreignMou = await get(`/v1/mous/${KALSEL_MOU_ID}`, kaltimOfficer);
    const unknownMou = await get('/v1/mous/99-ORI-MOU-X-2021', kaltimOfficer);
    expect(foreignMou.statusCode).toBe(403);
    expect(shape(foreignMou, KALSEL_MOU_ID)).toEqual(shape(unknownMou, '99-ORI-MOU-X-2021'));
    for (const path of ['pks', 'recommendations']) {
      const id = randomUUID();
      expect(shape(await get(`/v1/${path}/${id}`, kaltimOfficer), id)).toMatchObject({ status: 403, code: 'OutsideScope' });
    }
  });

  it('refuses a command on a foreign provider and on an unknown one alike', async () => {
    const unit = { unitId: 'dinkes', name: 'Dinas Kesehatan' };
    const foreign = await post('/v1/entities/63/units', unit, kaltimOfficer);
    const unknown = await post('/v1/entities/62/units', unit, kaltimOfficer);
    expect(foreign.statusCode).toBe(403);
    expect(shape(foreign, '63')).toEqual(shape(unknown, '62'));
  });

  it('checks scope before If-Match: 403, not a 412 that reveals the revision', async () => {
    const res = await post('/v1/entities/63/units', { unitId: 'dinsos', name: 'Dinas Sosial' }, { ...kaltimOfficer, 'if-match': '"0"' });
    expect(res.statusCode).toBe(403);
    expect(JSON.stringify(res.json())).not.toMatch(/revision/i);
    // In scope, the same stale If-Match is the precondition failing.
    expect((await post('/v1/entities/63/units', { unitId: 'dinsos', name: 'Dinas Sosial' }, { ...kalselOfficer, 'if-match': '"0"' })).statusCode).toBe(412);
  });
});
