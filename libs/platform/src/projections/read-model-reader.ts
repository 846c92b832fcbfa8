import type { RedisClient } from '../redis/redis-client';
import type { AllFilter } from '@app/event-store';
import { RedisUnreachable } from '../redis/redis-unreachable';
import { readActive } from './generations';
import { ProjectionKeys } from './projection-keys';
import type { ProjectionRegistry } from './projection-registry';
import type { ReadSide } from './read-side';
import { viewOf, type ReadModelView } from './read-model-view';

/** How query code finds a read model: always the active generation, so a rebuild is invisible to it. */
export class ReadModelReader {
  constructor(
    private readonly readSide: ReadSide,
    private readonly registry: ProjectionRegistry,
  ) {}

  /** The active generation, or null before the projection's first runner has started. */
  async active(name: string): Promise<ReadModelView | null> {
    this.registry.get(name);
    const keys = new ProjectionKeys(this.readSide.keyPrefix, name);
    const active = await readActive(connected(this.readSide.redis), keys);
    return active ? viewOf(name, active.generation, keys.namespace(active.generation), active.checkpoint) : null;
  }

  /**
   * Read-your-writes: true once the read model reflects everything up to `position` (a command's
   * answer), false after `timeoutMs`. "Reflects" means the checkpoint reached it, or no event the
   * projection cares about lies between the checkpoint and it: a filtered projection's checkpoint
   * never lands on positions of events it does not see.
   */
  async waitForPosition(name: string, position: bigint, timeoutMs: number): Promise<boolean> {
    const projection = this.registry.get(name);
    const keys = new ProjectionKeys(this.readSide.keyPrefix, name);
    const deadline = Date.now() + timeoutMs;
    let pauseMs = 5;
    for (;;) {
      const active = await readActive(connected(this.readSide.redis), keys);
      if (active) {
        if (active.checkpoint >= position) return true;
        const next = await firstAfter(this.readSide, active.checkpoint, projection.filter);
        if (next === undefined || next > position) return true;
      }
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(pauseMs, left)));
      pauseMs = Math.min(pauseMs * 2, 50);
    }
  }
}

/**
 * The client, if it is not known to be cut off: while it is reconnecting to a Redis that went away
 * a query fails at once (503) instead of queueing behind the reconnect attempts. During the first
 * connect ('connecting', 'connect') commands still queue, so a query at startup waits for it.
 * @throws RedisUnreachable
 */
function connected(redis: RedisClient): RedisClient {
  if (redis.status === 'reconnecting' || redis.status === 'close' || redis.status === 'end') throw new RedisUnreachable(redis.status);
  return redis;
}

async function firstAfter(readSide: ReadSide, position: bigint, filter: AllFilter): Promise<bigint | undefined> {
  for await (const event of readSide.store.readAll({ fromPosition: position, filter, maxCount: 1 })) return event.position;
  return undefined;
}
