import { nameBasedId } from '@app/event-store';
import { InboxStore, inboxStream } from '@app/follow-up/processing';
import { ProjectionAdmin } from '@app/platform/projections';
import { startWorkers, type WorkerHarness } from '../follow-up/support/worker-harness';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { waitUntil } from '../support/wait-until';

jest.setTimeout(60_000);

interface Page {
  items: Array<{ id: string; title: string; read: boolean }>;
  total: number;
  unread: number;
}

describe('the inbox: notifications and read marks are events, the read model is rebuilt from them', () => {
  let redis: PrivateRedis;
  let h: WorkerHarness;
  let siti: Record<string, string>;
  const ids = ['n1', 'n2', 'n3'].map((n) => nameBasedId(`inbox-test:${n}`));

  beforeAll(async () => {
    redis = await startPrivateRedis();
    h = await startWorkers(redis.url, { now: new Date('2025-06-01T03:00:00.000Z'), contactDirectory: null, dataDirPrefix: 'inbox-' });
    siti = { authorization: `Bearer ${await h.token({ sub: 'siti', role: 'liaison', entity: '64.01' })}` };
    const inbox = h.app.get(InboxStore);
    for (const [i, id] of ids.entries()) {
      await inbox.put('siti', { id, subjectStream: 'recommendation-r1', link: 'https://konsol/r1', title: `Langkah ${i + 1}`, text: '…', at: `2025-05-2${i}T16:00:00.000Z` });
    }
    // A retried delivery posts the same id again: still one notification.
    await inbox.put('siti', { id: ids[0], subjectStream: 'recommendation-r1', link: 'https://konsol/r1', title: 'Langkah 1', text: '…', at: '2025-05-20T16:00:00.000Z' });
  });
  afterAll(async () => {
    await h.close();
    await redis.stop();
  });

  const page = async (): Promise<Page> => {
    const response = await h.app.inject({ method: 'GET', url: '/v1/me/notifications', headers: siti });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('records each read mark as an event by the user, answers with the unread count, and a rebuild keeps the marks', async () => {
    await waitUntil(async () => (await page()).total === 3, 'the three notifications in the inbox');
    expect((await page()).items.map((i) => i.title)).toEqual(['Langkah 3', 'Langkah 2', 'Langkah 1']);

    const one = await h.app.inject({ method: 'POST', url: `/v1/me/notifications/${ids[1]}/read`, headers: siti });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual({ marked: 1, unread: 2 });

    const marks = (await h.store.readStream(inboxStream('siti'))).filter((e) => e.type === 'InboxNotificationsRead');
    expect(marks).toHaveLength(1);
    expect(marks[0].data).toEqual({ userSub: 'siti', notificationIds: [ids[1]] });
    expect(marks[0].metadata.actor).toEqual({ id: 'siti', role: 'liaison' });

    await h.app.get(ProjectionAdmin).rebuild('inbox');
    const rebuilt = await page();
    expect(rebuilt).toMatchObject({ total: 3, unread: 2 });
    expect(rebuilt.items.map((i) => [i.id, i.read])).toEqual([[ids[2], false], [ids[1], true], [ids[0], false]]);

    const all = await h.app.inject({ method: 'POST', url: '/v1/me/notifications/read-all', headers: siti });
    expect(all.json()).toEqual({ marked: 2, unread: 0 });
    await h.app.get(ProjectionAdmin).rebuild('inbox');
    expect(await page()).toMatchObject({ total: 3, unread: 0 });
  });

  it("answers 404 for another user's notification, and records nothing for them", async () => {
    const budi = { authorization: `Bearer ${await h.token({ sub: 'budi', role: 'officer' })}` };
    const foreign = await h.app.inject({ method: 'POST', url: `/v1/me/notifications/${ids[0]}/read`, headers: budi });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'NotificationNotFound' });
    const events = [];
    for await (const e of h.store.readAll({ filter: { eventTypes: ['InboxNotificationsRead'] } })) events.push(e);
    expect(events.every((e) => e.stream === inboxStream('siti'))).toBe(true);
  });

  it('posts without reading the inbox it adds to (it grows with every step), and a post repeated records nothing', async () => {
    const inbox = h.app.get(InboxStore);
    const before = (await h.store.readStream(inboxStream('siti'))).length;
    const reads = jest.spyOn(h.store, 'readStream');
    try {
      const entry = { id: nameBasedId('inbox-test:n4'), subjectStream: 'recommendation-r2', link: 'https://konsol/r2', title: 'Langkah 4', text: '…', at: '2025-05-24T16:00:00.000Z' };
      await inbox.put('siti', entry);
      await inbox.put('siti', entry);
      // At most one event of the stream per post: does it exist yet (no_stream or stream_exists).
      expect(reads.mock.calls.every(([stream, options]) => stream === inboxStream('siti') && options?.maxCount === 1)).toBe(true);
    } finally {
      reads.mockRestore();
    }
    const after = await h.store.readStream(inboxStream('siti'));
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1]).toMatchObject({ type: 'InboxNotificationPosted', data: { userSub: 'siti', title: 'Langkah 4' }, metadata: { actor: { role: 'system' } } });
  });
});
