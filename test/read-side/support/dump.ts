import { escapeGlob, scanKeys, type RedisClient } from '@app/platform/redis';
import { waitUntil as pollUntil } from '../../support/wait-until';

/** Every key under `namespace` (the runner's '@' bookkeeping left out) with its value in a comparable form. */
export async function dumpNamespace(redis: RedisClient, namespace: string): Promise<Record<string, unknown>> {
  const keys: string[] = [];
  for await (const found of scanKeys(redis, `${escapeGlob(namespace)}*`)) keys.push(...found);
  const dump: Record<string, unknown> = {};
  for (const key of keys.sort()) {
    const relative = key.slice(namespace.length);
    if (relative.startsWith('@')) continue;
    dump[relative] = await valueOf(redis, key);
  }
  return dump;
}

async function valueOf(redis: RedisClient, key: string): Promise<unknown> {
  const type = await redis.type(key);
  switch (type) {
    case 'string':
      return await redis.get(key);
    case 'hash':
      return sortedObject(await redis.hgetall(key));
    case 'set':
      return (await redis.smembers(key)).sort();
    case 'zset':
      return await redis.zrange(key, 0, -1, 'WITHSCORES');
    default:
      return `<${type}>`;
  }
}

function sortedObject(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Polls `condition` until true; fails naming `what` after `timeoutMs` (see test/support/wait-until.ts). */
export function waitUntil(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  return pollUntil(condition, what, timeoutMs, 10);
}
