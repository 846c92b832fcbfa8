import { ApiHarness, bearer, startApi } from '../support/api-harness';

/** GET /v1/agreements: MoUs and PKS per province (per provider is GET /v1/entities/{code}/agreements), within each caller's scope. */
describe('listing agreements per province (GET /v1/agreements)', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let kalselOfficer: Record<string, string>;
  let kalimantanOfficer: Record<string, string>;
  let paserLiaison: Record<string, string>;
  let lastPosition = '0';
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi({ now: new Date('2026-11-22T03:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    kalselOfficer = bearer(await api.token({ role: 'officer', provinces: ['63'] }));
    kalimantanOfficer = bearer(await api.token({ role: 'officer', provinces: ['64', '63'] }));
    paserLiaison = bearer(await api.token({ role: 'liaison', entity: '64.01' }));
    await post('/v1/entities', { code: '63', name: 'Provinsi Kalimantan Selatan', kind: 'provinsi', timezone: 'WITA' });
    await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' });
    await post('/v1/entities', { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', parentCode: '64', timezone: 'WITA' });
    await post('/v1/entities', { code: '63.71', name: 'Kota Banjarmasin', kind: 'kota', parentCode: '63', timezone: 'WITA' });
    await post('/v1/entities/64.01/units', { unitId: 'dpmptsp', name: 'DPMPTSP' });
    ids.kalsel = (await post('/v1/mous', mou('63', '30/ORI-MOU/X/2021', '2021-10-28'))).id;
    ids.paser = (await post('/v1/mous', mou('64.01', '41/ORI-MOU/III/2022', '2022-03-01'))).id;
    ids.banjarmasin = (await post('/v1/mous', mou('63.71', '05/ORI-MOU/I/2020', '2020-01-15'))).id;
    ids.paserPks = (await post('/v1/pks', {
      mouId: ids.paser, title: 'PKS pelayanan publik 2022', unitIds: ['dpmptsp'], scope: [{ id: 'laporan', text: 'Percepatan penyelesaian laporan masyarakat' }], draftedOn: '2022-06-10',
    })).id;
  }, 30_000);
  afterAll(() => api.close());

  const mou = (entityCode: string, ombudsmanNumber: string, signedOn: string) => ({
    entityCode, ombudsmanNumber, counterpartNumber: `NK/${ombudsmanNumber}`, signedOn, title: 'Peningkatan kualitas pelayanan publik', validUntil: '2031-12-31',
  });
  async function post(url: string, payload: object) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: admin });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
    lastPosition = res.json().position;
    return res.json();
  }
  const get = async (url: string, headers = admin) => {
    const res = await api.app.inject({ method: 'GET', url, headers });
    return { status: res.statusCode, body: res.json(), contentType: res.headers['content-type'] };
  };
  /** Agreement ids listed, read after the last command (read-your-writes). */
  const listed = async (query: string, headers = admin): Promise<string[]> => {
    const res = await get(`/v1/agreements?${query}${query ? '&' : ''}minPosition=${lastPosition}`, headers);
    expect([query, res.status]).toEqual([query, 200]);
    return res.body.items.map((item: { id: string }) => item.id);
  };

  it('lists MoUs and PKS oldest first, each with its status judged now', async () => {
    expect(await listed('')).toEqual([ids.banjarmasin, ids.kalsel, ids.paser, ids.paserPks]);
    const { body } = await get(`/v1/agreements?province=64&kind=pks&minPosition=${lastPosition}`);
    expect(body.items).toEqual([expect.objectContaining({ kind: 'pks', id: ids.paserPks, entityCode: '64.01', provinceCode: '64', status: 'drafted' })]);
    expect(body.nextCursor).toBeNull();
  });

  it('narrows by province and kind', async () => {
    expect(await listed('province=64')).toEqual([ids.paser, ids.paserPks]);
    expect(await listed('province=64&kind=mou')).toEqual([ids.paser]);
    expect(await listed('kind=mou')).toEqual([ids.banjarmasin, ids.kalsel, ids.paser]);
    expect(await listed('province=national')).toEqual([]);
    expect(await listed('province=17')).toEqual([]);
  });

  it('keeps officers to their provinces and sends liaisons to their own provider', async () => {
    expect(await listed('', kalselOfficer)).toEqual([ids.banjarmasin, ids.kalsel]);
    expect(await listed('', kalimantanOfficer)).toEqual([ids.banjarmasin, ids.kalsel, ids.paser, ids.paserPks]);
    for (const [url, headers] of [['/v1/agreements?province=64', kalselOfficer], ['/v1/agreements', paserLiaison]] as const) {
      const refused = await get(url, headers);
      expect([url, refused.status]).toEqual([url, 403]);
      expect(refused.contentType).toContain('application/problem+json');
      expect(refused.body.code).toBe('OutsideScope');
    }
  });

  it('pages with a cursor until nextCursor is null, across an officer\'s provinces too', async () => {
    const walk = async (query: string, headers: Record<string, string>) => {
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const res = await get(`/v1/agreements?${query}${cursor ? `&cursor=${cursor}` : ''}`, headers);
        expect(res.status).toBe(200);
        pages.push(res.body.items.map((item: { id: string }) => item.id));
        cursor = res.body.nextCursor;
      } while (cursor !== null && pages.length < 10);
      return pages;
    };
    expect(await walk('limit=3', admin)).toEqual([[ids.banjarmasin, ids.kalsel, ids.paser], [ids.paserPks]]);
    expect(await walk('limit=1', kalimantanOfficer)).toEqual([[ids.banjarmasin], [ids.kalsel], [ids.paser], [ids.paserPks]]);
  });

  it('answers after a command once given its position (read-your-writes)', async () => {
    const signed = await post('/v1/mous', mou('64', '50/ORI-MOU/XI/2026', '2026-11-20'));
    const res = await get(`/v1/agreements?province=64&kind=mou&minPosition=${signed.position}`, kalimantanOfficer);
    expect(res.body.items.map((item: { id: string }) => item.id)).toEqual([ids.paser, signed.id]);
  });

  it.each([
    ['kind=moa', 'query.kind'],
    ['limit=0', 'query.limit'],
    ['province=6', 'query.province'],
    ['cursor=WyJ4Il0', 'query.cursor'],
    ['status=signed', 'query.status'],
  ])('refuses %s with a 400 problem naming %s', async (query, field) => {
    const res = await get(`/v1/agreements?${query}`);
    expect([query, res.status]).toEqual([query, 400]);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body.errors[0].field).toBe(field);
  });
});
