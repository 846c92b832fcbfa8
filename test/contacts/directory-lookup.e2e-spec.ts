import { CONTACT_DIRECTORY, type ContactDirectory } from '@app/contacts';
import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { waitUntil } from '../support/wait-until';

/** CONTACT_DIRECTORY as routing sees it: the contacts read model, a unit's own contact first, else the provider-wide one. */
describe('the contact directory routing asks (CONTACT_DIRECTORY)', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let directory: ContactDirectory;
  let lastPosition = '0';

  beforeAll(async () => {
    api = await startApi({ now: new Date('2026-11-22T03:00:00Z') });
    admin = bearer(await api.token({ role: 'admin' }));
    directory = api.app.get<ContactDirectory>(CONTACT_DIRECTORY);
    for (const [code, name, kind] of [['63', 'Provinsi Kalimantan Selatan', 'provinsi'], ['64', 'Provinsi Kalimantan Timur', 'provinsi'], ['64.01', 'Kabupaten Paser', 'kabupaten']]) {
      await post('/v1/entities', { code, name, kind });
    }
    for (const unitId of ['dpmptsp', 'dinkes']) await post('/v1/entities/64.01/units', { unitId, name: unitId.toUpperCase() });
  }, 60_000);
  afterAll(() => api.close());

  async function post(url: string, payload: object): Promise<string> {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: admin });
    if (res.statusCode >= 300) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
    lastPosition = res.json().position;
    return res.json().id;
  }
  const contact = (role: string, email: string, extra: object = {}) => ({ role, name: email.split('@')[0], position: role, email, ...extra });
  /** The read model has caught up with the last command (the directory reads it without waiting). */
  const caughtUp = () =>
    waitUntil(async () => (await api.app.inject({ method: 'GET', url: `/v1/entities/64.01/contacts?minPosition=${lastPosition}`, headers: admin })).statusCode === 200, 'the contacts read model');
  const emails = async (answer: Promise<Array<{ email: string }>>) => (await answer).map((c) => c.email);

  it("answers a unit's own contacts in a role, and the provider-wide ones when the unit has nobody in it", async () => {
    await post('/v1/entities/64.01/contacts', contact('liaison', 'siti@paserkab.go.id'));
    await post('/v1/entities/64.01/contacts', contact('liaison', 'dina@dinkes.paserkab.go.id', { unitId: 'dinkes', cadence: 'digest', language: 'en' }));
    await post('/v1/entities/64.01/contacts', contact('unit_head', 'kepala@dpmptsp.paserkab.go.id', { unitId: 'dpmptsp', phone: '081234567890' }));
    await caughtUp();
    expect(await emails(directory.forProvider('64.01', 'liaison', 'dinkes'))).toEqual(['dina@dinkes.paserkab.go.id']);
    expect(await emails(directory.forProvider('64.01', 'liaison', 'dpmptsp'))).toEqual(['siti@paserkab.go.id']);
    expect(await emails(directory.forProvider('64.01', 'liaison'))).toEqual(['siti@paserkab.go.id']);
    const [head] = await directory.forProvider('64.01', 'unit_head', 'dpmptsp');
    expect(head).toMatchObject({ entityCode: '64.01', provinceCode: '64', unitId: 'dpmptsp', phone: '+6281234567890', channel: 'email', cadence: 'each', language: 'id' });
    expect(await directory.forProvider('64.01', 'unit_head', 'dinkes')).toEqual([]);
    expect(await directory.forProvider('64.01', 'regional_secretary')).toEqual([]);
    expect(await directory.forProvider('64.02', 'liaison')).toEqual([]);
  });

  it('follows changes and removals', async () => {
    const id = await post('/v1/entities/64.01/contacts', contact('regional_secretary', 'sekda@paserkab.go.id'));
    await caughtUp();
    expect(await emails(directory.forProvider('64.01', 'regional_secretary'))).toEqual(['sekda@paserkab.go.id']);
    const patched = await api.app.inject({ method: 'PATCH', url: `/v1/entities/64.01/contacts/${id}`, payload: { email: 'sekda.baru@paserkab.go.id' }, headers: admin });
    lastPosition = patched.json().position;
    await caughtUp();
    expect(await emails(directory.forProvider('64.01', 'regional_secretary'))).toEqual(['sekda.baru@paserkab.go.id']);
    const removed = await api.app.inject({ method: 'DELETE', url: `/v1/entities/64.01/contacts/${id}`, payload: { reason: 'Diganti' }, headers: admin });
    lastPosition = removed.json().position;
    await caughtUp();
    expect(await directory.forProvider('64.01', 'regional_secretary')).toEqual([]);
  });

  it("answers a province's Ombudsman office, never another province's", async () => {
    await post('/v1/provinces/64/contacts', contact('ombudsman_officer', 'budi@ombudsman.go.id'));
    await post('/v1/provinces/64/contacts', contact('ombudsman_leadership', 'kepala.kaltim@ombudsman.go.id'));
    await post('/v1/provinces/63/contacts', contact('ombudsman_officer', 'ani@ombudsman.go.id'));
    await caughtUp();
    await waitUntil(async () => (await directory.forOmbudsman('63', 'ombudsman_officer')).length === 1, 'the office of 63');
    expect(await emails(directory.forOmbudsman('64', 'ombudsman_officer'))).toEqual(['budi@ombudsman.go.id']);
    expect(await emails(directory.forOmbudsman('64', 'ombudsman_leadership'))).toEqual(['kepala.kaltim@ombudsman.go.id']);
    expect(await directory.forOmbudsman('63', 'ombudsman_leadership')).toEqual([]);
    const [office] = await directory.forOmbudsman('64', 'ombudsman_officer');
    expect(office).toMatchObject({ entityCode: null, provinceCode: '64', unitId: null });
  });
});
