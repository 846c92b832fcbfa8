import type { ApiHarness } from '../../support/api-harness';
import { bearer } from '../../support/api-harness';

export interface SeededStory {
  tokens: { officer: string; liaison: string; auditor: string; admin: string };
  /** Recommendation ids by what they show. */
  recommendations: { overdue: string; dueSoon: string; awaiting: string };
}

type Headers = Record<string, string>;

/**
 * One province's story, entered through the API as officers would (the harness clock is 23 Nov 2026):
 * Kalimantan Timur with Kabupaten Paser and Penajam Paser Utara (PPU), PPU's compliance scores
 * 55.18 → 86.58 → 87.27, and three recommendations to Paser: one overdue, one due soon and one
 * whose follow-up awaits verification.
 */
export async function seedStory(api: ApiHarness): Promise<SeededStory> {
  const tokens = {
    officer: await api.token({ role: 'officer', provinces: ['64'], sub: 'budi', name: 'Budi Santoso' }),
    liaison: await api.token({ role: 'liaison', entity: '64.01', sub: 'siti', name: 'Siti Aminah' }),
    auditor: await api.token({ role: 'auditor', sub: 'inspektur', name: 'Rahmat Hidayat' }),
    admin: await api.token({ role: 'admin', sub: 'admin', name: 'Admin Pusat' }),
  };
  const officer = bearer(tokens.officer);
  const liaison = bearer(tokens.liaison);
  const post = async (url: string, payload: object, headers: Headers = officer): Promise<Record<string, unknown>> => {
    const res = await api.app.inject({ method: 'POST', url, payload, headers });
    if (res.statusCode >= 300) throw new Error(`seed: POST ${url} → ${res.statusCode} ${res.body}`);
    return res.json();
  };

  await post('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' });
  await post('/v1/entities', { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', parentCode: '64', timezone: 'WITA' });
  await post('/v1/entities', { code: '64.09', name: 'Kabupaten Penajam Paser Utara', kind: 'kabupaten', parentCode: '64', timezone: 'WITA' });
  for (const [code, unitId, name] of [
    ['64.01', 'dpmptsp', 'DPMPTSP'],
    ['64.01', 'disdukcapil', 'Disdukcapil'],
    ['64.09', 'dpmptsp', 'DPMPTSP'],
  ]) {
    await post(`/v1/entities/${code}/units`, { unitId, name });
  }
  for (const [year, score, publishedOn] of [
    [2022, 55.18, '2022-12-12'],
    [2023, 86.58, '2023-12-11'],
    [2024, 87.27, '2024-12-10'],
  ] as const) {
    await post('/v1/assessments', { entityCode: '64.09', year, score, publishedOn });
  }
  await post('/v1/assessments', { entityCode: '64.01', year: 2024, score: 62.4, publishedOn: '2024-12-10' });

  const issue = async (title: string, issuedOn: string, dueOn: string, unitId = 'dpmptsp') =>
    String(
      (
        await post('/v1/recommendations', {
          entityCode: '64.01',
          unitId,
          kind: 'saran_perbaikan',
          source: { type: 'assessment', ref: 'assessment-64.01-2024' },
          title,
          issuedOn,
          dueOn,
        })
      ).id,
    );
  const overdue = await issue('Menampilkan standar pelayanan lengkap di loket DPMPTSP', '2026-09-01', '2026-10-30');
  const dueSoon = await issue('Menyediakan sarana pengaduan di kantor Disdukcapil', '2026-11-02', '2026-11-30', 'disdukcapil');
  const awaiting = await issue('Menetapkan maklumat pelayanan', '2026-10-01', '2026-12-15');
  const documentId = await uploadPdf(api, liaison, '64.01', 'sk-bupati-maklumat.pdf');
  await post(`/v1/recommendations/${awaiting}/follow-ups`, { summary: 'Maklumat pelayanan telah ditetapkan dengan SK Bupati dan dipasang di loket', documents: [{ documentId }] }, liaison);
  return { tokens, recommendations: { overdue, dueSoon, awaiting } };
}

/** Uploads a small PDF as evidence (multipart, as the console's drop zone sends it) and returns its document id. */
export async function uploadPdf(api: ApiHarness, headers: Headers, entityCode: string, filename: string): Promise<string> {
  const boundary = '----console-seed';
  const content = Buffer.from(`%PDF-1.7\n${filename}\n%%EOF\n`);
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="entityCode"\r\n\r\n${entityCode}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await api.app.inject({ method: 'POST', url: '/v1/evidence', payload, headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` } });
  if (res.statusCode >= 300) throw new Error(`seed: upload ${filename} → ${res.statusCode} ${res.body}`);
  return String(res.json().documentId);
}
