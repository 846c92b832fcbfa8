import { CONTACT_DIRECTORY, type ContactDirectory } from '@app/contacts';
import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { waitUntil } from '../support/wait-until';

// The first reads wait for the read models to catch up with the setup (minPosition): slow on a loaded machine.
jest.setTimeout(30_000);

/**
 * The central office (Ombudsman RI pusat, `00`): ministries and agencies are in no province, so
 * routing sends their Ombudsman-side steps there; admins keep its officer in charge and leadership.
 */
describe('the central office directory (/v1/provinces/00/contacts)', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let auditor: Record<string, string>;
  let pusatOfficer: Record<string, string>;
  let kaltimOfficer: Record<string, string>;
  let lastPosition = '0';

  beforeAll(async () => {
    api = await startApi({ now: new Date('2026-11-22T03:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    auditor = bearer(await api.token({ role: 'auditor' }));
    pusatOfficer = bearer(await api.token({ role: 'officer', provinces: ['*'], sub: 'officer-pusat' }));
    kaltimOfficer = bearer(await api.token({ role: 'officer', provinces: ['64'], sub: 'officer-kaltim' }));
    await send('POST', '/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' }, admin);
    await send('POST', '/v1/entities', { code: 'K-KEMENDAGRI', name: 'Kementerian Dalam Negeri', kind: 'kementerian', timezone: 'WIB' }, admin);
    await send('POST', '/v1/recommendations', { entityCode: 'K-KEMENDAGRI', kind: 'rekomendasi', source: { type: 'lahp', ref: 'LAHP/0001/LM/XI/2026/PST' }, title: 'Publikasikan standar pelayanan', issuedOn: '2026-11-02' }, admin);
  }, 60_000);
  afterAll(() => api.close());

  async function send(method: 'POST' | 'GET', url: string, payload: object | undefined, headers: Record<string, string>) {
    const res = await api.app.inject({ method, url, payload, headers });
    if (method === 'POST' && res.statusCode < 300) lastPosition = res.json().position;
    return { status: res.statusCode, body: res.json() };
  }
  const officer = { role: 'ombudsman_officer', name: 'Rahmat Hidayat', position: 'Asisten Keasistenan Utama', email: 'rahmat@ombudsman.go.id' };
  const missingOffice = async (headers: Record<string, string>) => {
    const res = await send('GET', `/v1/follow-up/missing-contacts?minPosition=${lastPosition}`, undefined, headers);
    expect(res.status).toBe(200);
    return (res.body.items as Array<{ entityCode: string | null; provinceCode: string; role: string }>).filter((r) => r.entityCode === null).map((r) => `${r.provinceCode} ${r.role}`);
  };

  it("lists the central office's officer in charge and leadership as missing for a ministry's open item, to admins only", async () => {
    expect(await missingOffice(admin)).toEqual(['00 ombudsman_officer', '00 ombudsman_leadership']);
    expect(await missingOffice(kaltimOfficer)).toEqual([]);
  });

  it('lets admins alone keep it: officers, even of every province, are refused with the reason', async () => {
    const refused = await send('POST', '/v1/provinces/00/contacts', officer, pusatOfficer);
    expect([refused.status, refused.body.code]).toEqual([403, 'RoleNotAllowed']);
    expect(refused.body.detail).toContain('Ombudsman RI pusat');
    const added = await send('POST', '/v1/provinces/00/contacts', officer, admin);
    expect(added.status).toBe(201);
    expect(added.body.stream).toBe('ombudsmancontacts-00');
  });

  it('is read by admins, auditors and officers of every province, and hidden from an officer of one province', async () => {
    for (const reader of [admin, auditor, pusatOfficer]) {
      const listed = await send('GET', `/v1/provinces/00/contacts?minPosition=${lastPosition}`, undefined, reader);
      expect(listed.status).toBe(200);
      expect(listed.body.items).toEqual([expect.objectContaining({ role: 'ombudsman_officer', entityCode: null, provinceCode: '00', email: officer.email })]);
    }
    expect((await send('GET', '/v1/provinces/00/contacts', undefined, kaltimOfficer)).status).toBe(403);
  });

  it("is what routing finds for a ministry's Ombudsman side, and the list no longer asks for the role filled", async () => {
    const directory = api.app.get<ContactDirectory>(CONTACT_DIRECTORY);
    await waitUntil(async () => (await directory.forOmbudsman('00', 'ombudsman_officer')).length === 1, 'the central office officer in the directory');
    expect((await directory.forOmbudsman('00', 'ombudsman_officer')).map((c) => c.email)).toEqual([officer.email]);
    expect(await missingOffice(admin)).toEqual(['00 ombudsman_leadership']);
  });
});
