import { categoryOf, idOf, type RecordedEvent } from '@app/event-store';
import { op, type Projection, type ProjectionOp } from '@app/platform/projections';
import { ENTITY_CATEGORY } from '@app/registry';
import { PROVIDER_EVENTS_READ_MODEL, eventMember, providerEventKeys as K } from './provider-events.keys';

/** The provider an event names by itself: its entity stream, or an `entityCode` in its data. */
export function providerNamedBy(event: RecordedEvent): string | null {
  if (categoryOf(event.stream) === ENTITY_CATEGORY) return idOf(event.stream) || null;
  const code = event.data.entityCode;
  return typeof code === 'string' && code.length > 0 ? code : null;
}

/**
 * An index of every event by provider, so an auditor's page costs the provider's streams and
 * the page, never a scan of the log. Projections cannot read, and only the first event of most
 * streams names the provider (MouSigned, PksDrafted, RecommendationIssued, ObligationScheduled;
 * MouAmended or FollowUpVerified name only their own id), so the join is kept in two halves
 * joined at query time:
 * - per provider, the set of streams any event of which named it;
 * - per stream, its events by global position.
 * No filter: a stream of a category added later is indexed as soon as one of its events
 * carries `entityCode`, with no change here. Streams that name no provider (calendar-2026)
 * are indexed too but never reached; that costs one small sorted set per stream.
 */
export const providerEventsProjection: Projection = {
  name: PROVIDER_EVENTS_READ_MODEL,
  version: 1,
  filter: {},
  apply(event: RecordedEvent): ProjectionOp[] {
    const ops = [op.zadd(K.eventsOf(event.stream), Number(event.position), eventMember(event.position, event.revision))];
    const provider = providerNamedBy(event);
    if (provider !== null) ops.push(op.sadd(K.streamsOf(provider), event.stream));
    return ops;
  },
};
