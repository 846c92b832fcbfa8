import { ApiHarness, bearer, startApi } from '../support/api-harness';

interface Row {
  entityCode: string | null;
  provinceCode: string | null;
  role: string;
  unitId: string | null;
  openItems: number;
}

/** GET /v1/follow-up/missing-contacts: the roles routing would find nobody in, within the caller's scope, shrinking as contacts are added. */
describe('missing contacts (GET /v1/follow-up/missing-contacts)', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let kaltimOfficer: Record<string, string>;
  let paserLiaison: Record<string, string>;
  let lastPosition = '0';

  beforeAll(async () => {
    api = await startApi({ now: new Date('2026-11-22T03:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    kaltimOfficer = bearer(await api.token({ role: 'officer', provinces: ['64'] }));
    paserLiaison = bearer(await api.token({ role: 'liaison', entity: '64.01' }));
    for (const [code, name, kind] of [
      ['63', 'Provinsi Kalimantan Selatan', 'provinsi'],
      ['63.01', 'Kabupaten Tanah Laut', 'kabupaten'],
      ['64', 'Provinsi Kalimantan Timur', 'provinsi'],
      ['64.01', 'Kabupaten Paser', 'kabupaten'],
      ['64.09', 'Kabupaten Penajam Paser Utara', 'kabupaten'],
    ]) {
      await post('/v1/entities', { code, name, kind });
    }
    for (const unitId of ['dpmptsp', 'dinkes']) await post('/v1/entities/64.01/units', { unitId, name: unitId.toUpperCase() });
    const recommendation = (entityCode: string, ref: string, unitId?: string) => ({
      entityCode, ...(unitId ? { unitId } : {}), kind: 'rekomendasi', source: { type: 'lahp', ref }, title: 'Publikasikan standar pelayanan', issuedOn: '2026-11-02',
    });
    await post('/v1/recommendations', recommendation('64.01', 'LAHP/0101/LM/XI/2026/BPP', 'dpmptsp'));
    await post('/v1/recommendations', recommendation('64.01', 'LAHP/0102/LM/XI/2026/BPP', 'dpmptsp'));
    await post('/v1/recommendations', recommendation('63.01', 'LAHP/0201/LM/XI/2026/BJM'));
  }, 60_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: admin });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
    lastPosition = res.json().position;
  }
  async function missing(headers = admin, query = ''): Promise<{ items: Row[]; nextCursor: string | null }> {
    const res = await api.app.inject({ method: 'GET', url: `/v1/follow-up/missing-contacts?minPosition=${lastPosition}${query}`, headers });
    if (res.statusCode !== 200) throw new Error(`missing-contacts → ${res.statusCode} ${res.body}`);
    return res.json();
  }
  const rows = async (headers = admin) => (await missing(headers)).items.map((r) => `${r.entityCode ?? `office ${r.provinceCode}`} ${r.role}${r.unitId ? ` ${r.unitId}` : ''}`);
  const contact = (role: string, email: string, extra: object = {}) => ({ role, name: email.split('@')[0], position: role, email, ...extra });

  it('lists, for each provider with open items, its roles and the heads of the units those items name, and each province office; a provider without open items is not asked', async () => {
    expect(await rows()).toEqual([
      'office 63 ombudsman_officer',
      'office 63 ombudsman_leadership',
      '63.01 liaison',
      '63.01 regional_secretary',
      '63.01 head_of_region',
      'office 64 ombudsman_officer',
      'office 64 ombudsman_leadership',
      '64.01 liaison',
      '64.01 unit_head dpmptsp',
      '64.01 regional_secretary',
      '64.01 head_of_region',
    ]);
    expect((await missing()).items.find((r) => r.entityCode === '64.01')).toMatchObject({ provinceCode: '64', openItems: 2 });
  });

  it("keeps to the caller's scope: an officer their provinces, a liaison their own provider without the offices", async () => {
    expect(await rows(kaltimOfficer)).toEqual(['office 64 ombudsman_officer', 'office 64 ombudsman_leadership', '64.01 liaison', '64.01 unit_head dpmptsp', '64.01 regional_secretary', '64.01 head_of_region']);
    expect(await rows(paserLiaison)).toEqual(['64.01 liaison', '64.01 unit_head dpmptsp', '64.01 regional_secretary', '64.01 head_of_region']);
  });

  it('pages with a cursor, every row exactly once', async () => {
    const all = (await missing()).items;
    const paged: Row[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Row[]; nextCursor: string | null } = await missing(admin, `&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(4);
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
    const bad = await api.app.inject({ method: 'GET', url: '/v1/follow-up/missing-contacts?cursor=nonsense', headers: admin });
    expect([bad.statusCode, bad.json().errors[0].field]).toEqual([400, 'query.cursor']);
  });

  it('exports as CSV with its columns', async () => {
    const res = await api.app.inject({ method: 'GET', url: `/v1/follow-up/missing-contacts?minPosition=${lastPosition}`, headers: { ...kaltimOfficer, accept: 'text/csv' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toContain('Peran');
    expect(res.body).toContain('unit_head');
  });

  it('shrinks as contacts are added, role by role, until nothing is missing in the province', async () => {
    await post('/v1/entities/64.01/contacts', contact('liaison', 'siti@paserkab.go.id'));
    await post('/v1/entities/64.01/contacts', contact('regional_secretary', 'sekda@paserkab.go.id'));
    expect(await rows(kaltimOfficer)).toEqual(['office 64 ombudsman_officer', 'office 64 ombudsman_leadership', '64.01 unit_head dpmptsp', '64.01 head_of_region']);
    // A head of another unit does not fill the one the open items name.
    await post('/v1/entities/64.01/contacts', contact('unit_head', 'kepala@dinkes.paserkab.go.id', { unitId: 'dinkes' }));
    expect(await rows(kaltimOfficer)).toContain('64.01 unit_head dpmptsp');
    await post('/v1/entities/64.01/contacts', contact('unit_head', 'kepala@dpmptsp.paserkab.go.id', { unitId: 'dpmptsp' }));
    await post('/v1/entities/64.01/contacts', contact('head_of_region', 'bupati@paserkab.go.id'));
    await post('/v1/provinces/64/contacts', contact('ombudsman_officer', 'budi@ombudsman.go.id'));
    await post('/v1/provinces/64/contacts', contact('ombudsman_leadership', 'kepala.kaltim@ombudsman.go.id'));
    expect(await rows(kaltimOfficer)).toEqual([]);
    expect(await rows()).toHaveLength(5);
  });
});
