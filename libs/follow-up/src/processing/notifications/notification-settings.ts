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
}

export const NOTIFICATION_SETTINGS = Symbol('NotificationSettings');

export class NotificationSettingsError extends Error {
  override name = 'NotificationSettingsError';
}

type Env = Record<string, string | undefined>;

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

/**
 * WEBHOOK_URLS (comma-separated http(s) URLs) with WEBHOOK_SECRET; e-mail when SMTP_URL is set,
 * with NOTIFY_EMAIL_FROM and NOTIFY_EMAIL_TO (comma-separated). Nothing set: no notifications.
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
    email: emailTarget(env),
  };
}

function emailTarget(env: Env): EmailTarget | null {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return null;
  if (!URL.canParse(smtpUrl) || !/^smtps?:$/.test(new URL(smtpUrl).protocol)) {
    throw new NotificationSettingsError('SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.org:587');
  }
  const from = env.NOTIFY_EMAIL_FROM?.trim() ?? '';
  const to = list(env.NOTIFY_EMAIL_TO);
  if (!EMAIL.test(from.replace(/^.*<(.+)>$/, '$1'))) {
    throw new NotificationSettingsError('NOTIFY_EMAIL_FROM must be an address (e.g. "Ombudsman RI <noreply@ombudsman.go.id>") when SMTP_URL is set');
  }
  const bad = to.filter((address) => !EMAIL.test(address));
  if (to.length === 0 || bad.length > 0) {
    throw new NotificationSettingsError(`NOTIFY_EMAIL_TO must list one or more addresses, comma-separated, when SMTP_URL is set${bad.length ? `; not addresses: ${bad.join(', ')}` : ''}`);
  }
  return { id: 'email', smtpUrl, from, to };
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Every configured target id. */
export const targetIds = (settings: NotificationSettings): string[] => [...settings.webhooks.map((w) => w.id), ...(settings.email ? [settings.email.id] : [])];
