import type { MouEvent } from '../mou/domain/mou.events';
import type { PksEvent } from '../pks/domain/pks.events';
import { agreementKeys as K, dayScore } from './agreements.keys';
import { agreementsProjection } from './agreements.projection';
import { MemoryReadModel } from '@app/platform/testing';

const mou = (mouId: string, entityCode: string, provinceCode: string | null, signedOn: string): MouEvent => ({
  type: 'MouSigned',
  data: { mouId, entityCode, provinceCode, timezone: 'WITA', ombudsmanNumber: mouId, counterpartNumber: 'c', signedOn, title: 't', validUntil: null },
});
const pks = (pksId: string, entityCode: string, provinceCode: string | null, draftedOn: string): PksEvent => ({
  type: 'PksDrafted',
  data: { pksId, mouId: 'm', entityCode, provinceCode, timezone: 'WITA', title: 't', unitIds: [], scope: [], draftedOn },
});

describe('agreements projection: the dated lists behind GET /v1/agreements', () => {
  const m = new MemoryReadModel(agreementsProjection)
    .feed('mou-m63', mou('m63', '63', '63', '2021-10-28'))
    .feed('mou-m64', mou('m64', '64.01', '64', '2022-03-01'))
    .feed('mou-mk', mou('mk', 'K-KEMENDAGRI', null, '2020-01-15'))
    .feed('pks-p64', pks('p64', '64.01', '64', '2022-06-10'));

  it('files each agreement by the day it came into being: MoUs when signed, PKS when drafted', () => {
    expect(m.zrange(K.dated({}))).toEqual([
      ['mou:mk', dayScore('2020-01-15')],
      ['mou:m63', dayScore('2021-10-28')],
      ['mou:m64', dayScore('2022-03-01')],
      ['pks:p64', dayScore('2022-06-10')],
    ]);
  });

  it('narrows by province (national for national bodies), by kind and by both', () => {
    const members = (key: string) => m.zrange(key).map(([member]) => member);
    expect(members(K.dated({ province: '64' }))).toEqual(['mou:m64', 'pks:p64']);
    expect(members(K.dated({ province: 'national' }))).toEqual(['mou:mk']);
    expect(members(K.dated({ kind: 'pks' }))).toEqual(['pks:p64']);
    expect(members(K.dated({ province: '64', kind: 'mou' }))).toEqual(['mou:m64']);
    expect(members(K.dated({ province: '63', kind: 'pks' }))).toEqual([]);
  });
});
