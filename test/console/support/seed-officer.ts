import type { ApiHarness } from '../../support/api-harness';
import { bearer } from '../../support/api-harness';
import type { SeededStory } from './seed';

/**
 * What an officer finds on top of the shared story: Paser's liaison asked to extend the due-soon
 * recommendation to 31 Dec 2026, and the deadline workers have escalated the overdue one (due
 * 30 Oct 2026) at least to the unit head.
 */
export async function seedOfficerStory(api: ApiHarness, story: SeededStory): Promise<{ obligation: string }> {
  const res = await api.app.inject({
    method: 'POST',
    url: `/v1/recommendations/${story.recommendations.dueSoon}/extensions`,
    payload: { proposedDueOn: '2026-12-31', reason: 'Pengadaan kotak pengaduan menunggu perubahan anggaran' },
    headers: bearer(story.tokens.liaison),
  });
  if (res.statusCode >= 300) throw new Error(`seed: extension request → ${res.statusCode} ${res.body}`);
  await until(async () => {
    const list = await api.app.inject({ method: 'GET', url: '/v1/follow-up/overdue', headers: bearer(story.tokens.officer) });
    const item = list.json<{ items: { id: string; escalation: { level: number } | null }[] }>().items.find((i) => i.id === story.recommendations.overdue);
    return (item?.escalation?.level ?? 0) >= 1;
  }, 'the overdue recommendation escalated in the queue');
  return { obligation: await seedOverdueObligation(api, story) };
}

/**
 * A PKS with Paser's DPMPTSP signed 15 Feb 2026 with a quarterly report: the report for 2026-Q3 was due
 * 10 Oct 2026 (10 days' grace) and has not come. Returns that obligation's id once its record exists.
 */
async function seedOverdueObligation(api: ApiHarness, story: SeededStory): Promise<string> {
  const post = async (url: string, payload: object): Promise<{ id: string }> => {
    const res = await api.app.inject({ method: 'POST', url, payload, headers: bearer(story.tokens.officer) });
    if (res.statusCode >= 300) throw new Error(`seed: POST ${url} → ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const mou = await post('/v1/mous', {
    entityCode: '64.01',
    ombudsmanNumber: '12/ORI-MOU/I/2026',
    counterpartNumber: '100/NK-PASER/2026',
    signedOn: '2026-01-20',
    title: 'Peningkatan kualitas pelayanan publik',
    validUntil: '2027-12-31',
  });
  const pks = await post('/v1/pks', {
    mouId: mou.id,
    title: 'Pendampingan DPMPTSP 2026',
    unitIds: ['dpmptsp'],
    scope: [{ id: 'pendampingan', text: 'Laporan pendampingan berkala', obligation: { every: 'quarter' } }],
    draftedOn: '2026-02-01',
  });
  await post(`/v1/pks/${pks.id}/finalize`, { finalizedOn: '2026-02-10' });
  await post(`/v1/pks/${pks.id}/sign`, { signedOn: '2026-02-15', number: '180/07/PKS/2026', validUntil: '2027-02-14' });
  const id = `${pks.id}.pendampingan.2026-Q3`;
  await until(async () => (await api.app.inject({ method: 'GET', url: `/v1/obligations/${id}`, headers: bearer(story.tokens.officer) })).statusCode === 200, `obligation ${id}`);
  return id;
}

/** Waits for a condition the workers bring about (never for a fixed time). */
async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`seed: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
