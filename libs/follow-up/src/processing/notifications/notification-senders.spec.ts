import { ManualClock } from '@app/platform/clock';
import type { NotificationPayload } from '../queues/job-types';
import { ContactWebhookSender, EmailSender, WebhookSender, emailSubject, type ContactWebhookBody } from './notification-senders';
import { verifyWebhook } from './webhook-signature';

const payload: NotificationPayload = {
  eventId: 'e1',
  type: 'DeadlineEscalated',
  stream: 'recommendation-r1',
  data: { subjectId: 'r1', deadlineVersion: 1, level: 2, to: 'regional_secretary', escalatedAt: '2025-05-23T16:00:00.000Z' },
  occurredAt: '2025-05-23T16:00:00.000Z',
};
const secret = 'a-secret-of-16-chars';
const clock = new ManualClock(new Date('2025-05-23T16:00:05.000Z'));

describe('WebhookSender', () => {
  it('POSTs the JSON payload with the event id, timestamp and a signature the receiver can verify', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const post = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    await new WebhookSender({ id: 'webhook-1', url: 'https://hooks.example/o' }, secret, clock, post).deliver(payload);
    const [{ url, init }] = calls;
    const headers = init.headers as Record<string, string>;
    expect(url).toBe('https://hooks.example/o');
    expect(JSON.parse(init.body as string)).toEqual(payload);
    expect(headers['X-Ombudsman-Event-Id']).toBe('e1');
    expect(headers['X-Ombudsman-Timestamp']).toBe('1748016005');
    expect(verifyWebhook(secret, { timestamp: headers['X-Ombudsman-Timestamp'], signature: headers['X-Ombudsman-Signature'] }, init.body as string, 1_748_016_005)).toBe(true);
  });

  it('fails on anything but 2xx, so the job retries', async () => {
    const post = (async () => new Response('busy', { status: 503 })) as typeof fetch;
    await expect(new WebhookSender({ id: 'webhook-1', url: 'https://hooks.example/o' }, secret, clock, post).deliver(payload)).rejects.toThrow(
      'Webhook webhook-1 answered HTTP 503',
    );
  });
});

describe('ContactWebhookSender', () => {
  const delivery = { contactId: 'sipp-paser', address: 'https://sipp.paserkab.go.id/hooks/ombudsman', subject: 'Eskalasi tingkat 2', text: 'Yth. Sekda…', link: 'https://konsol/r1', template: 'id/escalation@1' };

  it("POSTs the step and the contact's worded message to the contact's own URL, signed like the feed, and answers the status for the record", async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const post = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(null, { status: 202 });
    }) as typeof fetch;
    expect(await new ContactWebhookSender(secret, clock, post).deliver(payload, delivery)).toBe('HTTP 202');
    const [{ url, init }] = calls;
    const headers = init.headers as Record<string, string>;
    expect(url).toBe(delivery.address);
    expect(JSON.parse(init.body as string) as ContactWebhookBody).toEqual({
      ...payload,
      recipient: { contactId: 'sipp-paser' },
      message: { subject: 'Eskalasi tingkat 2', text: 'Yth. Sekda…', link: 'https://konsol/r1', template: 'id/escalation@1' },
    });
    expect(headers['X-Ombudsman-Event-Id']).toBe('e1');
    expect(verifyWebhook(secret, { timestamp: headers['X-Ombudsman-Timestamp'], signature: headers['X-Ombudsman-Signature'] }, init.body as string, 1_748_016_005)).toBe(true);
  });

  it('sends nothing unsigned or nowhere: without a secret or a URL the delivery fails with the reason', async () => {
    const post = jest.fn() as unknown as typeof fetch;
    await expect(new ContactWebhookSender('', clock, post).deliver(payload, delivery)).rejects.toThrow(/WEBHOOK_SECRET is not set/);
    await expect(new ContactWebhookSender(secret, clock, post).deliver(payload, { ...delivery, address: '' })).rejects.toThrow('Contact sipp-paser has no webhook URL on record');
    expect(post).not.toHaveBeenCalled();
  });

  it('fails naming the contact on anything but 2xx, so the delivery is retried and recorded failed', async () => {
    const post = (async () => new Response('gone', { status: 410 })) as typeof fetch;
    await expect(new ContactWebhookSender(secret, clock, post).deliver(payload, delivery)).rejects.toThrow('The webhook of contact sipp-paser answered HTTP 410');
  });
});

describe('EmailSender', () => {
  it('mails the configured addresses with a subject that says what happened', async () => {
    const mails: unknown[] = [];
    const sender = new EmailSender(
      { id: 'email', smtpUrl: 'smtp://mail.example', from: 'noreply@ombudsman.go.id', to: ['kaltim@ombudsman.go.id'] },
      { sendMail: async (mail: unknown) => void mails.push(mail) } as never,
    );
    await sender.deliver(payload);
    expect(mails).toEqual([
      expect.objectContaining({
        from: 'noreply@ombudsman.go.id',
        to: ['kaltim@ombudsman.go.id'],
        subject: '[Ombudsman RI] Escalated to regional_secretary (level 2): recommendation-r1',
        headers: { 'X-Ombudsman-Event-Id': 'e1' },
      }),
    ]);
  });

  it('words reminders and overdue marks', () => {
    expect(emailSubject({ ...payload, type: 'DeadlineMarkedOverdue', data: { dueAt: '2025-05-09T16:00:00.000Z' } })).toBe(
      '[Ombudsman RI] Overdue: recommendation-r1 was due 2025-05-09T16:00:00.000Z',
    );
    expect(emailSubject({ ...payload, type: 'DeadlineReminderSent', data: { dueAt: '2025-05-09T16:00:00.000Z', daysBefore: 7 } })).toBe(
      '[Ombudsman RI] Reminder: recommendation-r1 is due 2025-05-09T16:00:00.000Z (7 days left)',
    );
  });
});
