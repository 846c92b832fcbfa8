import type { RedisClient } from '../redis/redis-client';
import type { EventStore } from '@app/event-store';
import type { Clock } from '../clock/clock';

/** What the read-side machinery runs on; the Nest module builds it from the app's providers. */
export interface ReadSide {
  /** Projections must see events upcast to their current shape: pass the upcasting store. */
  store: EventStore;
  /** Shared client for plain commands; anything that WATCHes duplicates it. */
  redis: RedisClient;
  /** REDIS_KEY_PREFIX. */
  keyPrefix: string;
  clock: Clock;
}

export const READ_SIDE = Symbol('ReadSide');
