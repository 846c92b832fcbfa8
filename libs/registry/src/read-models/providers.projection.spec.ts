import { MemoryReadModel } from '@app/platform/testing';
import type { EntityRegistered, UnitRegistered } from '../entity/domain/entity.events';
import { INDEX_SCORE, providerKeys as K } from './providers.keys';
import { providersProjection } from './providers.projection';

const registered = (code: string, name: string, kind: EntityRegistered['data']['kind'], provinceCode: string | null): EntityRegistered => ({
  type: 'EntityRegistered',
  data: { code, name, kind, parentCode: kind === 'kabupaten' || kind === 'kota' ? provinceCode : null, provinceCode, timezone: 'WITA' },
});
const unit = (entityCode: string, unitId: string): UnitRegistered => ({ type: 'UnitRegistered', data: { entityCode, unitId, name: unitId, kind: null } });

const model = () => new MemoryReadModel(providersProjection);
const codes = (m: MemoryReadModel, key: string) => m.zrange(key).map(([member, score]) => (score === INDEX_SCORE ? member : `${member}@${score}`));

describe('providers projection', () => {
  it('keeps each provider as a hash, with no province for national bodies', () => {
    const m = model().feed('entity-64.01', registered('64.01', 'Kabupaten Paser', 'kabupaten', '64')).feed('entity-K-KEMENDAGRI', registered('K-KEMENDAGRI', 'Kementerian Dalam Negeri', 'kementerian', null));
    expect(m.hash(K.provider('64.01'))).toEqual({ code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', provinceCode: '64', parentCode: '64', timezone: 'WITA' });
    expect(m.hash(K.provider('K-KEMENDAGRI'))).toMatchObject({ provinceCode: '', parentCode: '', kind: 'kementerian' });
  });

  it('indexes every provider by code in all, by province, by kind and by both, national bodies under national', () => {
    const m = model()
      .feed('entity-64', registered('64', 'Provinsi Kalimantan Timur', 'provinsi', '64'))
      .feed('entity-64.01', registered('64.01', 'Kabupaten Paser', 'kabupaten', '64'))
      .feed('entity-63.01', registered('63.01', 'Kabupaten Tanah Laut', 'kabupaten', '63'))
      .feed('entity-L-BPOM', registered('L-BPOM', 'Badan Pengawas Obat dan Makanan', 'lembaga', null));
    expect(codes(m, K.index({}))).toEqual(['63.01', '64', '64.01', 'L-BPOM']);
    expect(codes(m, K.index({ province: '64' }))).toEqual(['64', '64.01']);
    expect(codes(m, K.index({ kind: 'kabupaten' }))).toEqual(['63.01', '64.01']);
    expect(codes(m, K.index({ province: '64', kind: 'kabupaten' }))).toEqual(['64.01']);
    expect(codes(m, K.index({ province: 'national' }))).toEqual(['L-BPOM']);
    expect(codes(m, K.index({ province: 'national', kind: 'lembaga' }))).toEqual(['L-BPOM']);
  });

  it('counts the units registered under a provider', () => {
    const m = model().feed('entity-64.01', registered('64.01', 'Kabupaten Paser', 'kabupaten', '64'), unit('64.01', 'dinkes'), unit('64.01', 'dinsos'));
    expect(m.hash(K.provider('64.01')).units).toBe('2');
  });
});
