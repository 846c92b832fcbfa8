import { createHash } from 'node:crypto';

export interface WebhookTarget {
  /** `webhook-<first 12 hex of SHA-256(url)>`: stable when the list is reordered. */
  id: string;
  url: string;
}

export interface EmailTarget {
  id: 'email';
  smtpUrl: string;
  from: string;
  to: string[];
}

export interface NotificationSettings {
  webhooks: WebhookTarget[];
  /** WEBHOOK_SECRET; required when there are webhooks. */
  webhookSecret: string;
  email: EmailTarget | null;
  /** SMTP_URL and NOTIFY_EMAIL_FROM: the server and sender of the e-mail routed to contacts (NOTIFY_EMAIL_TO not needed). */
  smtp?: { smtpUrl: string; from: string } | null;
  /** CONSOLE_BASE_URL: messages link to the record there. Default http://127.0.0.1:3000. */
  consoleBaseUrl?: string;
}

export const NOTIFICATION_SETTINGS = Symbol('NotificationSettings');

export class NotificationSettingsError extends Error {
  override name = 'NotificationSettingsError';
}

type Env = Record<string, string | undefined>;

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

/**
 * WEBHOOK_URLS (comma-separated http(s) URLs) with WEBHOOK_SECRET; e-mail when SMTP_URL is set,
 * with NOTIFY_EMAIL_FROM and, for a feed of every step, NOTIFY_EMAIL_TO (comma-separated).
 * Nothing set: no notifications but the in-app inbox.
 */
export function loadNotificationSettings(env: Env = process.env): NotificationSettings {
  const urls = list(env.WEBHOOK_URLS);
  for (const url of urls) {
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      throw new NotificationSettingsError(`WEBHOOK_URLS: ${url} is not an http(s) URL; expected e.g. https://example.org/hooks/ombudsman`);
    }
  }
  const webhookSecret = env.WEBHOOK_SECRET?.trim() ?? '';
  if (urls.length > 0 && webhookSecret.length < 16) {
    throw new NotificationSettingsError('WEBHOOK_SECRET must be set (at least 16 characters) when WEBHOOK_URLS is: every delivery is signed with it');
  }
  return {
    webhooks: [...new Set(urls)].map((url) => ({ id: `webhook-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`, url })),
    webhookSecret,
    ...emailSettings(env),
    consoleBaseUrl: consoleBaseUrl(env),
  };
}

function consoleBaseUrl(env: Env): string {
  const url = env.CONSOLE_BASE_URL?.trim() || 'http://127.0.0.1:3000';
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new NotificationSettingsError(`CONSOLE_BASE_URL: ${url} is not an http(s) URL; expected e.g. https://konsol.ombudsman.go.id`);
  }
  return url;
}

function emailSettings(env: Env): Pick<NotificationSettings, 'email' | 'smtp'> {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return { email: null, smtp: null };
  if (!URL.canParse(smtpUrl) || !/^smtps?:$/.test(new URL(smtpUrl).protocol)) {
    throw new NotificationSettingsError('SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.org:587');
  }
  const from = env.NOTIFY_EMAIL_FROM?.trim() ?? '';
  const to = list(env.NOTIFY_EMAIL_TO);
  if (!EMAIL.test(from.replace(/^.*<(.+)>$/, '$1'))) {
    throw new NotificationSettingsError('NOTIFY_EMAIL_FROM must be an address (e.g. "Ombudsman RI <noreply@ombudsman.go.id>") when SMTP_URL is set');
  }
  const bad = to.filter((address) => !EMAIL.test(address));
  if (bad.length > 0) {
    throw new NotificationSettingsError(`NOTIFY_EMAIL_TO must list addresses, comma-separated; not addresses: ${bad.join(', ')}`);
  }
  // Without NOTIFY_EMAIL_TO there is no e-mail feed of every step; contacts are still mailed.
  return { email: to.length > 0 ? { id: 'email', smtpUrl, from, to } : null, smtp: { smtpUrl, from } };
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Every configured target id. */
export const targetIds = (settings: NotificationSettings): string[] => [...settings.webhooks.map((w) => w.id), ...(settings.email ? [settings.email.id] : [])];
