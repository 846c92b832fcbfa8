import { ManualClock } from '@app/platform/clock';
import type { InboxStore } from '../../inbox/inbox-store';
import type { DeliveryLog, DeliveryRecord } from '../deliveries/delivery-log';
import type { DeliveryEvent } from '../deliveries/delivery.events';
import type { NotificationPayload, RoutedDelivery } from '../queues/job-types';
import { RoutedDeliveries, contactMailer } from './routed-deliveries';

const payload: NotificationPayload = { eventId: 'e1', type: 'DeadlineEscalated', stream: 'recommendation-r1', data: {}, occurredAt: '2025-06-13T16:00:00.000Z' };
const delivery: RoutedDelivery = {
  subjectStream: 'recommendation-r1',
  contactId: 'siti',
  channel: 'email',
  address: 'siti@paserkab.go.id',
  userSub: null,
  to: ['sekda@paserkab.go.id'],
  cc: ['siti@paserkab.go.id'],
  subject: 'Eskalasi tingkat 2',
  text: 'Tembusan: …\n',
  link: 'https://konsol.ombudsman.go.id/recommendations/r1',
  template: 'id/escalation@1',
};

function harness(send: () => Promise<unknown>) {
  const recorded: Array<{ stream: string; event: DeliveryEvent }> = [];
  const mails: unknown[] = [];
  const log = { recordAll: async (records: DeliveryRecord[]) => void recorded.push(...records.map((r) => ({ stream: r.subjectStream, event: r.event }))) } as unknown as DeliveryLog;
  const transport = { sendMail: async (mail: unknown) => (mails.push(mail), send()) };
  const deliveries = new RoutedDeliveries({ transport, from: 'Ombudsman RI <noreply@ombudsman.go.id>' }, {} as InboxStore, log, new ManualClock(new Date('2025-06-13T16:00:05.000Z')));
  return { deliveries, recorded, mails };
}

describe('routed deliveries', () => {
  it('sends to this recipient only, shows the step’s To and Cc, and records the SMTP reply', async () => {
    const { deliveries, recorded, mails } = harness(async () => ({ response: '250 2.0.0 OK queued' }));
    await deliveries.deliver(payload, delivery, { number: 1, of: 3 });
    expect(mails).toEqual([
      expect.objectContaining({ to: ['sekda@paserkab.go.id'], cc: ['siti@paserkab.go.id'], envelope: { from: 'noreply@ombudsman.go.id', to: ['siti@paserkab.go.id'] } }),
    ]);
    expect(recorded).toEqual([
      {
        stream: 'recommendation-r1',
        event: { type: 'DeliveryDelivered', data: { stepEventId: 'e1', contactId: 'siti', channel: 'email', attempt: 1, response: '250 2.0.0 OK queued', deliveredAt: '2025-06-13T16:00:05.000Z' } },
      },
    ]);
  });

  it('records a refusal with its reason and rethrows it (BullMQ retries); the last attempt is final', async () => {
    const { deliveries, recorded } = harness(async () => Promise.reject(new Error("Can't send mail - all recipients were rejected: 550 Mailbox unavailable")));
    await expect(deliveries.deliver(payload, delivery, { number: 2, of: 3 })).rejects.toThrow('550');
    await expect(deliveries.deliver(payload, delivery, { number: 3, of: 3 })).rejects.toThrow('550');
    expect(recorded.map((r) => r.event.data)).toEqual([
      expect.objectContaining({ attempt: 2, final: false, reason: expect.stringContaining('550 Mailbox unavailable') }),
      expect.objectContaining({ attempt: 3, final: true }),
    ]);
  });

  it('fails, and so parks rather than drops, when no SMTP server is configured', async () => {
    const recorded: DeliveryEvent[] = [];
    const log = { recordAll: async (records: DeliveryRecord[]) => void recorded.push(...records.map((r) => r.event)) } as unknown as DeliveryLog;
    const deliveries = new RoutedDeliveries(null, {} as InboxStore, log, new ManualClock(new Date('2025-06-13T16:00:05.000Z')));
    await expect(deliveries.deliver(payload, delivery, { number: 1, of: 1 })).rejects.toThrow(/No SMTP server is configured/);
    expect(recorded[0]).toMatchObject({ type: 'DeliveryFailed', data: { final: true } });
  });

  it('reuses SMTP connections (a pool) unless the URL says pool=false', () => {
    const kind = (smtpUrl: string) => {
      const { transport } = contactMailer({ smtpUrl, from: 'Ombudsman RI <noreply@ombudsman.go.id>' });
      const { transporter } = transport as unknown as { transporter: { name: string; close?: () => void } };
      transporter.close?.();
      return transporter.name;
    };
    expect(kind('smtp://mail.ombudsman.go.id:587')).toBe('SMTP (pool)');
    expect(kind('smtp://mail.ombudsman.go.id:587?pool=false')).toBe('SMTP');
  });
});
