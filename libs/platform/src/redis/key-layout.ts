import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { Cluster } from 'ioredis';
import { escapeGlob, scanKeys, type RedisClient } from './redis-client';

/**
 * The key layout this build writes. 2: Redis Cluster hash tags (`rm:{<projection>}:`,
 * `{digest}:`, `{bull}:`), so that keys meeting in one script or transaction share a slot.
 */
export const KEY_LAYOUT_VERSION = 2;

/** A lock holder that died is replaced after this; the holder renews it at every page. */
const LOCK_TTL_MS = 60_000;
const WAIT_POLL_MS = 200;

export interface KeyLayoutOutcome {
  /** Keys moved from layout 1; 0 once the store is already on the current layout. */
  moved: number;
  /** Keys of layout 1 left where they were because their new name was already taken. */
  kept: number;
}

/**
 * How layout 1 keys (one Redis only: the scripts of that release could not run on a cluster) are
 * renamed. Not all of them could be rebuilt from the log: the digest book holds the steps collected
 * for tomorrow's e-mails, and the queues hold notification jobs, their retries and the parked ones.
 * Read models could be rebuilt, but a start on empty ones would answer queries from half-built read
 * models and let the deadline sweep miss steps until its next full pass; renaming costs one round
 * trip per thousand keys. Keys the layout does not change (checkpoints, leases, delivery marks,
 * sweep marks) keep their names.
 */
function renames(keyPrefix: string): Array<{ from: string; rename(rest: string): string | null }> {
  return [
    // Projection read models: `rm:<name>:…` → `rm:{<name>}:…` (names hold no ':').
    {
      from: `${keyPrefix}rm:`,
      rename: (rest) => {
        const colon = rest.indexOf(':');
        return rest.startsWith('{') || colon <= 0 ? null : `${keyPrefix}rm:{${rest.slice(0, colon)}}${rest.slice(colon)}`;
      },
    },
    // The digest book (follow-up's processing/digests).
    { from: `${keyPrefix}digest:`, rename: (rest) => `${keyPrefix}{digest}:${rest}` },
    // BullMQ's queues (follow-up's processing/queues): its keys are `<prefix>:<queue>:…` and hold no key names.
    { from: `${keyPrefix}bull:`, rename: (rest) => `${keyPrefix}{bull}:${rest}` },
  ];
}

/**
 * Brings the store to KEY_LAYOUT_VERSION before anything else in this process touches Redis.
 * One process moves the keys (under a lock); the others wait for its mark. On a cluster there is
 * nothing to move: the mark is set at once. Processes of the previous release must be stopped
 * first: a key they write after the move would stay under its old name.
 */
export async function ensureKeyLayout(redis: RedisClient, keyPrefix: string, onMove?: (message: string) => void): Promise<KeyLayoutOutcome> {
  const mark = `${keyPrefix}key-layout`;
  const lock = `${mark}:lock`;
  const token = randomUUID();
  for (;;) {
    if (Number((await redis.get(mark)) ?? '1') >= KEY_LAYOUT_VERSION) return { moved: 0, kept: 0 };
    if (redis instanceof Cluster) {
      await redis.set(mark, String(KEY_LAYOUT_VERSION));
      return { moved: 0, kept: 0 };
    }
    if ((await redis.set(lock, token, 'PX', LOCK_TTL_MS, 'NX')) !== 'OK') {
      await delay(WAIT_POLL_MS);
      continue;
    }
    try {
      const outcome = await moveKeys(redis, keyPrefix, () => redis.pexpire(lock, LOCK_TTL_MS));
      await redis.set(mark, String(KEY_LAYOUT_VERSION));
      if (outcome.moved > 0 || outcome.kept > 0) onMove?.(`Moved ${outcome.moved} Redis keys to key layout ${KEY_LAYOUT_VERSION}${outcome.kept > 0 ? `; ${outcome.kept} left under their old names (their new names were taken)` : ''}`);
      return outcome;
    } finally {
      await redis.eval("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end", 1, lock, token);
    }
  }
}

async function moveKeys(redis: RedisClient, keyPrefix: string, renewLock: () => Promise<unknown>): Promise<KeyLayoutOutcome> {
  const outcome: KeyLayoutOutcome = { moved: 0, kept: 0 };
  for (const { from, rename } of renames(keyPrefix)) {
    for await (const page of scanKeys(redis, `${escapeGlob(from)}*`)) {
      const pairs = page.map((key) => [key, rename(key.slice(from.length))] as const).filter((pair): pair is readonly [string, string] => pair[1] !== null);
      if (pairs.length === 0) continue;
      const pipeline = redis.pipeline();
      for (const [key, renamed] of pairs) pipeline.renamenx(key, renamed);
      // An error is a key gone meanwhile (expired): nothing to move.
      for (const [error, reply] of (await pipeline.exec()) ?? []) {
        if (!error && reply === 1) outcome.moved++;
        else if (!error) outcome.kept++;
      }
      await renewLock();
    }
  }
  return outcome;
}
