import type { RecordedEvent } from '@app/event-store';
import type { Projection } from './projection';
import { encodeOp, type RedisArg } from './projection-op';

/** The event a projection faulted on, as operators look it up in the log. */
export interface FaultedEvent {
  position: bigint;
  type: string;
  stream: string;
  revision: number;
}

/**
 * A projection threw, asked for an invalid write, or Redis refused one of its writes: a bug, so
 * retrying would not help. Names the projection and, whenever it is known, the event, so that
 * /health and the admin list can point at it without anyone reading logs.
 */
export class ProjectionFault extends Error {
  override name = 'ProjectionFault';

  constructor(
    readonly projection: string,
    /** What went wrong, without the projection and event (those are fields). */
    readonly reason: string,
    readonly event?: FaultedEvent,
    options?: ErrorOptions,
  ) {
    super(`Projection ${projection} failed${event ? ` on ${event.type} ${event.stream}@${event.revision} (position ${event.position})` : ''}: ${reason}`, options);
  }
}

export interface PreparedEvent {
  position: bigint;
  recordedAt: string;
  /** Which event it is, for a fault report should Redis refuse one of its writes. */
  source?: Omit<FaultedEvent, 'position'>;
  /** The event's writes, encoded for the batch script (see encodeOp). */
  ops: RedisArg[];
}

/**
 * Runs `apply` for each event and turns its ops into commands under `namespace`. Everything
 * that can fail in the projection fails here, before anything is sent to Redis.
 */
export function prepareBatch(projection: Projection, namespace: string, events: readonly RecordedEvent[]): PreparedEvent[] {
  return events.map((event) => {
    const { position, type, stream, revision } = event;
    try {
      const ops: RedisArg[] = [];
      for (const operation of projection.apply(event)) encodeOp(namespace, operation, ops);
      return { position, recordedAt: event.metadata.recordedAt, ops, source: { type, stream, revision } };
    } catch (error) {
      throw new ProjectionFault(projection.name, (error as Error).message, { position, type, stream, revision }, { cause: error });
    }
  });
}
