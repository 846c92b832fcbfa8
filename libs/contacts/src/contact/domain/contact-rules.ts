import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { isEmail } from 'class-validator';
import { invalid } from '@app/kernel';

/**
 * The rules on a contact's own values, applied by the decider, so a request, an import row and a
 * change all pass the same ones (the request DTOs state them too, for early and complete answers).
 */

export const CONTACT_TEXT_MAX = 200;
export const EMAIL_MAX = 254;
export const REASON_MAX = 500;
export const PHONE_FORMAT = 'an Indonesian number (0812…, 62812…, +62 812…) or another country’s in E.164 (+<country code>…); digits, spaces, dashes, dots and parentheses only';
export const EMAIL_FORMAT = `an e-mail address such as kepala.dpmptsp@paserkab.go.id (at most ${EMAIL_MAX} characters)`;

/** Trimmed text of 1–`max` characters, or 422 naming the field. */
export function requireText(value: string, field: string, max = CONTACT_TEXT_MAX): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > max) {
    throw invalid('InvalidContactText', `${field} must be 1–${max} characters`, [{ field, message: trimmed === '' ? 'is empty' : `is longer than ${max} characters`, allowed: `1–${max} characters` }]);
  }
  return trimmed;
}

export function requireEmail(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length > EMAIL_MAX || !isEmail(trimmed)) {
    throw invalid('InvalidEmail', `"${trimmed}" is not an e-mail address`, [{ field: 'email', message: 'not an e-mail address', allowed: EMAIL_FORMAT }]);
  }
  return trimmed;
}

const PHONE_CHARACTERS = /^\+?[0-9 ().-]{4,30}$/;

/**
 * A phone number as E.164. Indonesian numbers are read as Indonesians write them: `0812…` and
 * `62812…` both become `+62812…`; the number must be a valid one by the numbering plan (the full
 * metadata, not only its length), so a typo is refused at entry rather than found at sending.
 */
export function normalisePhone(value: string): string {
  const trimmed = value.trim();
  const parsed = PHONE_CHARACTERS.test(trimmed) ? parsePhoneNumberFromString(trimmed, 'ID') : undefined;
  if (!parsed?.isValid()) {
    throw invalid('InvalidPhone', `"${trimmed}" is not a valid phone number`, [{ field: 'phone', message: 'not a valid phone number', allowed: PHONE_FORMAT }]);
  }
  return parsed.number;
}

export const WEBHOOK_URL_MAX = 2_000;
export const WEBHOOK_URL_FORMAT = `an https:// URL (http:// only on a loopback host: localhost, 127.0.0.1, [::1]), at most ${WEBHOOK_URL_MAX} characters, without user or password`;
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * A contact's own webhook: HTTPS, since the body names records and people; plain http only on
 * the machine itself (a local receiver, tests). Credentials belong in the signature, not the URL.
 */
export function requireWebhookUrl(value: string): string {
  const trimmed = value.trim();
  const url = trimmed.length <= WEBHOOK_URL_MAX && URL.canParse(trimmed) ? new URL(trimmed) : null;
  const allowed = url !== null && url.username === '' && url.password === '' && (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname)));
  if (!allowed) {
    throw invalid('InvalidWebhookUrl', `"${trimmed}" is not a webhook URL a contact can be reached at`, [{ field: 'webhookUrl', message: 'not an https URL (or http on a loopback host)', allowed: WEBHOOK_URL_FORMAT }]);
  }
  return url.toString();
}

/** One of `allowed`, or 422 naming the field and what it may be. */
export function requireOneOf<T extends string>(value: string, field: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalid('InvalidContactValue', `${field} ${value} is not one of ${allowed.join(', ')}`, [{ field, message: `"${value}" is not allowed`, allowed }]);
}
