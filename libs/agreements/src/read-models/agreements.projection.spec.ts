import type { MouEvent } from '../mou/domain/mou.events';
import type { PksEvent } from '../pks/domain/pks.events';
import { agreementKeys as K, dayScore } from './agreements.keys';
import { agreementsProjection } from './agreements.projection';
import { agreementView } from './agreement-views';
import { MemoryReadModel } from '@app/platform/testing';

const MOU = '30-ORI-MOU-X-2021';
const PKS = '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11';

const signed: MouEvent = {
  type: 'MouSigned',
  data: {
    mouId: MOU, entityCode: '63', provinceCode: '63', timezone: 'WITA', ombudsmanNumber: '30/ORI-MOU/X/2021',
    counterpartNumber: '053/NK-PEMOTDA/2021', signedOn: '2021-10-28', title: 'Peningkatan kualitas pelayanan publik', validUntil: '2026-10-27',
  },
};
const drafted: PksEvent = {
  type: 'PksDrafted',
  data: {
    pksId: PKS, mouId: MOU, entityCode: '63', provinceCode: '63', timezone: 'WITA', title: 'PKS 2022', unitIds: ['inspektorat', 'dpmptsp'],
    scope: [{ id: 'pendampingan-berkala', text: 'Pendampingan berkala', obligation: { every: 'quarter' } }], draftedOn: '2022-06-15',
  },
};

const model = () => new MemoryReadModel(agreementsProjection);

describe('agreements projection', () => {
  it("files an MoU under its provider and indexes its validity end by day", () => {
    const m = model().feed(`mou-${MOU}`, signed);
    expect(m.members(K.of('63'))).toEqual([`mou:${MOU}`]);
    expect(m.zrange(K.ends)).toEqual([[`mou:${MOU}`, dayScore('2026-10-27')]]);
    expect(m.hash(K.agreement('mou', MOU))).toMatchObject({ status: 'signed', validUntil: '2026-10-27', timezone: 'WITA', provinceCode: '63' });
  });

  it('an amendment that extends validity moves the MoU in the validity index and counts the amendment', () => {
    const m = model().feed(`mou-${MOU}`, signed, { type: 'MouAmended', data: { mouId: MOU, amendedOn: '2026-09-01', reason: 'Perpanjangan', changes: { validUntil: '2031-10-27' } } });
    expect(m.zrange(K.ends)).toEqual([[`mou:${MOU}`, dayScore('2031-10-27')]]);
    expect(m.hash(K.agreement('mou', MOU))).toMatchObject({ validUntil: '2031-10-27', amendments: '1', lastAmendedOn: '2026-09-01' });
  });

  it('a terminated MoU leaves the validity index: it will never expire', () => {
    const m = model().feed(`mou-${MOU}`, signed, { type: 'MouTerminated', data: { mouId: MOU, terminatedOn: '2024-01-31', reason: 'Kesepakatan' } });
    expect(m.zrange(K.ends)).toEqual([]);
    expect(agreementView(m.hash(K.agreement('mou', MOU)), new Date('2030-01-01')).status).toBe('terminated');
  });

  it('a PKS enters the validity index only once signed with a validUntil, and follows its lifecycle', () => {
    const m = model().feed(`pks-${PKS}`, drafted, { type: 'PksFinalized', data: { pksId: PKS, finalizedOn: '2022-06-27' } });
    expect(m.zrange(K.ends)).toEqual([]);
    expect(m.hash(K.agreement('pks', PKS))).toMatchObject({ status: 'finalized', finalizedOn: '2022-06-27', unitIds: '["inspektorat","dpmptsp"]' });
    m.feed(`pks-${PKS}`, { type: 'PksSigned', data: { pksId: PKS, signedOn: '2022-07-05', number: '01/PKS/2022', validUntil: '2025-07-04' } });
    expect(m.zrange(K.ends)).toEqual([[`pks:${PKS}`, dayScore('2025-07-04')]]);
    m.feed(`pks-${PKS}`, { type: 'PksTerminated', data: { pksId: PKS, terminatedOn: '2023-01-01', reason: 'r' } });
    expect(m.zrange(K.ends)).toEqual([]);
  });

  it('expiry is derived at the instant asked about, at the end of the day in the provider zone (WITA)', () => {
    const row = model().feed(`mou-${MOU}`, signed).hash(K.agreement('mou', MOU));
    expect(agreementView(row, new Date('2026-10-27T15:59:59.999Z')).status).toBe('signed');
    expect(agreementView(row, new Date('2026-10-27T16:00:00.000Z'))).toMatchObject({ status: 'expired', validityEndsAt: '2026-10-27T16:00:00.000Z' });
  });

  it('keeps the provider from EntityRegistered for scope and names', () => {
    const m = model().feed('entity-63', { type: 'EntityRegistered', data: { code: '63', name: 'Pemprov Kalsel', kind: 'provinsi', parentCode: null, provinceCode: '63', timezone: 'WITA' } });
    expect(m.hash(K.entity('63'))).toEqual({ name: 'Pemprov Kalsel', kind: 'provinsi', provinceCode: '63', timezone: 'WITA' });
  });
});
