import type { AllFilter, RecordedEvent } from '@app/event-store';
import { categoryOf } from '@app/event-store';
import type { Projection } from '@app/platform/projections';
import { op, type ProjectionOp } from '@app/platform/projections';

/**
 * The read side's test projection: events per stream category, plus enough other shapes
 * (sets, sorted sets, hashes) to catch a double or missed apply. HINCRBY is not idempotent,
 * so applying an event twice shows up in the counts.
 */
export function categoryCountProjection(options: { name?: string; version?: number; filter?: AllFilter } = {}): Projection {
  return {
    name: options.name ?? 'category-count',
    version: options.version ?? 1,
    filter: options.filter ?? {},
    apply(event: RecordedEvent): ProjectionOp[] {
      const category = categoryOf(event.stream);
      return [
        op.hincrby('counts', category),
        op.hincrby(`types:${category}`, event.type),
        op.sadd(`streams:${category}`, event.stream),
        op.hset(`stream:${event.stream}`, { lastType: event.type, revision: String(event.revision) }),
        op.zadd('latest', Number(event.position), event.stream),
      ];
    },
  };
}
