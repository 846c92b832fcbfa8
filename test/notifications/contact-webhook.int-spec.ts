import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedEvent } from '@app/event-store';
import { dateInZone } from '@app/kernel';
import { MemoryContactDirectory } from '@app/contacts/testing';
import { STEP_EVENT_TYPES, verifyWebhook, type ContactWebhookBody, type DeliveryView } from '@app/follow-up/processing';
import { startWorkers, type WorkerHarness } from '../follow-up/support/worker-harness';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { waitUntil } from '../support/wait-until';
import { SmtpSink } from './support/smtp-sink';

jest.setTimeout(60_000);

const SECRET = 'a-contact-webhook-secret';
const DAY = 86_400_000;

/** A contact's own receiver on the loopback host: keeps what it was sent, answers `status`. */
class HookReceiver {
  readonly received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
  status = 200;
  private constructor(private readonly server: Server) {}

  static async start(): Promise<HookReceiver> {
    const receiver: HookReceiver = new HookReceiver(
      createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          receiver.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
          response.writeHead(receiver.status).end();
        });
      }),
    );
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/ombudsman`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('a contact who prefers a webhook is reached there, signed like the feed, and recorded per channel', () => {
  let redis: PrivateRedis;
  let smtp: SmtpSink;
  let hook: HookReceiver;
  let h: WorkerHarness;
  const directory = new MemoryContactDirectory();

  beforeAll(async () => {
    redis = await startPrivateRedis();
    smtp = await SmtpSink.start();
    hook = await HookReceiver.start();
    directory.add({ contactId: 'sipp', role: 'liaison', entityCode: '64.01', provinceCode: '64', name: 'SIPP Kabupaten Paser', email: 'sipp@paserkab.go.id', channel: 'webhook', webhookUrl: hook.url });
    directory.add({ contactId: 'kadis', role: 'unit_head', entityCode: '64.01', provinceCode: '64', name: 'Kepala DPMPTSP', email: 'kadis@paserkab.go.id' });
    h = await startWorkers(redis.url, {
      now: new Date('2025-06-01T03:00:00.000Z'),
      settings: { notifyAttempts: 2, notifyBackoffMs: 50 },
      notifications: { webhooks: [], webhookSecret: SECRET, email: null, smtp: { smtpUrl: smtp.url, from: 'Ombudsman RI <noreply@ombudsman.go.id>' }, consoleBaseUrl: 'https://konsol.ombudsman.go.id' },
      contactDirectory: directory,
      dataDirPrefix: 'contact-webhook-',
    });
    await waitUntil(async () => (await h.redis.get(`${h.keyPrefix}deadlines:reactor:checkpoint`)) !== null, 'the reactor to start');
  });
  afterAll(async () => {
    await h.close();
    await hook.stop();
    await smtp.stop();
    await redis.stop();
  });

  const overdueOf = async (id: string): Promise<RecordedEvent> => {
    let found: RecordedEvent | undefined;
    await waitUntil(async () => {
      for await (const e of h.store.readAll({ filter: { eventTypes: [...STEP_EVENT_TYPES] } })) if (e.stream === `recommendation-${id}` && e.type === 'DeadlineMarkedOverdue') found = e;
      return found !== undefined;
    }, `the overdue mark of ${id}`);
    return found as RecordedEvent;
  };
  const deliveriesOf = async (id: string, event: RecordedEvent): Promise<DeliveryView[]> => {
    const token = await h.token({ sub: 'officer-1', role: 'officer' });
    const response = await h.app.inject({ method: 'GET', url: `/v1/recommendations/${id}`, headers: { authorization: `Bearer ${token}` } });
    return (response.json() as { deliveries: DeliveryView[] }).deliveries.filter((d) => d.stepEventId === event.id);
  };
  const settled = (lines: DeliveryView[]) => lines.length > 0 && lines.every((l) => l.status === 'delivered' || l.status === 'failed' || l.status === 'no_contact');
  const yesterdayInPaser = () => dateInZone(new Date(h.clock.now().getTime() - DAY), 'WITA');

  it('POSTs the step to their URL instead of e-mailing them; the others still get e-mail', async () => {
    const id = await h.recommendations.issue(yesterdayInPaser());
    const overdue = await overdueOf(id);
    await waitUntil(async () => settled(await deliveriesOf(id, overdue)), 'the overdue deliveries to settle');

    const lines = await deliveriesOf(id, overdue);
    expect(lines.map((l) => [l.role, l.channel, l.address, l.status])).toEqual([
      ['liaison', 'webhook', hook.url, 'delivered'],
      ['unit_head', 'email', 'kadis@paserkab.go.id', 'delivered'],
      ['ombudsman_officer', null, null, 'no_contact'],
    ]);
    expect(smtp.forEvent(overdue.id).flatMap((m) => m.rcptTo)).toEqual(['kadis@paserkab.go.id']);

    const posts = hook.received.filter((r) => r.headers['x-ombudsman-event-id'] === overdue.id);
    expect(posts).toHaveLength(1);
    const [{ headers, body }] = posts;
    const timestamp = String(headers['x-ombudsman-timestamp']);
    expect(verifyWebhook(SECRET, { timestamp, signature: String(headers['x-ombudsman-signature']) }, body, Number(timestamp))).toBe(true);
    const sent = JSON.parse(body) as ContactWebhookBody;
    expect(sent).toMatchObject({ eventId: overdue.id, type: 'DeadlineMarkedOverdue', stream: `recommendation-${id}`, recipient: { contactId: 'sipp' } });
    expect(sent.message.link).toBe(`https://konsol.ombudsman.go.id/recommendations/${id}`);
    expect(sent.message.text).toContain('Yth. SIPP Kabupaten Paser,');
  });

  it('records a refusing webhook as failed with the HTTP status, after its retries, without holding up the e-mail', async () => {
    hook.status = 503;
    const id = await h.recommendations.issue(yesterdayInPaser());
    const overdue = await overdueOf(id);
    await waitUntil(async () => settled(await deliveriesOf(id, overdue)), 'the overdue deliveries to settle');
    const lines = await deliveriesOf(id, overdue);
    expect(lines.find((l) => l.channel === 'webhook')).toMatchObject({ status: 'failed', attempts: 2, reason: 'The webhook of contact sipp answered HTTP 503' });
    expect(lines.find((l) => l.channel === 'email')).toMatchObject({ status: 'delivered' });
  });
});
