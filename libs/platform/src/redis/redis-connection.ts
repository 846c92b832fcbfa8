import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { join } from 'node:path';
import Redis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { startEmbeddedRedis, type EmbeddedRedis } from './embedded-redis';
import type { RedisSettings } from './redis.tokens';

/**
 * The app's Redis: REDIS_URL when set, otherwise a `redis-server` child with its data under
 * `${DATA_DIR}/redis`. Closes the client, then the child, on application shutdown (after every
 * onModuleDestroy, so runners have finished their last transaction).
 */
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');

  private constructor(
    readonly settings: RedisSettings,
    readonly client: Redis,
    private readonly embedded: EmbeddedRedis | undefined,
  ) {
    client.on('error', (error: Error) => this.logger.warn(`Redis at ${redactedUrl(settings.url)}: ${error.message}`));
  }

  /**
   * @param redisServerBinary what to run in embedded mode; default `redis-server` from PATH
   * @throws RedisUnavailableError when REDIS_URL is unset and no redis-server can be started
   */
  static async open(config: AppConfig, redisServerBinary?: string): Promise<RedisConnection> {
    const embedded = config.redis.url ? undefined : await startEmbeddedRedis(join(config.dataDir, 'redis'), redisServerBinary);
    const url = config.redis.url ?? embedded!.url;
    const logger = new Logger('Redis');
    logger.log(embedded ? `Using embedded redis-server at ${url} (data in ${join(config.dataDir, 'redis')})` : `Using Redis at ${redactedUrl(url)}`);
    const client = new Redis(url, { connectionName: 'ombudsman-follow-up' });
    return new RedisConnection({ url, keyPrefix: config.redis.keyPrefix }, client, embedded);
  }

  async onApplicationShutdown(): Promise<void> {
    await closeClient(this.client);
    await this.embedded?.stop();
  }
}

/** QUIT when connected (pending replies arrive first); otherwise stop reconnecting at once. */
async function closeClient(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    const ended = once(client, 'end');
    const quit = await client.quit().then(
      () => true,
      () => false,
    );
    if (quit) {
      const timeout = new AbortController();
      await Promise.race([ended, delay(1_000, undefined, { signal: timeout.signal }).catch(() => undefined)]);
      timeout.abort();
    }
  }
  if (client.status !== 'end') client.disconnect();
}

function redactedUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
