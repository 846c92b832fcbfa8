import type { Actor } from '@app/kernel';
import { RegistryModule } from '../../../registry.module';
import { SliceHarness, startSlices } from '@app/platform/testing';

const admin: Actor = { id: 'admin-1', role: 'admin' };

describe('register-entity over HTTP: the time zone follows from the region code', () => {
  let api: SliceHarness;
  beforeAll(async () => {
    api = await startSlices([RegistryModule], new Date('2026-03-02T02:00:00Z'));
  });
  afterAll(() => api.close());

  it('registers a province without a timezone: 201, and GET shows the derived zone', async () => {
    const res = await api.post('/v1/entities', { code: '63', name: 'Provinsi Kalimantan Selatan', kind: 'provinsi' }, admin);
    expect(res.statusCode).toBe(201);
    expect((await api.get('/v1/entities/63', admin)).json()).toMatchObject({ code: '63', timezone: 'WITA' });
  });

  it('lets a kabupaten inherit its province zone, and a kementerian default to WIB', async () => {
    expect((await api.post('/v1/entities', { code: '62', name: 'Provinsi Kalimantan Tengah', kind: 'provinsi' }, admin)).statusCode).toBe(201);
    expect((await api.post('/v1/entities', { code: '62.01', name: 'Kabupaten Kotawaringin Barat', kind: 'kabupaten' }, admin)).statusCode).toBe(201);
    expect((await api.get('/v1/entities/62.01', admin)).json()).toMatchObject({ code: '62.01', timezone: 'WIB' });
    expect((await api.post('/v1/entities', { code: 'K-KEMENDAGRI', name: 'Kementerian Dalam Negeri', kind: 'kementerian' }, admin)).statusCode).toBe(201);
    expect((await api.get('/v1/entities/K-KEMENDAGRI', admin)).json()).toMatchObject({ timezone: 'WIB' });
  });

  it('refuses a contradicting timezone: 422 problem+json naming timezone with the derived zone', async () => {
    const res = await api.post('/v1/entities', { code: '81', name: 'Provinsi Maluku', kind: 'provinsi', timezone: 'WITA' }, admin);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      status: 422,
      code: 'TimezoneContradictsRegion',
      errors: [{ field: 'timezone', allowed: ['WIT'] }],
    });
    expect((await api.get('/v1/entities/81', admin)).statusCode).toBe(404);
  });

  it('refuses a code whose province is unknown: 422 naming code', async () => {
    const res = await api.post('/v1/entities', { code: '97', name: 'Provinsi Antah Berantah', kind: 'provinsi' }, admin);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'UnknownProvince', errors: [{ field: 'code', allowed: expect.arrayContaining(['11', '96']) }] });
  });

  it('still answers 400 for a timezone that is no Indonesian zone, and for null', async () => {
    for (const timezone of ['UTC', null]) {
      const res = await api.post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone }, admin);
      expect([timezone, res.statusCode]).toEqual([timezone, 400]);
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'timezone', allowed: ['WIB', 'WITA', 'WIT'] })]);
    }
  });
});
