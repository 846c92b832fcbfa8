import type { RecordedEvent } from '@app/event-store';
import { ReadModelReader } from '@app/platform/projections';
import { DEADLINE_SCHEDULE, DeadlineSweep, SCHEDULE_KEYS, STEP_EVENT_TYPES, deadlineJobId, notificationJobId } from '@app/follow-up/processing';
import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { waitUntil } from '../follow-up/support/step-events';
import { WebhookReceiver } from '../follow-up/support/webhook-receiver';
import { startWorkers, type WorkerHarness } from '../follow-up/support/worker-harness';

jest.setTimeout(60_000);

const DAY = 86_400_000;
const TARGET = 'webhook-late-records';
/** Entered on 20 Nov 2026, 11:00 WITA. */
const NOW = Date.parse('2026-11-20T03:00:00.000Z');
/** A 2023 recommendation due 17 Mar 2023: its due instant is the end of that day in WITA. */
const DUE_ON = '2023-03-17';
const DUE_AT = '2023-03-17T16:00:00.000Z';

/**
 * A record entered years late, over HTTP, followed by the real deadline reactor, schedule,
 * sweep, BullMQ workers and webhook notifications on a private Redis: nothing of its past is
 * replayed; its ladder runs from when it was entered.
 */
describe('records entered late: the deadline workers do not replay their past', () => {
  let server: PrivateRedis;
  let receiver: WebhookReceiver;
  let h: WorkerHarness;
  let api: ApiHarness;
  let officer: Record<string, string>;

  beforeAll(async () => {
    server = await startPrivateRedis();
    receiver = await WebhookReceiver.start();
    receiver.failFirst = 0;
    h = await startWorkers(server.url, { now: new Date(NOW), notifications: { webhooks: [{ id: TARGET, url: receiver.url }], webhookSecret: 'late-records-secret-0123456789', email: null } });
    await waitUntil(async () => (await h.redis.get(`${h.keyPrefix}deadlines:reactor:checkpoint`)) !== null, 'the reactor to start');
    // The API writes to the log the workers follow; both clocks move together (setNow).
    api = await startApi({ store: h.store, now: new Date(NOW) });
    const admin = bearer(await api.token({ role: 'admin' }));
    officer = bearer(await api.token({ role: 'officer', provinces: ['64'], sub: 'asisten-kaltim' }));
    for (const body of [
      { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' },
      { code: '64.09', name: 'Kabupaten Penajam Paser Utara', kind: 'kabupaten', timezone: 'WITA' },
    ]) expect((await post('/v1/entities', body, admin)).status).toBe(201);
    expect((await post('/v1/entities/64.09/units', { unitId: 'dpmptsp', name: 'DPMPTSP' }, admin)).status).toBeLessThan(300);
  });
  afterAll(async () => {
    await api?.close();
    await h?.close();
    await receiver?.stop();
    await server?.stop();
  });

  async function post(url: string, payload: object, headers: Record<string, string>) {
    const res = await api.app.inject({ method: 'POST', url, payload, headers });
    return { status: res.statusCode, body: res.json() };
  }
  const setNow = (at: number) => {
    h.clock.set(new Date(at));
    api.clock.set(new Date(at));
  };
  const issueLate = async (title: string): Promise<string> => {
    const res = await post(
      '/v1/recommendations',
      { entityCode: '64.09', unitId: 'dpmptsp', kind: 'rekomendasi', source: { type: 'lahp', ref: 'LAHP-0007/ORI-KALTIM/I/2023' }, title, issuedOn: '2023-01-16', dueOn: DUE_ON },
      officer,
    );
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const stepsOf = async (id: string): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for await (const e of h.store.readAll({ filter: { eventTypes: [...STEP_EVENT_TYPES] } })) if (e.stream === `recommendation-${id}`) events.push(e);
    return events;
  };
  const ofType = (events: RecordedEvent[], type: string) => events.filter((e) => e.type === type);
  const levels = async (id: string) => ofType(await stepsOf(id), 'DeadlineEscalated').map((e) => (e.data as { level: number }).level);
  const pending = async (id: string): Promise<Record<string, number>> => {
    const view = await h.app.get(ReadModelReader).active(DEADLINE_SCHEDULE);
    const flat = view ? await h.redis.zrange(view.key(SCHEDULE_KEYS.pending), 0, -1, 'WITHSCORES') : [];
    const mine: Record<string, number> = {};
    for (let i = 0; i < flat.length; i += 2) if (flat[i].startsWith(`recommendation-${id}|`)) mine[flat[i].split('|')[1]] = Number(flat[i + 1]);
    return mine;
  };
  const notificationJob = (event: RecordedEvent) => h.queues.notifications.getJob(notificationJobId(event.id, TARGET));
  const job = (id: string, step: string) => h.queues.deadlines.getJob(deadlineJobId(`recommendation-${id}`, 1, step));

  let a: string;

  it('records one overdue mark dated at the due instant, no reminder, and starts the ladder at the recording, notifying only that live rung', async () => {
    a = await issueLate('Publikasikan standar pelayanan (2023)');
    await waitUntil(async () => (await levels(a)).includes(1), 'escalation rung 1 from the recording time');
    const steps = await stepsOf(a);

    const marks = ofType(steps, 'DeadlineMarkedOverdue');
    expect(marks).toHaveLength(1);
    expect(marks[0].data).toEqual({ subjectId: a, deadlineVersion: 1, dueAt: DUE_AT, markedAt: DUE_AT, recordedLate: true });
    expect(marks[0].metadata.occurredAt).toBe(DUE_AT);
    expect(ofType(steps, 'DeadlineReminderSent')).toEqual([]);
    // Rung 1 (unit head, 0 days) is measured from the recording, so it is due now: really happening, and notified.
    expect(ofType(steps, 'DeadlineEscalated').map((e) => e.data)).toEqual([{ subjectId: a, deadlineVersion: 1, level: 1, to: 'unit_head', escalatedAt: new Date(NOW).toISOString() }]);

    const [rung1] = ofType(steps, 'DeadlineEscalated');
    await waitUntil(() => receiver.acknowledged(rung1.id) === 1, 'the rung 1 notification');
    expect(await notificationJob(marks[0])).toBeUndefined();
    expect(receiver.deliveries.filter((d) => d.eventId === marks[0].id)).toEqual([]);

    // The rest of the ladder runs from the recording: 14, 30 and 60 days after it, not after 2023.
    await waitUntil(async () => Object.keys(await pending(a)).length === 3, 'the schedule to hold rungs 2–4');
    expect(await pending(a)).toEqual({ 'escalation-2': NOW + 14 * DAY, 'escalation-3': NOW + 30 * DAY, 'escalation-4': NOW + 60 * DAY });
  });

  let b: string;

  it('records an escalation that happened outside the system, with its date, and the workers continue from it without notifying it', async () => {
    b = await issueLate('Lengkapi maklumat pelayanan (2023)');
    await waitUntil(async () => (await levels(b)).includes(1), 'escalation rung 1 of the second record');
    const url = `/v1/recommendations/${b}/escalations`;

    const skipped = await post(url, { level: 3, escalatedOn: '2023-06-01' }, officer);
    expect([skipped.status, skipped.body.code]).toEqual([409, 'EscalationRungSkipped']);
    const again = await post(url, { level: 1, escalatedOn: '2023-06-01' }, officer);
    expect([again.status, again.body.code]).toEqual([409, 'EscalationAlreadyRecorded']);
    const onDueDate = await post(url, { level: 2, escalatedOn: DUE_ON }, officer);
    expect([onDueDate.status, onDueDate.body.code]).toEqual([422, 'EscalationBeforeDue']);
    expect(onDueDate.body.errors).toEqual([expect.objectContaining({ field: 'escalatedOn' })]);
    const tomorrow = await post(url, { level: 2, escalatedOn: '2026-11-21' }, officer);
    expect([tomorrow.status, tomorrow.body.code]).toEqual([422, 'EscalationDateInFuture']);
    const offLadder = await post(url, { level: 9, escalatedOn: '2023-06-01' }, officer);
    expect([offLadder.status, offLadder.body.code]).toEqual([422, 'UnknownEscalationLevel']);
    const liaison = bearer(await api.token({ role: 'liaison', entity: '64.09', sub: 'organisasi-ppu' }));
    expect((await post(url, { level: 2, escalatedOn: '2023-06-01' }, liaison)).status).toBe(403);
    const elsewhere = bearer(await api.token({ role: 'officer', provinces: ['17'], sub: 'asisten-bengkulu' }));
    expect((await post(url, { level: 2, escalatedOn: '2023-06-01' }, elsewhere)).status).toBeGreaterThanOrEqual(403);

    const recorded = await post(url, { level: 2, escalatedOn: '2023-06-01', note: 'Surat 700/112/Itda/2023' }, officer);
    expect(recorded.status).toBe(200);
    const [historical] = ofType(await stepsOf(b), 'DeadlineEscalated').filter((e) => (e.data as { level: number }).level === 2);
    // Dated on its business date: the last millisecond of 1 Jun 2023 in WITA.
    expect(historical.data).toEqual({
      subjectId: b, deadlineVersion: 1, level: 2, to: 'regional_secretary', escalatedAt: '2023-06-01T15:59:59.999Z', recorded: true, recordedBy: 'asisten-kaltim', note: 'Surat 700/112/Itda/2023',
    });
    expect(historical.metadata.occurredAt).toBe('2023-06-01T15:59:59.999Z');
    // The schedule continues from rung 3; the recorded rung is history, never notified.
    await waitUntil(async () => !('escalation-2' in (await pending(b))), 'the schedule to drop rung 2');
    expect(await pending(b)).toEqual({ 'escalation-3': NOW + 30 * DAY, 'escalation-4': NOW + 60 * DAY });
    await waitUntil(async () => BigInt((await h.redis.get(`${h.keyPrefix}deadlines:reactor:checkpoint`)) ?? '0') >= historical.position, 'the reactor to pass the recorded escalation');
    expect(await notificationJob(historical)).toBeUndefined();
  });

  it('reaches rung 2 fourteen days after the recording, not before, and never redoes a recorded rung', async () => {
    setNow(NOW + 14 * DAY - 60_000);
    await h.app.get(DeadlineSweep).run();
    await waitUntil(async () => (await (await job(a, 'escalation-2'))?.getState()) === 'delayed', 'the rung 2 job to wait for its instant');
    const woke = (await job(a, 'escalation-2'))?.attemptsStarted ?? 0;
    await waitUntil(async () => ((await job(a, 'escalation-2'))?.attemptsStarted ?? 0) >= woke + 2, 'the rung 2 job to wake early and sleep again');
    expect(await levels(a)).toEqual([1]);

    setNow(NOW + 14 * DAY);
    await waitUntil(async () => (await levels(a)).includes(2), 'rung 2 at fourteen days from the recording');
    const rung2 = ofType(await stepsOf(a), 'DeadlineEscalated').find((e) => (e.data as { level: number }).level === 2)!;
    expect((rung2.data as { escalatedAt: string }).escalatedAt).toBe(new Date(NOW + 14 * DAY).toISOString());
    await waitUntil(() => receiver.acknowledged(rung2.id) === 1, 'the rung 2 notification');

    // The record whose rung 2 was recorded by hand gets no second one.
    await h.app.get(DeadlineSweep).run();
    await waitUntil(async () => !(await h.queues.deadlines.getJobs(['active', 'waiting', 'delayed', 'prioritized'])).some((j) => j?.id?.startsWith(`recommendation-${b}|v1|escalation-2`)), 'no rung 2 job for the second record');
    expect(await levels(b)).toEqual([1, 2]);
  });

  it('lists the late record in the overdue queue as late, with its overdue mark dated at the due instant', async () => {
    const item = async () => {
      const res = await api.app.inject({ method: 'GET', url: '/v1/follow-up/overdue?limit=50', headers: officer });
      return (res.json() as { items: Array<{ id: string; late: boolean; overdue: boolean; overdueMarkedAt: string | null }> }).items.find((i) => i.id === a);
    };
    await waitUntil(async () => (await item())?.overdueMarkedAt === DUE_AT, 'the read model to hold the overdue mark');
    expect(await item()).toMatchObject({ overdue: true, late: true, overdueMarkedAt: DUE_AT });
  });
});
