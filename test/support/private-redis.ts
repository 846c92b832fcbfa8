import { RedisServerProcess } from '@app/platform/redis';

export interface PrivateRedis {
  url: string;
  stop(): Promise<void>;
}

/**
 * A throwaway `redis-server` on a free loopback port, nothing on disk. Tests must never write
 * to a Redis shared with others (a 127.0.0.1:6379 may belong to someone else).
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const server = await RedisServerProcess.start({ dir: null });
  return { url: server.url, stop: () => server.stop() };
}
