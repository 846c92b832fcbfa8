import type { RecordedEvent } from '@app/event-store';
import { op, type Projection, type ProjectionOp } from '@app/platform/projections';
import { DELIVERIES_CATEGORY, DELIVERY_EVENT_TYPES, type DeliveryEvent } from '../../processing/deliveries/delivery.events';
import { LATEST_DELIVERIES_READ_MODEL, latestDeliveryKeys as K, outcomeField } from './latest-deliveries.keys';

/** A recipient of the last routed step as the read model keeps it. */
export interface StoredRecipient {
  contactId: string;
  name: string;
  role: string;
  channel: string;
  copy: boolean;
}

/** A failure as kept: the last attempt's, with whether it was the final one. */
export interface StoredFailure {
  reason: string;
  final: boolean;
  at: string;
  attempt: number;
}

const PREFIX = `${DELIVERIES_CATEGORY}-`;

/**
 * "Who was last reminded, when, how, and did it arrive", per subject, for the lists and their
 * exports, which cannot fold every subject's deliveries stream per row. Each routed step replaces
 * the last one (the log orders them) and drops the outcomes kept for it; outcomes are kept apart
 * (delivered and failed in their own fields) because a projection never reads: the query prefers
 * delivered over a failure reported late, as the subject's own view does.
 */
export const latestDeliveriesProjection: Projection = {
  name: LATEST_DELIVERIES_READ_MODEL,
  version: 1,
  filter: { eventTypes: [...DELIVERY_EVENT_TYPES] },
  apply(recorded: RecordedEvent): ProjectionOp[] {
    if (!recorded.stream.startsWith(PREFIX)) return [];
    const subject = recorded.stream.slice(PREFIX.length);
    const event = recorded as unknown as DeliveryEvent;
    switch (event.type) {
      case 'DeliveriesRouted': {
        const { stepEventId, step, routedAt, recipients, missing } = event.data;
        const kept: StoredRecipient[] = recipients.map(({ contactId, name, role, channel, copy }) => ({ contactId, name, role, channel, copy }));
        return [
          op.del(K.outcomes(subject)),
          op.hset(K.latest(subject), { stepEventId, step, routedAt, recipients: JSON.stringify(kept), missing: JSON.stringify(missing.map((m) => m.role)) }),
          op.hincrby(K.latest(subject), 'steps', 1),
        ];
      }
      case 'DeliveryDelivered': {
        const { stepEventId, contactId, channel, deliveredAt } = event.data;
        return [op.hset(K.outcomes(subject), { [outcomeField(stepEventId, contactId, channel, 'delivered')]: deliveredAt })];
      }
      case 'DeliveryFailed': {
        const { stepEventId, contactId, channel, reason, final, failedAt, attempt } = event.data;
        const failure: StoredFailure = { reason, final, at: failedAt, attempt };
        return [op.hset(K.outcomes(subject), { [outcomeField(stepEventId, contactId, channel, 'failed')]: JSON.stringify(failure) })];
      }
      default:
        return [];
    }
  },
};
