import { scanKeys, type RedisClient } from '../redis/redis-client';
import type { ProjectionKeys } from './projection-keys';

/** The generation queries read, with what its runner has applied so far. */
export interface GenerationState {
  generation: string;
  /** Projection version that built it. */
  version: number;
  checkpoint: bigint;
  /** recordedAt of the checkpoint event; null before the first event. */
  checkpointAt: string | null;
}

/**
 * Reads the active generation. Two round trips; if a rebuild swaps and deletes in between, the
 * metadata is gone and the pointer is simply read again.
 */
export async function readActive(redis: RedisClient, keys: ProjectionKeys): Promise<GenerationState | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const generation = await redis.get(keys.active);
    if (generation === null) return null;
    const state = await readGeneration(redis, keys, generation);
    if (state) return state;
  }
  throw new Error(`Projection ${keys.name}: the active generation keeps vanishing while being read`);
}

export async function readGeneration(redis: RedisClient, keys: ProjectionKeys, generation: string): Promise<GenerationState | null> {
  const [version, checkpoint, checkpointAt] = await redis.mget(keys.version(generation), keys.checkpoint(generation), keys.checkpointAt(generation));
  if (version === null) return null;
  return { generation, version: Number(version), checkpoint: BigInt(checkpoint ?? '0'), checkpointAt };
}

// KEYS active, version, checkpoint, generations; ARGV version, generation.
const INITIALIZE = `
if redis.call('exists', KEYS[1]) == 1 then return 0 end
redis.call('set', KEYS[2], ARGV[1])
redis.call('set', KEYS[3], '0')
redis.call('sadd', KEYS[4], ARGV[2])
redis.call('set', KEYS[1], ARGV[2])
return 1
`;

/** Makes an empty generation active when there is none (first start); safe for several runners at once. */
export async function initializeActive(redis: RedisClient, keys: ProjectionKeys, generation: string, version: number): Promise<void> {
  await redis.eval(INITIALIZE, 4, keys.active, keys.version(generation), keys.checkpoint(generation), keys.generations, String(version), generation);
}

// KEYS active, lock, the version key of the generation the caller saw active (the active key
// itself when none); ARGV lock token, new generation, this build's version, the generation the
// caller saw active ('' when none). The previous generation's version key is declared, as Redis
// Cluster requires, so the caller reads the pointer first and the script refuses ({2}) if it
// moved meanwhile: the caller reads it again.
const SWAP = `
if redis.call('get', KEYS[2]) ~= ARGV[1] then return {0} end
local previous = redis.call('get', KEYS[1]) or ''
if previous ~= ARGV[4] then return {2} end
if previous ~= '' and tonumber(redis.call('get', KEYS[3]) or '0') > tonumber(ARGV[3]) then return {0} end
redis.call('set', KEYS[1], ARGV[2])
return {1, previous}
`;

/**
 * Points queries at `next`, atomically, while `lockToken` still holds the rebuild lock and unless
 * a newer version became active meanwhile (a rebuild by an old build must not undo an upgrade).
 * Returns the generation it replaced (null: none), or false when it did not swap.
 */
export async function swapActive(redis: RedisClient, keys: ProjectionKeys, next: string, version: number, lockToken: string): Promise<{ previous: string | null } | false> {
  for (;;) {
    const seen = (await redis.get(keys.active)) ?? '';
    const versionKey = seen === '' ? keys.active : keys.version(seen);
    const [swapped, previous] = (await redis.eval(SWAP, 3, keys.active, keys.rebuildLock, versionKey, lockToken, next, String(version), seen)) as [number, string?];
    if (swapped === 2) continue;
    if (swapped !== 1) return false;
    return { previous: previous ? previous : null };
  }
}

/** Registers a generation to be built, so it is swept if its builder dies. */
export async function createGeneration(redis: RedisClient, keys: ProjectionKeys, generation: string, version: number): Promise<void> {
  await redis
    .multi()
    .sadd(keys.generations, generation)
    .set(keys.version(generation), String(version))
    .set(keys.checkpoint(generation), '0')
    .exec();
}

/** Deletes every key of a generation without blocking Redis (SCAN + UNLINK, on every master of a cluster). */
export async function deleteGeneration(redis: RedisClient, keys: ProjectionKeys, generation: string): Promise<number> {
  let deleted = 0;
  // One UNLINK per page is one slot: every key of a projection carries its hash tag.
  for await (const found of scanKeys(redis, keys.pattern(generation))) deleted += await redis.unlink(...found);
  await redis.srem(keys.generations, generation);
  return deleted;
}
