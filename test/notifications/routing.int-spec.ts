import type { RecordedEvent } from '@app/event-store';
import { addDays, dateInZone } from '@app/kernel';
import { MemoryContactDirectory } from '@app/contacts/testing';
import { DeadlineQueues, STEP_EVENT_TYPES, deliveriesStream, notificationJobId, routedTarget, digestSendAt, type DeliveryView } from '@app/follow-up/processing';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { waitUntil } from '../support/wait-until';
import { SmtpSink } from './support/smtp-sink';
import { startRouting, type RoutingHarness } from './support/routing-harness';

jest.setTimeout(60_000);

const DUE_ON = '2025-05-31';
const DUE_AT = Date.parse('2025-05-31T16:00:00.000Z'); // end of 31 May in WITA (Paser)
const DAY = 86_400_000;

const SITI = 'siti@paserkab.go.id';
const KADIS = 'kadis.dpmptsp@paserkab.go.id';
const BUDI = 'budi@ombudsman.go.id';
const SEKDA = 'sekda@paserkab.go.id';

const directory = new MemoryContactDirectory([
  { contactId: 'siti', role: 'liaison', entityCode: '64.01', provinceCode: '64', name: 'Siti Aminah', email: SITI, userSub: 'siti' },
  { contactId: 'kadis', role: 'unit_head', entityCode: '64.01', provinceCode: '64', name: 'Head of DPMPTSP', email: KADIS, language: 'en' },
  { contactId: 'budi', role: 'ombudsman_officer', entityCode: null, provinceCode: '64', name: 'Budi Santoso', email: BUDI },
  { contactId: 'sekda', role: 'regional_secretary', entityCode: '64.01', provinceCode: '64', name: 'Sekda Kabupaten Paser', email: SEKDA },
  // Nobody on record as the Ombudsman leadership of 64: rung 3 records NoContact.
]);

