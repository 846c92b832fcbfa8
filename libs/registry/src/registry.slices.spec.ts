import type { Actor } from '@app/kernel';
import { KALSEL, KALTIM, PASER } from './fixtures';
import { RegistryModule } from './registry.module';
import { SliceHarness, startSlices } from '@app/platform/testing';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const kaltimOfficer: Actor = { id: 'officer-kaltim', role: 'officer', provinces: ['64'] };
const kalselOfficer: Actor = { id: 'officer-kalsel', role: 'officer', provinces: ['63'] };
const paserLiaison: Actor = { id: 'liaison-paser', role: 'liaison', entityCode: '64.01' };

const body = ({ units: _units, ...entity }: typeof PASER) => entity;

describe('registry slices over HTTP', () => {
  let api: SliceHarness;
  beforeAll(async () => {
    api = await startSlices([RegistryModule], new Date('2024-03-01T02:00:00Z'));
  });
  afterAll(() => api.close());

  /** A setup step run once, whichever test needs it first, so the tests hold in any order. */
  function once<T>(step: () => Promise<T>): () => Promise<T> {
    let result: Promise<T> | undefined;
    return () => (result ??= step());
  }
  const kaltim = once(() => api.post('/v1/entities', body(KALTIM), admin));
  const paser = once(async () => {
    await kaltim();
    const entity = await api.post('/v1/entities', body(PASER), kaltimOfficer);
    const unit = await api.post('/v1/entities/64.01/units', PASER.units[5], kaltimOfficer);
    return { entity, unit };
  });

  it('registers a province: 201 with Location', async () => {
    const res = await kaltim();
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBe('/v1/entities/64');
    expect(res.headers.etag).toBe('"0"');
    expect(res.json()).toMatchObject({ id: '64', stream: 'entity-64', revision: 0, replayed: false });
  });

  it('refuses a kabupaten whose province is not registered: 404 naming parentCode', async () => {
    const res = await api.post('/v1/entities', { ...body(PASER), code: '63.01', parentCode: '63', name: 'Kab. Tanah Laut' }, admin);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'ParentNotRegistered', errors: [{ field: 'parentCode' }] });
  });

  it('registers a kabupaten under its province and its units', async () => {
    const { entity, unit } = await paser();
    expect(entity.statusCode).toBe(201);
    expect(unit.statusCode).toBe(200);
    expect(unit.json()).toMatchObject({ id: '64.01', revision: 1 });
  });

  it('answers a duplicate code and a duplicate unit with 409', async () => {
    await paser();
    expect((await api.post('/v1/entities', body(PASER), admin)).json()).toMatchObject({ status: 409, code: 'EntityAlreadyRegistered' });
    expect((await api.post('/v1/entities/64.01/units', PASER.units[5], admin)).json()).toMatchObject({
      status: 409,
      code: 'UnitAlreadyRegistered',
    });
  });

  it('answers 403 outside the officer province and 404 for units of an unknown provider', async () => {
    expect((await api.post('/v1/entities', body(KALSEL), kaltimOfficer)).json()).toMatchObject({ status: 403, code: 'OutsideScope' });
    expect((await api.post('/v1/entities/64.99/units', PASER.units[0], admin)).json()).toMatchObject({ status: 404, code: 'EntityNotFound' });
  });

  it('answers 422 for a code that does not fit its kind, 400 for a malformed body', async () => {
    const wrongShape = await api.post('/v1/entities', { ...body(PASER), kind: 'provinsi', parentCode: undefined }, admin);
    expect(wrongShape.json()).toMatchObject({ status: 422, code: 'InvalidEntityCode', errors: [{ field: 'code' }] });
    const malformed = await api.post('/v1/entities/64.01/units', { unitId: 'Puskesmas Kuaro', name: '' }, admin);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['unitId', 'name']));
  });

  it('reads a provider with its units, for whoever its scope covers', async () => {
    await paser();
    const res = await api.get('/v1/entities/64.01', paserLiaison);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: '64.01',
      stream: 'entity-64.01',
      revision: 1,
      kind: 'kabupaten',
      parentCode: '64',
      provinceCode: '64',
      timezone: 'WITA',
      units: [{ unitId: 'puskesmas-senaken', name: 'Puskesmas Senaken', kind: 'puskesmas' }],
    });
    expect((await api.get('/v1/entities/64.01', kalselOfficer)).json()).toMatchObject({ status: 403, code: 'OutsideScope' });
    expect((await api.get('/v1/entities/65', admin)).json()).toMatchObject({ status: 404, code: 'EntityNotFound' });
  });

  it('reads a provider as recorded at an earlier instant', async () => {
    await paser();
    expect((await api.get('/v1/entities/64.01?asOf=2020-01-01', admin)).statusCode).toBe(404);
    expect((await api.get('/v1/entities/64.01?asOf=yesterday', admin)).statusCode).toBe(400);
  });
});
