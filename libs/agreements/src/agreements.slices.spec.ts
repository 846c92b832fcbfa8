import type { Actor } from '@app/kernel';
import { KALSEL, KALTIM, PASER, RegistryModule } from '@app/registry';
import { SliceHarness, startSlices } from '@app/platform/testing';
import { AgreementsModule } from './agreements.module';
import { KALSEL_MOU, KALSEL_MOU_ID, KALSEL_PKS_2022 } from './fixtures';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const officer: Actor = { id: 'officer-kalsel', role: 'officer', provinces: ['63'] };
const kalselLiaison: Actor = { id: 'liaison-kalsel', role: 'liaison', entityCode: '63' };
const paserLiaison: Actor = { id: 'liaison-paser', role: 'liaison', entityCode: '64.01' };

describe('agreements slices over HTTP', () => {
  let api: SliceHarness;

  beforeAll(async () => {
    api = await startSlices([RegistryModule, AgreementsModule], new Date('2022-07-05T02:00:00Z'));
    for (const { units, ...entity } of [KALSEL, KALTIM, PASER]) {
      await api.post('/v1/entities', entity, admin);
      for (const unit of units) await api.post(`/v1/entities/${entity.code}/units`, unit, admin);
    }
    await api.post('/v1/entities', { code: 'K-KEMENDAGRI', name: 'Kementerian Dalam Negeri', kind: 'kementerian', timezone: 'WIB' }, admin);
  });
  afterAll(() => api.close());

  /** A setup step run once, whichever test needs it first, so the tests hold in any order. */
  function once<T>(step: () => Promise<T>): () => Promise<T> {
    let result: Promise<T> | undefined;
    return () => (result ??= step());
  }
  const kalselMou = once(() => api.post('/v1/mous', KALSEL_MOU, officer, { 'idempotency-key': 'kalsel-mou' }));
  const draftedPks = once(async () => {
    await kalselMou();
    return api.post('/v1/pks', KALSEL_PKS_2022.draft, officer);
  });

  describe('MoU', () => {
    it('signs the Kalsel MoU under the slug of its Ombudsman number', async () => {
      const res = await kalselMou();
      expect(res.statusCode).toBe(201);
      expect(res.headers.location).toBe(`/v1/mous/${KALSEL_MOU_ID}`);
      expect(res.json()).toMatchObject({ id: KALSEL_MOU_ID, stream: 'mou-30-ORI-MOU-X-2021', revision: 0 });
    });

    it('replays a retried SignMoU through its own claim', async () => {
      await kalselMou();
      const res = await api.post('/v1/mous', KALSEL_MOU, officer, { 'idempotency-key': 'kalsel-mou' });
      expect(res.json()).toMatchObject({ id: KALSEL_MOU_ID, revision: 0, replayed: true });
    });

    it('refuses the same Ombudsman number again (409 MouAlreadySigned) and leaves no claim behind', async () => {
      await kalselMou();
      const res = await api.post('/v1/mous', { ...KALSEL_MOU, counterpartNumber: '054/NK-PEMOTDA/2021' }, officer);
      expect(res.json()).toMatchObject({ status: 409, code: 'MouAlreadySigned' });
      const claims = await api.store.readStream('registration-63-054-NK-PEMOTDA-2021').catch(() => []);
      expect(claims).toEqual([]);
    });

    it("refuses the provider's number on a second MoU (409 naming counterpartNumber)", async () => {
      await kalselMou();
      const res = await api.post('/v1/mous', { ...KALSEL_MOU, ombudsmanNumber: '31/ORI-MOU/X/2021' }, officer);
      expect(res.json()).toMatchObject({ status: 409, code: 'DuplicateRegistrationNumber', errors: [{ field: 'counterpartNumber' }] });
    });

    it('takes over a claim whose MoU was never written', async () => {
      await api.store.append(
        'registration-63-099-NK-2022',
        [{ id: 'a1b2c3d4-0000-5000-8000-000000000001', type: 'RegistrationNumberClaimed', data: { number: '099/NK/2022', entityCode: '63', provinceCode: '63', mouId: 'LOST-1' }, metadata: { schemaVersion: 1, actor: { id: 'x', role: 'admin' }, commandId: 'lost', correlationId: 'lost', causationId: 'lost', occurredAt: '2022-01-01T00:00:00Z' } }],
        'no_stream',
      );
      const res = await api.post('/v1/mous', { ...KALSEL_MOU, ombudsmanNumber: '40/ORI-MOU/I/2022', counterpartNumber: '099/NK/2022' }, officer);
      expect(res.statusCode).toBe(201);
    });

    it('refuses an MoU with a kementerian (422) and with an unknown provider (404)', async () => {
      const ministry = await api.post('/v1/mous', { ...KALSEL_MOU, entityCode: 'K-KEMENDAGRI', ombudsmanNumber: '1/ORI/2022' }, admin);
      expect(ministry.json()).toMatchObject({ status: 422, code: 'MouRequiresPemda', errors: [{ field: 'entityCode' }] });
      expect((await api.post('/v1/mous', { ...KALSEL_MOU, entityCode: '99' }, admin)).json()).toMatchObject({ status: 404, code: 'EntityNotFound' });
    });

    it('refuses an impossible date with a 400 saying the format', async () => {
      const res = await api.post('/v1/mous', { ...KALSEL_MOU, signedOn: '28-10-2021' }, officer);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ field: 'signedOn', message: expect.stringContaining('YYYY-MM-DD') });
    });

    it('amends and reads the MoU; the provider liaison may read it, another may not', async () => {
      await kalselMou();
      const res = await api.post(`/v1/mous/${KALSEL_MOU_ID}/amend`, { amendedOn: '2022-01-10', reason: 'Masa berlaku', validUntil: '2026-10-27' }, officer);
      expect(res.statusCode).toBe(200);
      const mou = await api.get('/v1/mous/30%2FORI-MOU%2FX%2F2021', kalselLiaison);
      expect(mou.json()).toMatchObject({ id: KALSEL_MOU_ID, revision: 1, status: 'signed', validUntil: '2026-10-27', entityCode: '63' });
      expect(mou.json().amendments).toEqual([{ amendedOn: '2022-01-10', reason: 'Masa berlaku', changes: { validUntil: '2026-10-27' } }]);
      expect((await api.get(`/v1/mous/${KALSEL_MOU_ID}`, paserLiaison)).statusCode).toBe(403);
      expect((await api.get('/v1/mous/NOPE', admin)).statusCode).toBe(404);
    });
  });

  describe('PKS', () => {
    it('drafts the 2022 PKS: 201 with Location', async () => {
      const res = await draftedPks();
      expect(res.statusCode).toBe(201);
      const pksId = res.json().id;
      expect(res.headers.location).toBe(`/v1/pks/${pksId}`);
    });

    it('refuses a unit the provider does not have (422 with its index)', async () => {
      await kalselMou();
      const res = await api.post('/v1/pks', { ...KALSEL_PKS_2022.draft, unitIds: ['dinkes', 'puskesmas-kuaro'] }, officer);
      expect(res.json()).toMatchObject({ status: 422, code: 'UnknownUnit', errors: [{ field: 'unitIds.1' }] });
    });

    it('refuses to sign a draft that was not finalised', async () => {
      await kalselMou();
      const draft = await api.post('/v1/pks', KALSEL_PKS_2022.draft, officer);
      expect(draft.statusCode).toBe(201);
      expect((await api.post(`/v1/pks/${draft.json().id}/sign`, KALSEL_PKS_2022.sign, officer)).json()).toMatchObject({ status: 409, code: 'PksNotFinalized' });
    });

    it('finalises, signs and reads it as active, then expired once its validity passed', async () => {
      const pksId = (await draftedPks()).json().id;
      expect((await api.post(`/v1/pks/${pksId}/finalize`, KALSEL_PKS_2022.finalize, officer)).statusCode).toBe(200);
      const signed = await api.post(`/v1/pks/${pksId}/sign`, { ...KALSEL_PKS_2022.sign, validUntil: '2024-07-04' }, officer);
      expect(signed.json()).toMatchObject({ revision: 2 });
      const pks = await api.get(`/v1/pks/${pksId}`, kalselLiaison);
      expect(pks.json()).toMatchObject({ id: pksId, revision: 2, status: 'signed', active: true, unitIds: expect.arrayContaining(['bakeuda']) });
      expect(pks.json().scope[5]).toEqual({ id: 'pendampingan-berkala', text: 'Pendampingan berkala', obligation: { every: 'quarter' } });
      api.clock.set(new Date('2024-07-04T16:00:00Z'));
      expect((await api.get(`/v1/pks/${pksId}`, admin)).json()).toMatchObject({ status: 'expired', active: false });
      api.clock.set(new Date('2022-07-05T02:00:00Z'));
    });

    it('refuses a new PKS under a terminated MoU', async () => {
      // An MoU of its own to terminate: the Kalsel MoU stays signed for the other tests.
      const signed = await api.post('/v1/mous', { ...KALSEL_MOU, ombudsmanNumber: '41/ORI-MOU/II/2022', counterpartNumber: '100/NK/2022' }, officer);
      expect(signed.statusCode).toBe(201);
      const mouId = signed.json().id as string;
      expect((await api.post(`/v1/mous/${mouId}/terminate`, { terminatedOn: '2022-07-05', reason: 'Diganti MoU baru' }, officer)).statusCode).toBe(200);
      const res = await api.post('/v1/pks', { ...KALSEL_PKS_2022.draft, mouId, draftedOn: '2022-07-05' }, officer);
      expect(res.json()).toMatchObject({ status: 409, code: 'MouTerminated' });
      expect((await api.get(`/v1/mous/${mouId}`, admin)).json()).toMatchObject({ status: 'terminated', termination: { terminatedOn: '2022-07-05' } });
    });

    it('refuses an unknown PKS to a scoped officer as it would a foreign one (403, nothing revealed)', async () => {
      expect((await api.post('/v1/pks/0000/finalize', KALSEL_PKS_2022.finalize, officer)).json()).toMatchObject({ status: 403, code: 'OutsideScope' });
    });
  });
});
