import type { ContactDirectory } from '@app/contacts';
import type { NotificationSettings, ProcessingSettings } from '@app/follow-up/processing';
import { startWorkers, type WorkerHarness } from '../../follow-up/support/worker-harness';

export type RoutingHarness = WorkerHarness;

/**
 * The worker harness with routing on: a contact directory the test holds and e-mail to a real
 * SMTP server; its HTTP routes (the record's view, the inbox, the admin retry) answer through inject().
 */
export function startRouting(
  redisUrl: string,
  options: { now: Date; directory: ContactDirectory; smtpUrl: string; settings?: Partial<ProcessingSettings> },
): Promise<RoutingHarness> {
  const notifications: NotificationSettings = {
    webhooks: [],
    webhookSecret: '',
    email: null,
    smtp: { smtpUrl: options.smtpUrl, from: 'Ombudsman RI <noreply@ombudsman.go.id>' },
    consoleBaseUrl: 'https://konsol.ombudsman.go.id',
  };
  return startWorkers(redisUrl, { now: options.now, settings: options.settings, notifications, contactDirectory: options.directory, dataDirPrefix: 'routing-' });
}
