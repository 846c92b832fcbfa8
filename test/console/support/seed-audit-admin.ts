import { join } from 'node:path';
import Database from 'better-sqlite3';
import { InboxStore } from '@app/follow-up/processing';
import type { ApiHarness } from '../../support/api-harness';
import { bearer } from '../../support/api-harness';
import type { SeededStory } from './seed';

/**
 * Two days after the story's entry (25 Nov 2026) the officer verifies the awaiting follow-up as
 * sesuai, so the recommendation's history has a later chapter to look back past.
 */
export async function verifyAwaitingLater(api: ApiHarness, story: SeededStory): Promise<void> {
  api.clock.set(new Date('2026-11-25T03:00:00Z'));
  const officer = bearer(story.tokens.officer);
  const id = story.recommendations.awaiting;
  const record = (await api.app.inject({ method: 'GET', url: `/v1/recommendations/${id}`, headers: officer })).json();
  const followUpId = String(record.followUps[0].followUpId);
  const res = await api.app.inject({
    method: 'POST',
    url: `/v1/recommendations/${id}/follow-ups/${followUpId}/verify`,
    headers: officer,
    payload: { verdict: 'sesuai', note: 'Maklumat terpasang di loket, diperiksa di tempat' },
  });
  if (res.statusCode >= 300) throw new Error(`seed: verify → ${res.statusCode} ${res.body}`);
}

/**
 * Tampers with one stored event behind the application's back, as an intruder with file access
 * would: the event's data changes, its stored hash does not. Only the hash chain can tell.
 */
export function tamperWithEvent(api: ApiHarness, stream: string, revision: number, change: (data: Record<string, unknown>) => Record<string, unknown>): string {
  const db = new Database(join(api.dataDir, 'events.db'), { timeout: 10_000 });
  try {
    const row = db.prepare('SELECT id, data FROM events WHERE stream = ? AND revision = ?').get(stream, revision) as { id: string; data: string } | undefined;
    if (!row) throw new Error(`seed: no event ${stream}@${revision}`);
    db.prepare('UPDATE events SET data = ? WHERE id = ?').run(JSON.stringify(change(JSON.parse(row.data) as Record<string, unknown>)), row.id);
    return row.id;
  } finally {
    db.close();
  }
}

/** Puts notifications in a user's inbox the way the delivery worker does (the API process runs no worker). */
export async function postToInbox(api: ApiHarness, sub: string, entries: Array<{ id: string; subjectStream: string; title: string; text: string; at: string }>): Promise<void> {
  const inbox = api.app.get(InboxStore, { strict: false });
  for (const entry of entries) await inbox.put(sub, { ...entry, link: `http://konsol/${entry.subjectStream}` });
}
