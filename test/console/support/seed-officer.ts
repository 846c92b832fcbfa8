import type { ApiHarness } from '../../support/api-harness';
import { bearer } from '../../support/api-harness';
import type { SeededStory } from './seed';

/**
 * What an officer finds on top of the shared story: Paser's liaison asked to extend the due-soon
 * recommendation to 31 Dec 2026, and the deadline workers have escalated the overdue one (due
 * 30 Oct 2026) at least to the unit head.
 */
export async function seedOfficerStory(api: ApiHarness, story: SeededStory): Promise<void> {
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
}

/** Waits for a condition the workers bring about (never for a fixed time). */
async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`seed: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
