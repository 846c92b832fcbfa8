import { LocalTokenMinter } from '@app/platform/auth';
import type { RecordedEvent } from '@app/event-store';
import { NotificationJobs, STEP_EVENT_TYPES, notificationJobId, verifyWebhook } from '@app/follow-up/processing';
import { REDIS_TOPOLOGIES, type RedisTopology } from '../support/redis-topologies';
import { recordedSteps, waitUntil } from './support/step-events';
import { WebhookReceiver } from './support/webhook-receiver';
import { startWorkers, type WorkerHarness } from './support/worker-harness';

jest.setTimeout(30_000);

const SECRET = 'test-webhook-secret-0123456789';
const TARGET = 'webhook-test';

describe.each(REDIS_TOPOLOGIES)('notifications: signed webhooks with retries, parked failures, the queue dashboard on $name', ({ start }) => {
  let server: RedisTopology;
  let receiver: WebhookReceiver;
  let h: WorkerHarness;

  beforeAll(async () => {
    server = await start();
    receiver = await WebhookReceiver.start();
    h = await startWorkers(server, {
      now: new Date('2025-06-01T03:00:00.000Z'),
      settings: { notifyAttempts: 4, notifyBackoffMs: 50 },
      notifications: { webhooks: [{ id: TARGET, url: receiver.url }], webhookSecret: SECRET, email: null },
    });
    await waitUntil(async () => (await h.redis.get(`${h.keyPrefix}deadlines:reactor:checkpoint`)) !== null, 'the reactor to start');
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await receiver.stop();
    await server?.stop();
  });

  const token = (role: 'admin' | 'officer') => h.app.get(LocalTokenMinter).mint({ sub: `${role}-1`, role, provinces: role === 'officer' ? ['*'] : undefined });
  const stepEventsOf = async (id: string): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for await (const e of h.store.readAll({ filter: { eventTypes: [...STEP_EVENT_TYPES] } })) if (e.stream === `recommendation-${id}`) events.push(e);
    return events;
  };

  const jobStates = (events: RecordedEvent[]) =>
    Promise.all(events.map(async (e) => (await h.queues.notifications.getJob(notificationJobId(e.id, TARGET)))?.getState() ?? 'absent'));

  it('delivers each step once per event id to an endpoint that fails twice then succeeds, signed over timestamp and body', async () => {
    receiver.failFirst = 2;
    const id = await h.recommendations.issue('2025-05-31'); // due 11 hours ago: overdue and escalation level 1 are due, live
    await waitUntil(async () => (await recordedSteps(h.store)).filter((s) => s.stream === `recommendation-${id}`).length === 2, 'two steps');
    const events = await stepEventsOf(id);
    // Finished jobs deliver nothing more: once both are completed, the tries below are all there will be.
    await waitUntil(async () => (await jobStates(events)).every((state) => state === 'completed'), 'both delivery jobs to complete');

    for (const event of events) {
      const tries = receiver.deliveries.filter((d) => d.eventId === event.id);
      expect(tries.map((d) => d.status)).toEqual([500, 500, 204]);
      const delivered = tries[2];
      expect(JSON.parse(delivered.body)).toEqual({ eventId: event.id, type: event.type, stream: event.stream, data: event.data, occurredAt: event.metadata.occurredAt });
      expect(verifyWebhook(SECRET, delivered, delivered.body, Number(delivered.timestamp))).toBe(true);
    }

    // The reactor handles an event again (at least once): the finished jobs are gone, the delivery marks are not.
    await Promise.all(events.map((e) => h.queues.notifications.remove(notificationJobId(e.id, TARGET))));
    await h.app.get(NotificationJobs).enqueue(events);
    await waitUntil(async () => (await jobStates(events)).every((state) => state === 'completed'), 'the re-enqueued jobs to complete');
    expect(events.map((e) => receiver.acknowledged(e.id))).toEqual([1, 1]);
    expect(events.map((e) => receiver.deliveries.filter((d) => d.eventId === e.id).length)).toEqual([3, 3]);
  });

  it('parks a delivery that failed every attempt, lists it for admins, and delivers it once when retried', async () => {
    receiver.failFirst = Number.POSITIVE_INFINITY;
    const id = await h.recommendations.issue('2025-05-31');
    await waitUntil(async () => (await stepEventsOf(id)).length === 2, 'two steps');
    const [first, second] = await stepEventsOf(id);
    await waitUntil(async () => (await h.queues.notifications.getFailedCount()) === 2, 'both deliveries to be parked');
    expect(receiver.deliveries.filter((d) => d.eventId === first.id)).toHaveLength(4);

    const officer = await h.app.inject({ method: 'GET', url: '/v1/admin/notifications/failed', headers: { authorization: `Bearer ${await token('officer')}` } });
    expect(officer.statusCode).toBe(403);
    const admin = { authorization: `Bearer ${await token('admin')}` };
    const listed = await h.app.inject({ method: 'GET', url: '/v1/admin/notifications/failed', headers: admin });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({ total: 2 });
    expect(listed.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ jobId: notificationJobId(first.id, TARGET), target: TARGET, eventId: first.id, eventType: first.type, attemptsMade: 4, failedReason: `Webhook ${TARGET} answered HTTP 500` }),
      ]),
    );

    receiver.failFirst = 0;
    const jobId = encodeURIComponent(notificationJobId(first.id, TARGET));
    const retried = await h.app.inject({ method: 'POST', url: `/v1/admin/notifications/failed/${jobId}/retry`, headers: admin });
    expect(retried.statusCode).toBe(200);
    await waitUntil(() => receiver.acknowledged(first.id) === 1, 'the retried delivery');
    expect(receiver.acknowledged(second.id)).toBe(0);

    const metrics = await h.app.inject({ method: 'GET', url: '/metrics', headers: admin });
    expect(metrics.body).toContain('follow_up_queue_jobs{queue="notifications",state="failed"} 1');

    const again = await h.app.inject({ method: 'POST', url: `/v1/admin/notifications/failed/${jobId}/retry`, headers: admin });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'NotificationNotFailed' });
    const unknown = await h.app.inject({ method: 'POST', url: '/v1/admin/notifications/failed/nope/retry', headers: admin });
    expect(unknown.statusCode).toBe(404);
  });

  it('serves the queue dashboard at /admin/queues to admins only', async () => {
    const anonymous = await h.app.inject({ method: 'GET', url: '/admin/queues' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    const officer = await h.app.inject({ method: 'GET', url: '/admin/queues', headers: { authorization: `Bearer ${await token('officer')}` } });
    expect(officer.statusCode).toBe(403);

    const adminToken = await token('admin');
    const page = await h.app.inject({ method: 'GET', url: '/admin/queues', headers: { authorization: `Bearer ${adminToken}` } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const api = await h.app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { authorization: `Bearer ${adminToken}` } });
    expect(api.statusCode).toBe(200);
    expect(api.json().queues.map((q: { name: string }) => q.name).sort()).toEqual(['deadlines', 'maintenance', 'notifications']);

    // A browser: the token once in the query, then an HttpOnly cookie limited to the dashboard.
    const login = await h.app.inject({ method: 'GET', url: `/admin/queues?token=${adminToken}` });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/admin/queues');
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    const withCookie = await h.app.inject({ method: 'GET', url: '/admin/queues', headers: { cookie: cookie.split(';')[0] } });
    expect(withCookie.statusCode).toBe(200);
  });
});
