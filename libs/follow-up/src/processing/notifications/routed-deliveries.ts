import { createTransport, type Transporter } from 'nodemailer';
import { nameBasedId } from '@app/event-store';
import type { Clock } from '@app/platform/clock';
import type { InboxStore } from '../../inbox/inbox-store';
import type { DeliveryLog } from '../deliveries/delivery-log';
import type { NotificationPayload, RoutedDelivery } from '../queues/job-types';
import type { ContactWebhookSender } from './notification-senders';
import { EVENT_ID_HEADER } from './webhook-signature';

/** Attempt N of M of one routed delivery (BullMQ's attemptsMade counts the ones before). */
export interface Attempt {
  number: number;
  of: number;
}

/** Where routed e-mail goes: one transport for the process, and the sender it names. */
export interface ContactMailer {
  transport: Pick<Transporter, 'sendMail'>;
  from: string;
}

/**
 * A pooled transport for SMTP_URL: a burst of steps reuses a few connections instead of opening
 * one per e-mail. Given as `pool=true` in the URL because nodemailer ignores `{ url, pool: true }`
 * (the URL's options replace the object's); a URL that says `pool=false` keeps its own choice.
 */
export function contactMailer(smtp: { smtpUrl: string; from: string }): ContactMailer {
  const url = new URL(smtp.smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  return { transport: createTransport(url.toString()), from: smtp.from };
}

/**
 * Delivers one routed message to one contact on one channel and records the outcome on the
 * subject's deliveries stream: delivered (SMTP 250, or the inbox entry written), or failed with
 * the server's reason — `final` on the last attempt, when the job is parked for an admin's retry.
 * A failure is rethrown, so BullMQ retries it; the other recipients' jobs go on meanwhile.
 */
export class RoutedDeliveries {
  constructor(
    private readonly mailer: ContactMailer | null,
    private readonly inbox: InboxStore,
    private readonly deliveries: DeliveryLog,
    private readonly clock: Clock,
    /** Contacts whose channel is webhook; without it their deliveries fail with the reason. */
    private readonly webhooks: Pick<ContactWebhookSender, 'deliver'> | null = null,
  ) {}

  async deliver(payload: NotificationPayload, delivery: RoutedDelivery, attempt: Attempt): Promise<void> {
    const steps = delivery.digestOf ?? [{ subjectStream: delivery.subjectStream, stepEventId: payload.eventId }];
    const channel = delivery.channel;
    let response: string;
    try {
      response = await this.send(payload, delivery);
    } catch (error) {
      const reason = (error as Error).message;
      const failedAt = this.clock.now().toISOString();
      // A digest's steps are reported in one commit: one record per step it lists.
      await this.deliveries.recordAll(
        steps.map((s) => ({
          subjectStream: s.subjectStream,
          event: { type: 'DeliveryFailed', data: { stepEventId: s.stepEventId, contactId: delivery.contactId, channel, attempt: attempt.number, reason, final: attempt.number >= attempt.of, failedAt } },
          name: `failed:${s.stepEventId}:${delivery.contactId}:${channel}:${attempt.number}`,
          causationId: s.stepEventId,
        })),
      );
      throw error;
    }
    const deliveredAt = this.clock.now().toISOString();
    await this.deliveries.recordAll(
      steps.map((s) => ({
        subjectStream: s.subjectStream,
        event: { type: 'DeliveryDelivered', data: { stepEventId: s.stepEventId, contactId: delivery.contactId, channel, attempt: attempt.number, response, deliveredAt } },
        name: `delivered:${s.stepEventId}:${delivery.contactId}:${channel}`,
        causationId: s.stepEventId,
      })),
    );
  }

  /** The receiving side's answer: the SMTP reply, `HTTP <status>` of a contact's webhook, or `inbox`. */
  private async send(payload: NotificationPayload, delivery: RoutedDelivery): Promise<string> {
    if (delivery.channel === 'inbox') {
      if (!delivery.userSub) throw new Error(`Contact ${delivery.contactId} is not linked to a user`);
      await this.inbox.put(delivery.userSub, {
        id: nameBasedId(`inbox:${payload.eventId}:${delivery.contactId}`),
        subjectStream: delivery.subjectStream,
        link: delivery.link,
        title: delivery.subject,
        text: delivery.text,
        at: payload.occurredAt,
      });
      return 'inbox';
    }
    if (delivery.channel === 'webhook') {
      if (!this.webhooks) throw new Error('Contact webhooks are not configured in this process');
      return this.webhooks.deliver(payload, delivery);
    }
    if (!this.mailer) throw new Error('No SMTP server is configured (SMTP_URL, NOTIFY_EMAIL_FROM)');
    const info = (await this.mailer.transport.sendMail({
      from: this.mailer.from,
      to: delivery.to?.length ? delivery.to : delivery.address,
      ...(delivery.cc?.length ? { cc: delivery.cc } : {}),
      // The envelope: only this recipient, so one refused address never holds up or repeats the others.
      envelope: { from: this.mailer.from.replace(/^.*<(.+)>$/, '$1'), to: [delivery.address] },
      subject: delivery.subject,
      text: delivery.text,
      headers: { [EVENT_ID_HEADER]: payload.eventId },
    })) as { response?: string };
    return info.response ?? '250';
  }
}
