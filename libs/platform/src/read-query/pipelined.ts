import type { RedisClient } from '../redis/redis-client';
import { decodeFlatHash, decodeReply } from '../projections';

export type RedisCommand = [string, ...Array<string | number>];

/**
 * Many HGETALLs as one script whose reply is one JSON text: an array of each hash's flat
 * field/value list (`{}` for a missing key: cjson writes an empty table as an object). The client
 * then parses one string natively instead of one RESP string per field and value, plus a command
 * object and a promise per hash. Measured on an officer's overdue page (75 item hashes of ~34
 * fields): 2.7–3.5 ms of client CPU pipelined, 0.9–1.1 ms packed; Redis does the same lookups
 * either way. The keys of one read model share a hash tag, so on a cluster they share a slot,
 * as a pipeline's keys must anyway.
 */
const HASHES_AS_JSON = "local hashes = {} for i, key in ipairs(KEYS) do hashes[i] = redis.call('hgetall', key) end return cjson.encode(hashes)";

/** Below this many HGETALLs in one round trip, the script's own cost is not won back. */
export const PACK_HASHES_FROM = 8;

const isHashRead = (command: RedisCommand): boolean => command[0].toLowerCase() === 'hgetall';

/**
 * Sends the commands in one round trip and returns their replies in order, text decoded as
 * projections stored it; the first error throws. HGETALLs beyond a few travel packed as one
 * script (HASHES_AS_JSON); their replies are the same as sent one by one.
 */
export async function pipelined(redis: RedisClient, commands: RedisCommand[]): Promise<unknown[]> {
  if (commands.length === 0) return [];
  const isHash = commands.map(isHashRead);
  const hashKeys = commands.flatMap((command, i) => (isHash[i] ? [command[1] as string] : []));
  const packed = hashKeys.length >= PACK_HASHES_FROM;
  const sent: RedisCommand[] = packed ? [...commands.filter((_, i) => !isHash[i]), ['eval', HASHES_AS_JSON, hashKeys.length, ...hashKeys]] : commands;
  const replies = ((await redis.pipeline(sent).exec()) ?? []).map(([error, value]) => {
    if (error) throw error;
    return value;
  });
  if (!packed) return replies.map(decodeReply);
  // A missing key's empty list comes back as `{}`: cjson writes an empty table as an object.
  const hashes = (JSON.parse(replies[replies.length - 1] as string) as unknown[]).map((flat) => (Array.isArray(flat) ? decodeFlatHash(flat as string[]) : {}));
  let other = 0;
  let hash = 0;
  return isHash.map((read) => (read ? hashes[hash++] : decodeReply(replies[other++])));
}

/** HGETALL of each relative key of a view, in one round trip. */
export async function hashesOf(redis: RedisClient, keys: string[]): Promise<Array<Record<string, string>>> {
  return (await pipelined(redis, keys.map((key): RedisCommand => ['hgetall', key]))) as Array<Record<string, string>>;
}
