import { createTransport, type Transporter } from 'nodemailer';
import type { Clock } from '@app/platform/clock';
import type { NotificationPayload } from '../queues/job-types';
import type { EmailTarget, NotificationSettings, WebhookTarget } from './notification-settings';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhook } from './webhook-signature';

/** Delivers one notification to one target; throws when it did not arrive (the job retries). */
export interface NotificationSender {
  deliver(payload: NotificationPayload): Promise<void>;
}

const WEBHOOK_TIMEOUT_MS = 10_000;

export class WebhookSender implements NotificationSender {
  constructor(
    private readonly target: WebhookTarget,
    private readonly secret: string,
    private readonly clock: Clock,
    private readonly post: typeof fetch = fetch,
  ) {}

  /** Only a 2xx answer counts as delivered. */
  async deliver(payload: NotificationPayload): Promise<void> {
    const body = JSON.stringify(payload);
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const response = await this.post(this.target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [EVENT_ID_HEADER]: payload.eventId,
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(this.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`Webhook ${this.target.id} answered HTTP ${response.status}`);
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
