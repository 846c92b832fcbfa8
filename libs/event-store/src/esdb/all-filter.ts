import { eventTypeFilter, excludeSystemEvents, streamNameFilter } from '@eventstore/db-client';
import type { AllStreamResolvedEvent, Filter } from '@eventstore/db-client';
import type { AllFilter } from '../event-store.port';
import type { RecordedEvent } from '../envelope';
import { isSystemEvent, toRecordedEvent } from './recorded-event';

export interface FilterPlan {
  /**
   * What the server filters on: one criterion only, so stream prefixes when both are given.
   * `checkpointReached` lets a bounded read stop once the server has scanned past its end.
   */
  serverFilter(checkpointReached: Filter['checkpointReached']): Filter;
  /** The whole filter, re-checked here: covers the other criterion and system events. */
  accepts(stream: string, type: string): boolean;
}

export function planFilter(filter: AllFilter = {}): FilterPlan {
  // An empty list does not constrain, as in every adapter.
  const prefixes = filter.streamPrefixes?.length ? filter.streamPrefixes : undefined;
  const types = filter.eventTypes?.length ? filter.eventTypes : undefined;
  const typeSet = types && new Set(types);
  return {
    serverFilter(checkpointReached) {
      const options = { checkpointInterval: 1, checkpointReached };
      if (prefixes) return streamNameFilter({ ...options, prefixes });
      if (types) return eventTypeFilter({ ...options, regex: exactly(types) });
      return excludeSystemEvents(options);
    },
    accepts: (stream, type) =>
      !isSystemEvent(stream, type) &&
      (prefixes === undefined || prefixes.some((prefix) => stream.startsWith(prefix))) &&
      (typeSet === undefined || typeSet.has(type)),
  };
}

/** Event-type prefixes would let `MouSigned` also match `MouSignedAgain`. */
function exactly(types: string[]): string {
  return `^(?:${types.map((type) => type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
}

/** Port events from $all: ours, matching the whole filter, strictly after `from`. */
export function acceptor(from: bigint | undefined, plan: FilterPlan): (resolved: AllStreamResolvedEvent) => RecordedEvent | undefined {
  return (resolved) => {
    const event = resolved.event;
    if (!event || !plan.accepts(event.streamId, event.type)) return undefined;
    if (from !== undefined && event.position.commit <= from) return undefined;
    return toRecordedEvent(resolved);
  };
}
