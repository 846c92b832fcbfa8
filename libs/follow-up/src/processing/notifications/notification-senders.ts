import { createTransport, type Transporter } from 'nodemailer';
import type { Clock } from '@app/platform/clock';
import type { NotificationPayload, RoutedDelivery } from '../queues/job-types';
import type { EmailTarget, NotificationSettings, WebhookTarget } from './notification-settings';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhook } from './webhook-signature';

/** Delivers one notification to one target; throws when it did not arrive (the job retries). */
export interface NotificationSender {
  deliver(payload: NotificationPayload): Promise<void>;
}

const WEBHOOK_TIMEOUT_MS = 10_000;
/** As WEBHOOK_SECRET must be for the feed (notification-settings). */
const MIN_SECRET_LENGTH = 16;

/**
 * POSTs a JSON body signed as every webhook of this system is (see webhook-signature.ts) and
 * answers the HTTP status; only a 2xx counts as delivered, anything else throws (the job retries).
 */
async function postSigned(post: typeof fetch, url: string, secret: string, clock: Clock, eventId: string, body: string, what: string): Promise<number> {
  const timestamp = Math.floor(clock.now().getTime() / 1000);
  const response = await post(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [EVENT_ID_HEADER]: eventId,
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
    },
    body,
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`${what} answered HTTP ${response.status}`);
  return response.status;
}

export class WebhookSender implements NotificationSender {
  constructor(
    private readonly target: WebhookTarget,
    private readonly secret: string,
    private readonly clock: Clock,
    private readonly post: typeof fetch = fetch,
  ) {}

  async deliver(payload: NotificationPayload): Promise<void> {
    await postSigned(this.post, this.target.url, this.secret, this.clock, payload.eventId, JSON.stringify(payload), `Webhook ${this.target.id}`);
  }
}

/** What a contact's own webhook receives: the step as the integration feed has it, and the message worded for this contact. */
export interface ContactWebhookBody extends NotificationPayload {
  recipient: { contactId: string };
  message: { subject: string; text: string; link: string; template: string };
}

/**
 * Reaches a contact whose channel is `webhook` at their own URL, signed with the same secret and
 * headers as the integration feed, so a receiver verifies both alike. Answers `HTTP <status>`
 * for the delivery record.
 */
export class ContactWebhookSender {
  constructor(
    private readonly secret: string,
    private readonly clock: Clock,
    private readonly post: typeof fetch = fetch,
  ) {}

  async deliver(payload: NotificationPayload, delivery: Pick<RoutedDelivery, 'contactId' | 'address' | 'subject' | 'text' | 'link' | 'template'>): Promise<string> {
    if (!URL.canParse(delivery.address)) throw new Error(`Contact ${delivery.contactId} has no webhook URL on record`);
    // Unsigned, a receiver could not tell our POST from anyone's: better recorded failed than sent.
    if (this.secret.length < MIN_SECRET_LENGTH) throw new Error(`WEBHOOK_SECRET is not set (at least ${MIN_SECRET_LENGTH} characters): contact webhooks are signed with it`);
    const body: ContactWebhookBody = {
      ...payload,
      recipient: { contactId: delivery.contactId },
      message: { subject: delivery.subject, text: delivery.text, link: delivery.link, template: delivery.template },
    };
    const status = await postSigned(this.post, delivery.address, this.secret, this.clock, payload.eventId, JSON.stringify(body), `The webhook of contact ${delivery.contactId}`);
    return `HTTP ${status}`;
  }
}

export class EmailSender implements NotificationSender {
  constructor(
    private readonly target: EmailTarget,
    private readonly transport: Pick<Transporter, 'sendMail'> = createTransport(target.smtpUrl),
  ) {}

  async deliver(payload: NotificationPayload): Promise<void> {
    await this.transport.sendMail({
      from: this.target.from,
      to: this.target.to,
      subject: emailSubject(payload),
      text: `${emailSubject(payload)}\n\n${JSON.stringify(payload, null, 2)}\n`,
      headers: { [EVENT_ID_HEADER]: payload.eventId },
    });
  }
}

export function emailSubject({ type, stream, data }: NotificationPayload): string {
  switch (type) {
    case 'DeadlineReminderSent':
      return `[Ombudsman RI] Reminder: ${stream} is due ${String(data.dueAt)} (${String(data.daysBefore)} days left)`;
    case 'DeadlineMarkedOverdue':
      return `[Ombudsman RI] Overdue: ${stream} was due ${String(data.dueAt)}`;
    case 'DeadlineEscalated':
      return `[Ombudsman RI] Escalated to ${String(data.to)} (level ${String(data.level)}): ${stream}`;
    default:
      return `[Ombudsman RI] ${type}: ${stream}`;
  }
}

/** A sender per configured target, by target id. */
export function notificationSenders(settings: NotificationSettings, clock: Clock): Map<string, NotificationSender> {
  const senders = new Map<string, NotificationSender>(settings.webhooks.map((target) => [target.id, new WebhookSender(target, settings.webhookSecret, clock)]));
  if (settings.email) senders.set(settings.email.id, new EmailSender(settings.email));
  return senders;
}
