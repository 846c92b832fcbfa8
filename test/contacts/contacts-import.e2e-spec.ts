import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { allEvents, csv, finished, upload } from '../imports/support/import-files';

/** POST /v1/imports/contacts: a directory from a spreadsheet, each row as the AddContact a request would send. */
describe('contacts import (POST /v1/imports/contacts)', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  let kaltimOfficer: Record<string, string>;

  beforeAll(async () => {
    api = await startApi({ now: new Date('2026-11-22T03:00:00Z') });
    admin = bearer(await api.token({ role: 'admin', sub: 'admin-importer' }));
    kaltimOfficer = bearer(await api.token({ role: 'officer', provinces: ['64'], sub: 'officer-kaltim' }));
    for (const [code, name, kind] of [['63', 'Provinsi Kalimantan Selatan', 'provinsi'], ['63.01', 'Kabupaten Tanah Laut', 'kabupaten'], ['64', 'Provinsi Kalimantan Timur', 'provinsi'], ['64.01', 'Kabupaten Paser', 'kabupaten']]) {
      const res = await api.app.inject({ method: 'POST', url: '/v1/entities', payload: { code, name, kind }, headers: admin });
      expect(res.statusCode).toBe(201);
    }
    expect((await api.app.inject({ method: 'POST', url: '/v1/entities/64.01/units', payload: { unitId: 'dpmptsp', name: 'DPMPTSP' }, headers: admin })).statusCode).toBe(200);
  }, 60_000);
  afterAll(() => api.close());

  const contactEvents = async () => (await allEvents(api.store)).filter((e) => e.type.startsWith('Contact'));

  it('writes each row as a contact on its directory, with the importer as actor, reading the words people write; the same file again writes nothing', async () => {
    const file = csv([
      ['kode', 'peran', 'unit', 'nama', 'jabatan', 'email', 'telepon', 'kanal', 'frekuensi', 'bahasa'],
      ['64.01', 'Kepala Unit', 'dpmptsp', 'Drs. Ahmad Yani', 'Kepala DPMPTSP', 'kepala@dpmptsp.paserkab.go.id', '0812-3456-7890', '', 'harian', ''],
      ['64.01', 'sekda', '', 'Ir. Katsul Wijaya', 'Sekretaris Daerah', 'sekda@paserkab.go.id', '', 'email', '', 'Inggris'],
      ['64', 'ombudsman_officer', '', 'Budi Santoso', 'Asisten', 'budi@ombudsman.go.id', '+62 811 5400 123', '', '', ''],
    ]);
    const accepted = await upload(api, kaltimOfficer, '/v1/imports/contacts', file, 'kontak.csv');
    expect(accepted.status).toBe(202);
    expect(await finished(api, kaltimOfficer, accepted.body.statusUrl)).toMatchObject({ status: 'done', rowsDone: 3, written: 3, errors: [] });
    const events = await contactEvents();
    expect(events.map((e) => [e.stream, e.type, e.metadata.actor])).toEqual([
      ['contacts-64.01', 'ContactAdded', { id: 'officer-kaltim', role: 'officer' }],
      ['contacts-64.01', 'ContactAdded', { id: 'officer-kaltim', role: 'officer' }],
      ['ombudsmancontacts-64', 'ContactAdded', { id: 'officer-kaltim', role: 'officer' }],
    ]);
    expect(events[0].data).toMatchObject({ role: 'unit_head', unitId: 'dpmptsp', phone: '+6281234567890', cadence: 'digest', language: 'id', channel: 'email' });
    expect(events[1].data).toMatchObject({ role: 'regional_secretary', unitId: null, phone: null, language: 'en' });
    expect(events[2].data).toMatchObject({ entityCode: null, provinceCode: '64', phone: '+628115400123' });

    const again = await upload(api, kaltimOfficer, '/v1/imports/contacts', file, 'kontak.csv');
    expect(await finished(api, kaltimOfficer, again.body.statusUrl)).toMatchObject({ status: 'done', written: 0, replayed: 3 });
    expect(await contactEvents()).toHaveLength(3);
  });

  it('takes English headers too', async () => {
    const file = csv([
      ['code', 'role', 'unit', 'name', 'position', 'email', 'phone', 'channel', 'cadence', 'language'],
      ['64.01', 'head_of_region', '', 'dr. Fahmi Fadli', 'Bupati Paser', 'bupati@paserkab.go.id', '', '', 'each', 'id'],
    ]);
    const accepted = await upload(api, admin, '/v1/imports/contacts', file, 'contacts.csv');
    expect(await finished(api, admin, accepted.body.statusUrl)).toMatchObject({ status: 'done', written: 1 });
  });

  it('names each bad row and column (dry run), and writes nothing of a file with one', async () => {
    const before = (await contactEvents()).length;
    const file = csv([
      ['kode', 'peran', 'unit', 'nama', 'jabatan', 'email', 'telepon'],
      ['64.01', 'unit_head', '', 'Tanpa Unit', 'Kepala', 'a@paserkab.go.id', ''],
      ['64.01', 'unit_head', 'dinsos', 'Unit Asing', 'Kepala', 'b@paserkab.go.id', ''],
      ['64.01', 'liaison', '', 'Telepon Salah', 'Staf', 'c@paserkab.go.id', '0812'],
      ['63.01', 'liaison', '', 'Luar Provinsi', 'Staf', 'd@tanahlautkab.go.id', ''],
      ['64.01', 'lurah', '', 'Peran Asing', 'Lurah', 'e@paserkab.go.id', ''],
      ['64.01', 'liaison', '', 'Baik', 'Staf', 'f@paserkab.go.id', ''],
    ]);
    const dry = await upload(api, kaltimOfficer, '/v1/imports/contacts?dryRun=true', file, 'kontak.csv');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, rowsTotal: 6, rowsInvalid: 5, toWrite: 1 });
    expect(dry.body.rows.map((p: { row: number; column: string; status: number }) => [p.row, p.column, p.status])).toEqual([
      [2, 'unit', 422],
      [3, 'unit', 422],
      [4, 'telepon', 422],
      [5, 'kode', 403],
      [6, 'peran', 400],
    ]);
    const refused = await upload(api, kaltimOfficer, '/v1/imports/contacts', file, 'kontak.csv');
    expect(refused.status).toBe(422);
    expect(await contactEvents()).toHaveLength(before);
  });
});
