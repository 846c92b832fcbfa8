import type { RedisClient } from '../redis/redis-client';
import { decodeReply } from '../projections';

export type RedisCommand = [string, ...Array<string | number>];

/** Sends the commands in one round trip and returns their replies in order, text decoded as projections stored it; the first error throws. */
export async function pipelined(redis: RedisClient, commands: RedisCommand[]): Promise<unknown[]> {
  if (commands.length === 0) return [];
  const replies = (await redis.pipeline(commands).exec()) ?? [];
  return replies.map(([error, value]) => {
    if (error) throw error;
    return decodeReply(value);
  });
}

/** HGETALL of each relative key of a view, in one round trip. */
export async function hashesOf(redis: RedisClient, keys: string[]): Promise<Array<Record<string, string>>> {
  return (await pipelined(redis, keys.map((key): RedisCommand => ['hgetall', key]))) as Array<Record<string, string>>;
}
