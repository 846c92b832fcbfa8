import type { ContactRole } from '@app/contacts';
import type { DomainEvent } from '@app/kernel';

/**
 * Delivery records live as events on `deliveries-<subject stream>` (e.g.
 * `deliveries-recommendation-r1`), written by the notification workers: part of the audited,
 * hash-chained log like the step they report on, so "who was reminded, and when" survives a
 * lost Redis and is replayable; the subject's view folds that one short stream on read.
 */
export const DELIVERIES_CATEGORY = 'deliveries';
export const deliveriesStream = (subjectStream: string): string => `${DELIVERIES_CATEGORY}-${subjectStream}`;

/** `email`: one e-mail per step; `digest`: listed in the contact's daily e-mail; `webhook`: POSTed to the contact's own URL; `inbox`: in-app, for a contact linked to a user. */
export type DeliveryChannel = 'email' | 'digest' | 'webhook' | 'inbox';

export interface RoutedRecipient {
  contactId: string;
  role: ContactRole;
  name: string;
  address: string;
  channel: DeliveryChannel;
  copy: boolean;
  /** The template that worded it, e.g. `id/overdue@1`. */
  template: string;
}

export interface NoContactEntry {
  code: 'NoContact';
  role: ContactRole;
  of: string;
  reason: string;
}

/**
 * The step was routed: each recipient is queued; roles nobody holds are named. `entityCode`
 * puts the deliveries stream in the provider's audit timeline (the provider-events index).
 */
export type DeliveriesRouted = DomainEvent<
  'DeliveriesRouted',
  { stepEventId: string; entityCode: string; step: string; stepType: string; recipients: RoutedRecipient[]; missing: NoContactEntry[]; routedAt: string }
>;
/** The recipient's server or inbox took it: SMTP 250, or the inbox entry written. */
export type DeliveryDelivered = DomainEvent<
  'DeliveryDelivered',
  { stepEventId: string; contactId: string; channel: DeliveryChannel; attempt: number; response: string; deliveredAt: string }
>;
/** An attempt failed; `final`: no attempts are left, the delivery is parked for an admin's retry. */
export type DeliveryFailed = DomainEvent<
  'DeliveryFailed',
  { stepEventId: string; contactId: string; channel: DeliveryChannel; attempt: number; reason: string; final: boolean; failedAt: string }
>;
export type DeliveryEvent = DeliveriesRouted | DeliveryDelivered | DeliveryFailed;
export const DELIVERY_EVENT_TYPES = ['DeliveriesRouted', 'DeliveryDelivered', 'DeliveryFailed'] as const;

export type DeliveryStatus = 'queued' | 'delivered' | 'retrying' | 'failed' | 'no_contact';

/** One line of "who was reminded, and when", as the subject's view shows it. */
export interface DeliveryView {
  step: string;
  stepEventId: string;
  role: ContactRole;
  name: string | null;
  address: string | null;
  channel: DeliveryChannel | null;
  copy: boolean;
  status: DeliveryStatus;
  /** When the status was reached. */
  at: string;
  attempts: number;
  /** Why it failed, or why nobody was reached (NoContact). */
  reason: string | null;
  code: 'NoContact' | null;
  template: string | null;
}

/** Folds a deliveries stream into one line per recipient and channel (and per role nobody holds), in routing order. */
export function foldDeliveries(events: readonly DeliveryEvent[]): DeliveryView[] {
  const lines = new Map<string, DeliveryView>();
  for (const event of events) {
    switch (event.type) {
      case 'DeliveriesRouted': {
        const { stepEventId, step, recipients, missing, routedAt } = event.data;
        for (const r of recipients) {
          const key = `${stepEventId}|${r.contactId}|${r.channel}`;
          if (!lines.has(key)) {
            lines.set(key, { step, stepEventId, role: r.role, name: r.name, address: r.address, channel: r.channel, copy: r.copy, status: 'queued', at: routedAt, attempts: 0, reason: null, code: null, template: r.template });
          }
        }
        for (const m of missing) {
          const key = `${stepEventId}|missing|${m.role}`;
          if (!lines.has(key)) {
            lines.set(key, { step, stepEventId, role: m.role, name: null, address: null, channel: null, copy: false, status: 'no_contact', at: routedAt, attempts: 0, reason: m.reason, code: 'NoContact', template: null });
          }
        }
        break;
      }
      case 'DeliveryDelivered': {
        const line = lines.get(`${event.data.stepEventId}|${event.data.contactId}|${event.data.channel}`);
        if (line) Object.assign(line, { status: 'delivered', at: event.data.deliveredAt, attempts: Math.max(line.attempts, event.data.attempt), reason: null });
        break;
      }
      case 'DeliveryFailed': {
        const line = lines.get(`${event.data.stepEventId}|${event.data.contactId}|${event.data.channel}`);
        // A late failure report never undoes a delivery already recorded.
        if (line && line.status !== 'delivered') {
          Object.assign(line, { status: event.data.final ? 'failed' : 'retrying', at: event.data.failedAt, attempts: Math.max(line.attempts, event.data.attempt), reason: event.data.reason });
        }
        break;
      }
    }
  }
  return [...lines.values()];
}
