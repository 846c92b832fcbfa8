import { endOfDayInstant, type TimeZone } from '@app/kernel';

/** Event builders for the read-model suites: the shapes the deciders write. */
export const entity = (code: string, name: string, kind: string, provinceCode: string | null, timezone: TimeZone = 'WITA') => ({
  type: 'EntityRegistered',
  data: { code, name, kind, parentCode: kind === 'kabupaten' || kind === 'kota' ? provinceCode : null, provinceCode, timezone },
});

export const unit = (entityCode: string, unitId: string, name: string) => ({ type: 'UnitRegistered', data: { entityCode, unitId, name, kind: null } });

const CATEGORY_OPINION: Record<string, string> = { A: 'Kualitas Tertinggi', B: 'Kualitas Tinggi', C: 'Kualitas Sedang', D: 'Kualitas Rendah', E: 'Kualitas Terendah' };

export function assessment(entityCode: string, provinceCode: string | null, year: number, score: number, category: string | null, zone: string) {
  return {
    type: 'AssessmentRecorded',
    data: {
      assessmentId: `${entityCode}-${year}`, entityCode, provinceCode, year, score, category, zone, opinion: category ? CATEGORY_OPINION[category] : null,
      withoutMaladministration: null, methodologyId: year <= 2021 ? 'survei-kepatuhan' : 'penilaian-kepatuhan-2022', methodologyVersion: 1, provisional: false,
      loci: [], publishedOn: `${year}-12-10`,
    },
  };
}

export function correction(entityCode: string, provinceCode: string | null, year: number, previousScore: number, score: number, category: string, zone: string) {
  const { data } = assessment(entityCode, provinceCode, year, score, category, zone);
  const { loci: _loci, publishedOn: _on, ...rest } = data;
  return { type: 'AssessmentCorrected', data: { ...rest, previousScore, loci: null, reason: 'Variabel substantif', correctedOn: `${year + 1}-02-10` } };
}

export const deadline = (dueOn: string, timeZone: TimeZone = 'WITA', version = 1) => ({ version, dueOn, dueAt: endOfDayInstant(dueOn, timeZone).toISOString(), timeZone });

export function recommendation(id: string, o: { entityCode: string; provinceCode: string | null; dueOn: string; unitId?: string; kind?: string; source?: string; timeZone?: TimeZone }) {
  return {
    type: 'RecommendationIssued',
    data: {
      recommendationId: id, entityCode: o.entityCode, provinceCode: o.provinceCode, unitId: o.unitId ?? null, kind: o.kind ?? 'tindakan_korektif',
      source: { type: o.source ?? 'lahp', ref: `LAHP/${id}` }, title: `Recommendation ${id}`, issuedOn: '2025-03-01', status: 'belum_ditindaklanjuti',
      deadline: { ...deadline(o.dueOn, o.timeZone), setBy: 'request', rule: null },
    },
  };
}

export const on = (id: string, type: string, data: Record<string, unknown>) => ({ type, data: { recommendationId: id, ...data } });
export const followUp = (id: string, followUpId: string, itemId: string | null = null) =>
  on(id, 'FollowUpSubmitted', { followUpId, itemId, summary: 'Done', evidence: [{ documentId: 'd', name: 'bukti.pdf', mediaType: 'application/pdf', size: 10, sha256: 'a'.repeat(64), storageKey: 'k' }], submittedOn: '2025-04-01' });
export const verdict = (id: string, followUpId: string, v: 'sesuai' | 'belum_sesuai') => on(id, 'FollowUpVerified', { followUpId, verdict: v, note: 'checked', verifiedOn: '2025-04-02' });
export const step = (id: string, type: string, data: Record<string, unknown>) => ({ type, data: { subjectId: id, ...data } });

export function obligation(id: string, o: { entityCode: string; provinceCode: string; dueOn: string; unitIds: string[] }) {
  return {
    type: 'ObligationScheduled',
    data: {
      obligationId: id, pksId: 'pks-1', scopeId: 'pendampingan-berkala', entityCode: o.entityCode, provinceCode: o.provinceCode, unitIds: o.unitIds,
      text: 'Pendampingan berkala', period: { key: '2025-Q1', start: '2025-01-01', end: '2025-03-31' }, deadline: deadline(o.dueOn),
    },
  };
}

export function mou(mouId: string, entityCode: string, provinceCode: string | null, validUntil: string | null, timezone: TimeZone = 'WITA') {
  return {
    type: 'MouSigned',
    data: { mouId, entityCode, provinceCode, timezone, ombudsmanNumber: mouId, counterpartNumber: `NK-${mouId}`, signedOn: '2021-10-28', title: `MoU ${mouId}`, validUntil },
  };
}

export function pks(pksId: string, mouId: string, entityCode: string, provinceCode: string | null) {
  return {
    type: 'PksDrafted',
    data: { pksId, mouId, entityCode, provinceCode, timezone: 'WITA', title: `PKS ${pksId}`, unitIds: ['dpmptsp'], scope: [], draftedOn: '2022-06-15' },
  };
}