describe('routing: who receives what at each deadline step, by real SMTP', () => {
  let redis: PrivateRedis;
  let smtp: SmtpSink;
  let h: RoutingHarness;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    smtp = await SmtpSink.start();
    h = await startRouting(redis.url, { now: new Date('2025-06-01T03:00:00.000Z'), directory, smtpUrl: smtp.url, settings: { notifyAttempts: 3, notifyBackoffMs: 50 } });
    await waitUntil(async () => (await h.redis.get(`${h.keyPrefix}deadlines:reactor:checkpoint`)) !== null, 'the reactor to start');
  });
  afterAll(async () => {
    await h.close();
    await smtp.stop();
    await redis.stop();
  });

  const stepEvents = async (id: string): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for await (const e of h.store.readAll({ filter: { eventTypes: [...STEP_EVENT_TYPES] } })) if (e.stream === `recommendation-${id}`) events.push(e);
    return events;
  };
  const stepEvent = async (id: string, type: string, level?: number): Promise<RecordedEvent> => {
    let found: RecordedEvent | undefined;
    await waitUntil(async () => {
      found = (await stepEvents(id)).find((e) => e.type === type && (level === undefined || (e.data as { level?: number }).level === level));
      return found !== undefined;
    }, `${type} ${level ?? ''} of ${id}`);
    return found as RecordedEvent;
  };
  const view = async (id: string): Promise<{ deliveries: DeliveryView[] }> => {
    const response = await h.app.inject({ method: 'GET', url: `/v1/recommendations/${id}`, headers: { authorization: `Bearer ${await h.token({ sub: 'officer-1', role: 'officer' })}` } });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const deliveriesOf = async (id: string, event: RecordedEvent) => (await view(id)).deliveries.filter((d) => d.stepEventId === event.id);
  const settled = (lines: DeliveryView[]) => lines.length > 0 && lines.every((l) => l.status === 'delivered' || l.status === 'failed' || l.status === 'no_contact');
  const waitSettled = (id: string, event: RecordedEvent) => waitUntil(async () => settled(await deliveriesOf(id, event)), `the deliveries of ${event.type} to settle`);
  /** A due date whose end passed within the last day in Paser: its steps are live, not records entered late. */
  const yesterdayInPaser = () => dateInZone(new Date(h.clock.now().getTime() - DAY), 'WITA');

  it('sends the overdue mark to the liaison, the unit head and the officer, and each rung to its addressee with the earlier ones in copy', async () => {
    const id = await h.recommendations.issue(DUE_ON);
    const overdue = await stepEvent(id, 'DeadlineMarkedOverdue');
    const rung1 = await stepEvent(id, 'DeadlineEscalated', 1);
    await waitSettled(id, overdue);
    await waitSettled(id, rung1);

    const overdueMails = smtp.forEvent(overdue.id);
    expect(overdueMails.flatMap((m) => m.rcptTo).sort()).toEqual([BUDI, KADIS, SITI]);
    expect(overdueMails[0].to.sort()).toEqual([BUDI, KADIS, SITI]);
    const toSiti = overdueMails.find((m) => m.rcptTo.includes(SITI));
    expect(toSiti?.subject).toBe('Terlambat: Publish the service standard melewati tenggat 31 Mei 2025 (WITA)');
    expect(toSiti?.text).toContain('Yth. Siti Aminah,');
    expect(toSiti?.text).toContain(`https://konsol.ombudsman.go.id/recommendations/${id}`);
    // The unit head prefers English.
    expect(overdueMails.find((m) => m.rcptTo.includes(KADIS))?.subject).toBe('Overdue: Publish the service standard was due 31 May 2025 (WITA)');

    // The route job made each first attempt itself: a step that went through left no job per recipient.
    const queues = h.app.get(DeadlineQueues);
    for (const contact of ['siti', 'kadis', 'budi']) expect(await queues.notifications.getJob(notificationJobId(overdue.id, routedTarget(contact, 'email')))).toBeUndefined();

    const rung1Mails = smtp.forEvent(rung1.id);
    expect(rung1Mails.flatMap((m) => m.rcptTo).sort()).toEqual([BUDI, KADIS, SITI]);
    expect(rung1Mails[0].to).toEqual([KADIS]);
    expect(rung1Mails[0].cc.sort()).toEqual([BUDI, SITI]);

    h.clock.set(new Date(DUE_AT + 14 * DAY + 60_000));
    const rung2 = await stepEvent(id, 'DeadlineEscalated', 2);
    await waitSettled(id, rung2);
    const rung2Mails = smtp.forEvent(rung2.id);
    expect(rung2Mails[0].to).toEqual([SEKDA]);
    expect(rung2Mails[0].cc.sort()).toEqual([BUDI, KADIS, SITI]);
    expect(rung2Mails.find((m) => m.rcptTo.includes(SEKDA))?.subject).toBe('Eskalasi tingkat 2 (Sekretaris Daerah): Publish the service standard');
    // Rung 2 fires 14 days after the due instant, 00:01 on 15 June in Paser: the 15th day late.
    expect(rung2Mails.find((m) => m.rcptTo.includes(SEKDA))?.text).toContain('Terlambat 15 hari.');
    const lines = await deliveriesOf(id, rung2);
    expect(lines.map((l) => [l.role, l.address, l.copy, l.status, l.attempts])).toEqual([
      ['regional_secretary', SEKDA, false, 'delivered', 1],
      ['liaison', SITI, true, 'delivered', 1],
      ['liaison', 'user:siti', true, 'delivered', 1],
      ['unit_head', KADIS, true, 'delivered', 1],
      ['ombudsman_officer', BUDI, true, 'delivered', 1],
    ]);
    expect(lines[0].template).toBe('id/escalation@1');

    h.clock.set(new Date(DUE_AT + 30 * DAY + 60_000));
    const rung3 = await stepEvent(id, 'DeadlineEscalated', 3);
    await waitSettled(id, rung3);
    expect(await deliveriesOf(id, rung3)).toContainEqual(
      expect.objectContaining({ role: 'ombudsman_leadership', status: 'no_contact', code: 'NoContact', reason: 'no contact for ombudsman_leadership of 64', name: null }),
    );
    // Nobody to address: those before are still told, in copy.
    expect(smtp.forEvent(rung3.id).flatMap((m) => m.rcptTo).sort()).toEqual([BUDI, KADIS, SEKDA, SITI]);
    // The delivery records are events of the audited log, on the subject's deliveries stream.
    const recorded = await h.store.readStream(deliveriesStream(`recommendation-${id}`));
    expect(recorded.filter((e) => e.type === 'DeliveriesRouted').map((e) => (e.data as { step: string }).step)).toEqual(['overdue', 'escalation-1', 'escalation-2', 'escalation-3']);
  });

  it('retries and parks a recipient whose server refuses, without holding up the others, and delivers it once retried', async () => {
    smtp.reject.add(KADIS);
    const id = await h.recommendations.issue(yesterdayInPaser());
    const overdue = await stepEvent(id, 'DeadlineMarkedOverdue');
    await waitSettled(id, overdue);
    const lines = await deliveriesOf(id, overdue);
    expect(lines.find((l) => l.address === KADIS)).toMatchObject({ status: 'failed', attempts: 3, reason: expect.stringContaining('550') });
    // Attempt 1 was the route job's, 2 and 3 its retry job's: the parked job counts all three.
    const admin = { authorization: `Bearer ${await h.token({ sub: 'admin-1', role: 'admin' })}` };
    const parked = (await h.app.inject({ method: 'GET', url: '/v1/admin/notifications/failed', headers: admin })).json();
    expect(parked.items).toContainEqual(expect.objectContaining({ jobId: notificationJobId(overdue.id, routedTarget('kadis', 'email')), attemptsMade: 3 }));
    expect(lines.filter((l) => l.address !== KADIS).map((l) => l.status)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(smtp.forEvent(overdue.id).flatMap((m) => m.rcptTo).sort()).toEqual([BUDI, SITI]);

    smtp.reject.delete(KADIS);
    const jobId = encodeURIComponent(notificationJobId(overdue.id, routedTarget('kadis', 'email')));
    expect((await h.app.inject({ method: 'POST', url: `/v1/admin/notifications/failed/${jobId}/retry`, headers: admin })).statusCode).toBe(200);
    await waitUntil(async () => (await deliveriesOf(id, overdue)).find((l) => l.address === KADIS)?.status === 'delivered', 'the retried delivery');
    expect(smtp.forEvent(overdue.id).filter((m) => m.rcptTo.includes(KADIS))).toHaveLength(1);
  });

  it('notifies nobody of a record entered late: its overdue mark is history', async () => {
    const id = await h.recommendations.issue(addDays(yesterdayInPaser(), -20));
    const overdue = await stepEvent(id, 'DeadlineMarkedOverdue');
    expect(overdue.data).toMatchObject({ recordedLate: true });
    // The live step that follows it (rung 1, from when it was recorded) is routed; the late mark never is.
    const rung1 = await stepEvent(id, 'DeadlineEscalated', 1);
    await waitSettled(id, rung1);
    expect(await deliveriesOf(id, overdue)).toEqual([]);
    expect(smtp.forEvent(overdue.id)).toEqual([]);
  });

  it('shows a signed-in contact their own notifications, newest first, with an unread count, and lets only them mark one read', async () => {
    const siti = { authorization: `Bearer ${await h.token({ sub: 'siti', role: 'liaison', entity: '64.01' })}` };
    const page = await h.app.inject({ method: 'GET', url: '/v1/me/notifications?limit=3', headers: siti });
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.items).toHaveLength(3);
    expect(body.total).toBeGreaterThan(3);
    expect(body.unread).toBe(body.total);
    const times = body.items.map((i: { at: string }) => i.at);
    expect([...times].sort().reverse()).toEqual(times);

    const other = { authorization: `Bearer ${await h.token({ sub: 'budi', role: 'officer' })}` };
    expect((await h.app.inject({ method: 'GET', url: '/v1/me/notifications', headers: other })).json()).toMatchObject({ items: [], total: 0, unread: 0 });
    const foreign = await h.app.inject({ method: 'POST', url: `/v1/me/notifications/${body.items[0].id}/read`, headers: other });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'NotificationNotFound' });

    const read = await h.app.inject({ method: 'POST', url: `/v1/me/notifications/${body.items[0].id}/read`, headers: siti });
    expect(read.json()).toEqual({ marked: 1, unread: body.total - 1 });
    const all = await h.app.inject({ method: 'POST', url: '/v1/me/notifications/read-all', headers: siti });
    expect(all.json()).toEqual({ marked: body.total - 1, unread: 0 });
  });

  it('collects the day’s steps of a contact who chose a digest into one e-mail the next morning', async () => {
    const RINA = 'rina@ombudsman.go.id';
    directory.add({ contactId: 'rina', role: 'ombudsman_officer', entityCode: null, provinceCode: '64', name: 'Rina', email: RINA, cadence: 'digest', language: 'en' });
    const day = yesterdayInPaser();
    const ids = [await h.recommendations.issue(day), await h.recommendations.issue(day)];
    const steps: RecordedEvent[] = [];
    for (const id of ids) steps.push(await stepEvent(id, 'DeadlineMarkedOverdue'), await stepEvent(id, 'DeadlineEscalated', 1));
    for (const [i, step] of steps.entries()) {
      await waitUntil(async () => (await deliveriesOf(ids[Math.floor(i / 2)], step)).some((l) => l.address === RINA && l.status === 'queued'), 'the step to wait in the digest');
    }
    expect(smtp.to(RINA)).toEqual([]);

    const stepDay = dateInZone(new Date(steps[0].metadata.occurredAt), 'WITA');
    h.clock.set(new Date(digestSendAt(stepDay, 'WITA') + 60_000));
    await waitUntil(() => smtp.to(RINA).length > 0, 'the digest');
    await waitUntil(async () => (await deliveriesOf(ids[1], steps[3])).some((l) => l.address === RINA && l.status === 'delivered'), 'the digest to be recorded delivered');
    const [digest] = smtp.to(RINA);
    expect(smtp.to(RINA)).toHaveLength(1);
    expect(digest.subject).toMatch(/^Daily summary \d+ \w+ 2025: 4 follow-ups need attention$/);
    expect(digest.text.match(/^- /gm)).toHaveLength(4);
    expect(digest.text).toContain(`https://konsol.ombudsman.go.id/recommendations/${ids[0]}`);
    directory.remove('rina');
  });
});
