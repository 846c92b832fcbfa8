import type { ApiHarness } from '../../support/api-harness';
import type { Caller } from './fuzz-request.arbitraries';
import type { PathValues } from './fuzz-request.arbitraries';

/** The `sub` of every fuzzing caller: events they wrote are what a refusal must not leave behind. */
export const FUZZ_SUBS: Record<Exclude<Caller, 'anonymous' | 'forged'>, string> = {
  admin: 'fuzz-admin',
  officer: 'fuzz-officer',
  liaison: 'fuzz-liaison',
  auditor: 'fuzz-auditor',
};

export interface FuzzWorld {
  pathValues: PathValues;
  /** Request headers per caller. */
  auth: Record<Caller, Record<string, string>>;
}

/**
 * A province and a kabupaten with units, an MoU, a drafted PKS, an assessment and a recommendation,
 * so fuzzed requests can name things that exist and get past "not found" to the validation behind it.
 */
export async function seedFuzzWorld(api: ApiHarness): Promise<FuzzWorld> {
  const admin = { authorization: `Bearer ${await api.token({ role: 'admin', sub: FUZZ_SUBS.admin })}` };
  const seedAdmin = { authorization: `Bearer ${await api.token({ role: 'admin', sub: 'fuzz-seed' })}` };
  const post = async (url: string, payload: object): Promise<{ id: string }> => {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: seedAdmin });
    if (res.statusCode >= 300) throw new Error(`Seeding ${url} answered ${res.statusCode}: ${res.body}`);
    return res.json();
  };
  await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' });
  await post('/v1/entities', { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', parentCode: '64', timezone: 'WITA' });
  for (const [unitId, name] of [['dpmptsp', 'DPMPTSP'], ['inspektorat', 'Inspektorat']]) await post('/v1/entities/64.01/units', { unitId, name });
  const mou = await post('/v1/mous', {
    entityCode: '64.01', ombudsmanNumber: '30/ORI-MOU/X/2021', counterpartNumber: '053/NK/2021', signedOn: '2021-10-28',
    title: 'Peningkatan kualitas pelayanan publik', validUntil: '2026-10-27',
  });
  const pks = await post('/v1/pks', {
    mouId: mou.id, title: 'PKS 2022', unitIds: ['dpmptsp'], draftedOn: '2022-06-10',
    scope: [{ id: 'pendampingan', text: 'Pendampingan berkala', obligation: { every: 'quarter' } }],
  });
  const assessment = await post('/v1/assessments', { entityCode: '64.01', year: 2023, score: 81.22, publishedOn: '2023-12-15' });
  const recommendation = await post('/v1/recommendations', {
    entityCode: '64.01', unitId: 'dpmptsp', kind: 'saran_perbaikan', source: { type: 'assessment', ref: 'assessment-64.01-2023' },
    title: 'Publikasikan standar pelayanan', issuedOn: '2024-02-01',
  });
  const projections = (await api.app.inject({ method: 'GET', url: '/v1/admin/projections', headers: admin })).json() as { projections?: Array<{ name: string }> };
  const token = async (request: Parameters<ApiHarness['token']>[0]) => ({ authorization: `Bearer ${await api.token(request)}` });
  return {
    pathValues: {
      code: ['64.01', '64'],
      id: [mou.id, pks.id, assessment.id, recommendation.id],
      itemId: ['item-1'],
      followUpId: ['follow-up-1'],
      requestId: ['request-1'],
      name: (projections.projections ?? []).map((p) => p.name).concat('unknown-projection'),
      jobId: ['job-1'],
      stream: [`recommendation-${recommendation.id}`, 'entity-64.01'],
      year: ['2025', '2026'],
      date: ['2025-12-25'],
    },
    auth: {
      admin,
      officer: await token({ role: 'officer', provinces: ['64'], sub: FUZZ_SUBS.officer }),
      liaison: await token({ role: 'liaison', entity: '64.01', sub: FUZZ_SUBS.liaison }),
      auditor: await token({ role: 'auditor', sub: FUZZ_SUBS.auditor }),
      anonymous: {},
      forged: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIn0.' },
    },
  };
}
