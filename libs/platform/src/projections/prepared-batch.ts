import type { RecordedEvent } from '@app/event-store';
import type { Projection } from './projection';
import { encodeOp, type RedisArg } from './projection-op';

/** A projection threw or asked for an invalid write: a bug, so retrying would not help. */
export class ProjectionFault extends Error {
  override name = 'ProjectionFault';
}

export interface PreparedEvent {
  position: bigint;
  recordedAt: string;
  /** The event's writes, encoded for the batch script (see encodeOp). */
  ops: RedisArg[];
}

/**
 * Runs `apply` for each event and turns its ops into commands under `namespace`. Everything
 * that can fail in the projection fails here, before anything is sent to Redis.
 */
export function prepareBatch(projection: Projection, namespace: string, events: readonly RecordedEvent[]): PreparedEvent[] {
  return events.map((event) => {
    try {
      const ops: RedisArg[] = [];
      for (const operation of projection.apply(event)) encodeOp(namespace, operation, ops);
      return { position: event.position, recordedAt: event.metadata.recordedAt, ops };
    } catch (error) {
      throw new ProjectionFault(
        `Projection ${projection.name} v${projection.version} failed on ${event.type} ${event.stream}@${event.revision} ` +
          `(position ${event.position}): ${(error as Error).message}`,
        { cause: error },
      );
    }
  });
}
