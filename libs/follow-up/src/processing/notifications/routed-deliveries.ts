import type { Transporter } from 'nodemailer';
import { nameBasedId } from '@app/event-store';
import type { Clock } from '@app/platform/clock';
import type { InboxStore } from '../../inbox/inbox-store';
import type { DeliveryLog } from '../deliveries/delivery-log';
import type { NotificationPayload, RoutedDelivery } from '../queues/job-types';
import { EVENT_ID_HEADER } from './webhook-signature';

/** Attempt N of M of one routed delivery (BullMQ's attemptsMade counts the ones before). */
export interface Attempt {
  number: number;
  of: number;
}

/**
 * Delivers one routed message to one contact on one channel and records the outcome on the
 * subject's deliveries stream: delivered (SMTP 250, or the inbox entry written), or failed with
 * the server's reason — `final` on the last attempt, when the job is parked for an admin's retry.
 * A failure is rethrown, so BullMQ retries it; the other recipients' jobs go on meanwhile.
 */
export class RoutedDeliveries {
  constructor(
    private readonly mailer: { transport: Pick<Transporter, 'sendMail'>; from: string } | null,
    private readonly inbox: InboxStore,
    private readonly deliveries: DeliveryLog,
    private readonly clock: Clock,
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
      for (const s of steps) {
        await this.deliveries.record(
          s.subjectStream,
          { type: 'DeliveryFailed', data: { stepEventId: s.stepEventId, contactId: delivery.contactId, channel, attempt: attempt.number, reason, final: attempt.number >= attempt.of, failedAt } },
          `failed:${s.stepEventId}:${delivery.contactId}:${channel}:${attempt.number}`,
          s.stepEventId,
        );
      }
      throw error;
    }
    const deliveredAt = this.clock.now().toISOString();
    for (const s of steps) {
      await this.deliveries.record(
        s.subjectStream,
        { type: 'DeliveryDelivered', data: { stepEventId: s.stepEventId, contactId: delivery.contactId, channel, attempt: attempt.number, response, deliveredAt } },
        `delivered:${s.stepEventId}:${delivery.contactId}:${channel}`,
        s.stepEventId,
      );
    }
  }

  /** The receiving side's answer: the SMTP reply, or `inbox`. */
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
