import { ApiHarness, bearer, startApi } from '../support/api-harness';

/** GET /v1/entities: listing and searching providers from the `providers` read model, within each caller's scope. */
describe('finding providers (GET /v1/entities)', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let auditor: Record<string, string>;
  let kalselOfficer: Record<string, string>;
  let kalimantanOfficer: Record<string, string>;
  let paserLiaison: Record<string, string>;
  let lastPosition = '0';
  let afterKalsel = '0';

  beforeAll(async () => {
    api = await startApi({ now: new Date('2026-11-22T03:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    auditor = bearer(await api.token({ role: 'auditor' }));
    kalselOfficer = bearer(await api.token({ role: 'officer', provinces: ['63'] }));
    kalimantanOfficer = bearer(await api.token({ role: 'officer', provinces: ['64', '63'] }));
    paserLiaison = bearer(await api.token({ role: 'liaison', entity: '64.01' }));
    await register('63', 'Provinsi Kalimantan Selatan', 'provinsi', 'WITA');
    await register('63.01', 'Kabupaten Tanah Laut', 'kabupaten', 'WITA');
    await register('63.71', 'Kota Banjarmasin', 'kota', 'WITA');
    afterKalsel = lastPosition;
    await register('64', 'Provinsi Kalimantan Timur', 'provinsi', 'WITA');
    await register('64.01', 'Kabupaten Paser', 'kabupaten', 'WITA');
    await register('64.09', 'Kabupaten Penajam Paser Utara', 'kabupaten', 'WITA');
    await register('K-KEMENDAGRI', 'Kementerian Dalam Negeri', 'kementerian', 'WIB');
    for (const [unitId, name] of [['dinkes', 'Dinas Kesehatan'], ['dinsos', 'Dinas Sosial']]) await post('/v1/entities/64.01/units', { unitId, name });
  }, 30_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: admin });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
    lastPosition = res.json().position;
    return res.json();
  }
  const register = (code: string, name: string, kind: string, timezone: string) => post('/v1/entities', { code, name, kind, timezone });
  const get = async (url: string, headers = admin) => {
    const res = await api.app.inject({ method: 'GET', url, headers });
    return { status: res.statusCode, body: res.json(), contentType: res.headers['content-type'] };
  };
  /** Codes listed, read after the last command (read-your-writes). */
  const codes = async (query: string, headers = admin): Promise<string[]> => {
    const res = await get(`/v1/entities?${query}${query ? '&' : ''}minPosition=${lastPosition}`, headers);
    expect([query, res.status]).toEqual([query, 200]);
    return res.body.items.map((item: { code: string }) => item.code);
  };

  it('lists every provider in code order, each with its kind, province, zone and unit count', async () => {
    expect(await codes('')).toEqual(['63', '63.01', '63.71', '64', '64.01', '64.09', 'K-KEMENDAGRI']);
    const { body } = await get(`/v1/entities?q=paser&minPosition=${lastPosition}`);
    expect(body.items[0]).toEqual({ code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', provinceCode: '64', parentCode: '64', timezone: 'WITA', units: 2 });
    expect(body.nextCursor).toBeNull();
    expect((await get(`/v1/entities?province=national&minPosition=${lastPosition}`)).body.items[0]).toMatchObject({ code: 'K-KEMENDAGRI', provinceCode: null, parentCode: null, units: 0 });
  });

  it('narrows by province (national for ministries and agencies), by kind, and by both', async () => {
    expect(await codes('province=64')).toEqual(['64', '64.01', '64.09']);
    expect(await codes('kind=kabupaten')).toEqual(['63.01', '64.01', '64.09']);
    expect(await codes('province=64&kind=kabupaten')).toEqual(['64.01', '64.09']);
    expect(await codes('province=63&kind=kota')).toEqual(['63.71']);
    expect(await codes('province=national')).toEqual(['K-KEMENDAGRI']);
    expect(await codes('province=17')).toEqual([]);
  });

  it('searches names and codes, ignoring case, with every word of q', async () => {
    expect(await codes('q=paser')).toEqual(['64.01', '64.09']);
    expect(await codes('q=PASER%20utara')).toEqual(['64.09']);
    expect(await codes('q=banjar')).toEqual(['63.71']);
    expect(await codes('q=64.0')).toEqual(['64.01', '64.09']);
    expect(await codes('q=dalam%20negeri')).toEqual(['K-KEMENDAGRI']);
    expect(await codes('q=paser&province=63')).toEqual([]);
    expect(await codes('q=kalimantan&kind=provinsi')).toEqual(['63', '64']);
    expect(await codes('q=%20%20')).toHaveLength(7);
  });

  it("keeps an officer to their provinces: an officer of 63 does not see 64.01, nor national bodies", async () => {
    expect(await codes('', kalselOfficer)).toEqual(['63', '63.01', '63.71']);
    expect(await codes('q=paser', kalselOfficer)).toEqual([]);
    expect(await codes('kind=kabupaten', kalimantanOfficer)).toEqual(['63.01', '64.01', '64.09']);
    expect(await codes('', kalimantanOfficer)).toEqual(['63', '63.01', '63.71', '64', '64.01', '64.09']);
    for (const province of ['64', 'national']) {
      const refused = await get(`/v1/entities?province=${province}`, kalselOfficer);
      expect(refused.status).toBe(403);
      expect(refused.contentType).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ status: 403, code: 'OutsideScope' });
    }
  });

  it('shows a liaison their own provider only', async () => {
    expect(await codes('', paserLiaison)).toEqual(['64.01']);
    expect(await codes('q=paser', paserLiaison)).toEqual(['64.01']);
    expect(await codes('q=tanah', paserLiaison)).toEqual([]);
    expect(await codes('kind=provinsi', paserLiaison)).toEqual([]);
    expect((await get('/v1/entities?province=64', paserLiaison)).body).toMatchObject({ status: 403, code: 'OutsideScope' });
  });

  it('pages with a cursor, across the provinces an officer holds, until nextCursor is null', async () => {
    const walk = async (query: string, headers: Record<string, string>) => {
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const res = await get(`/v1/entities?${query}${cursor ? `&cursor=${cursor}` : ''}`, headers);
        expect(res.status).toBe(200);
        pages.push(res.body.items.map((item: { code: string }) => item.code));
        cursor = res.body.nextCursor;
      } while (cursor !== null && pages.length < 10);
      return pages;
    };
    expect(await walk('limit=2', admin)).toEqual([['63', '63.01'], ['63.71', '64'], ['64.01', '64.09'], ['K-KEMENDAGRI']]);
    expect(await walk('limit=4', kalimantanOfficer)).toEqual([['63', '63.01', '63.71', '64'], ['64.01', '64.09']]);
    expect(await walk('limit=1&q=paser', admin)).toEqual([['64.01'], ['64.09']]);
    expect(await walk('limit=3&province=64', admin)).toEqual([['64', '64.01', '64.09']]);
  });

  it('answers after a command once given its position (read-your-writes), units included', async () => {
    const registered = await register('64.03', 'Kabupaten Berau', 'kabupaten', 'WITA');
    const fresh = await get(`/v1/entities?q=berau&minPosition=${registered.position}`, kalimantanOfficer);
    expect(fresh.body.items).toEqual([expect.objectContaining({ code: '64.03', units: 0 })]);
    const unit = await post('/v1/entities/64.03/units', { unitId: 'dinkes', name: 'Dinas Kesehatan' });
    expect((await get(`/v1/entities?q=berau&minPosition=${unit.position}`)).body.items[0].units).toBe(1);
  });

  it('answers auditors as the records stood at an earlier log position', async () => {
    const then = await get(`/v1/entities?atPosition=${afterKalsel}`, auditor);
    expect(then.status).toBe(200);
    expect(then.body.items.map((item: { code: string }) => item.code)).toEqual(['63', '63.01', '63.71']);
    expect((await get(`/v1/entities?atPosition=${afterKalsel}`, kalselOfficer)).status).toBe(403);
  });

  it.each([
    ['limit=0', 'query.limit'],
    ['limit=501', 'query.limit'],
    ['limit=ten', 'query.limit'],
    ['limit=1.5', 'query.limit'],
    ['kind=desa', 'query.kind'],
    ['kind=kota&kind=kabupaten', 'query.kind'],
    ['province=6', 'query.province'],
    ['province=Kaltim', 'query.province'],
    [`q=${'a'.repeat(101)}`, 'query.q'],
    ['q=a%00b', 'query.q'],
    ['cursor=bm90LWEtY3Vyc29y', 'query.cursor'],
    ['minPosition=-1', 'query.minPosition'],
    ['sort=name', 'query.sort'],
  ])('refuses %s with a 400 problem naming %s', async (query, field) => {
    const res = await get(`/v1/entities?${query}`);
    expect([query, res.status]).toEqual([query, 400]);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body.errors[0].field).toBe(field);
  });
});
