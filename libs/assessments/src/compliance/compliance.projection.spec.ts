import { MemoryReadModel } from '@app/platform/testing';
import type { AssessmentCorrected, AssessmentRecorded } from '../assessment/domain/assessment.events';
import { complianceKeys as K } from './compliance.keys';
import { complianceProjection } from './compliance.projection';

const recorded = (code: string, year: number, score: number, category: string | null, zone: 'merah' | 'kuning' | 'hijau', provinceCode: string | null = '64'): AssessmentRecorded => ({
  type: 'AssessmentRecorded',
  data: {
    assessmentId: `${code}-${year}`, entityCode: code, provinceCode, year, score, category, zone, opinion: category ? 'Kualitas Sedang' : null,
    withoutMaladministration: null, methodologyId: 'penilaian-kepatuhan-2022', methodologyVersion: 1, provisional: false,
    loci: [{ unitId: 'dpmptsp', score, category, zone, opinion: null }], publishedOn: `${year}-12-12`,
  },
});
const corrected = (code: string, year: number, previousScore: number, score: number, category: string, zone: 'merah' | 'kuning' | 'hijau'): AssessmentCorrected => ({
  type: 'AssessmentCorrected',
  data: {
    assessmentId: `${code}-${year}`, entityCode: code, provinceCode: '64', year, previousScore, score, category, zone, opinion: 'Kualitas Tinggi',
    withoutMaladministration: null, methodologyId: 'penilaian-kepatuhan-2022', methodologyVersion: 1, provisional: false, loci: null,
    reason: 'Variabel substantif', correctedOn: `${year + 1}-02-10`,
  },
});

const model = () => new MemoryReadModel(complianceProjection());

describe('compliance projection', () => {
  it('files an assessment under its year, province, category and zone, ranked by score in hundredths', () => {
    const m = model().feed('assessment-64.01-2023', recorded('64.01', 2023, 81.22, 'B', 'hijau'));
    expect(m.zrange(K.year(2023))).toEqual([['64.01', 8122]]);
    expect(m.members(K.yearProvince(2023, '64'))).toEqual(['64.01']);
    expect(m.members(K.yearCategory(2023, 'B'))).toEqual(['64.01']);
    expect(m.members(K.yearZone(2023, 'hijau'))).toEqual(['64.01']);
    expect(m.zrange(K.yearsOf('64.01'))).toEqual([['2023', 2023]]);
    expect(m.hash(K.assessment('64.01', 2023))).toMatchObject({ score: '81.22', category: 'B', zone: 'hijau', recordedScore: '81.22', stream: 'assessment-64.01-2023' });
  });

  it('a correction moves the provider from its old category and zone sets to the new ones and re-ranks it', () => {
    const m = model().feed('assessment-64.09-2024', recorded('64.09', 2024, 77.99, 'C', 'kuning'), corrected('64.09', 2024, 77.99, 78, 'B', 'hijau'));
    expect(m.members(K.yearCategory(2024, 'C'))).toEqual([]);
    expect(m.members(K.yearCategory(2024, 'B'))).toEqual(['64.09']);
    expect(m.members(K.yearZone(2024, 'kuning'))).toEqual([]);
    expect(m.members(K.yearZone(2024, 'hijau'))).toEqual(['64.09']);
    expect(m.zrange(K.year(2024))).toEqual([['64.09', 7800]]);
    expect(m.hash(K.assessment('64.09', 2024))).toMatchObject({ score: '78', previousScore: '77.99', recordedScore: '77.99', corrections: '1', correctedOn: '2025-02-10' });
  });

  it('keeps zone-only years under category none, and national bodies under province national', () => {
    const m = model().feed('assessment-K-KEMENDAGRI-2021', recorded('K-KEMENDAGRI', 2021, 70, null, 'kuning', null));
    expect(m.members(K.yearCategory(2021, null))).toEqual(['K-KEMENDAGRI']);
    expect(K.yearCategory(2021, null)).toBe('y:2021:category:none');
    expect(m.members(K.yearProvince(2021, null))).toEqual(['K-KEMENDAGRI']);
  });

  it('indexes providers by kind from EntityRegistered, for the kind filter', () => {
    const m = model().feed('entity-64.01', { type: 'EntityRegistered', data: { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', parentCode: '64', provinceCode: '64', timezone: 'WITA' } });
    expect(m.members(K.kind('kabupaten'))).toEqual(['64.01']);
    expect(m.hash(K.entity('64.01'))).toEqual({ name: 'Kabupaten Paser', kind: 'kabupaten', provinceCode: '64', parentCode: '64' });
  });

  it('lists every year assessed, once', () => {
    const m = model().feed('assessment-64.01-2023', recorded('64.01', 2023, 81.22, 'B', 'hijau')).feed('assessment-64.09-2023', recorded('64.09', 2023, 86.58, 'B', 'hijau'));
    expect(m.zrange(K.years)).toEqual([['2023', 2023]]);
  });
});
