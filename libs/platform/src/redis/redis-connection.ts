import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { closeClient } from './close-client';
import { startEmbeddedRedis, type EmbeddedRedis, type SupervisorEvent } from './embedded-redis';
import { ensureKeyLayout } from './key-layout';
import { clusterOptions, type RedisClient } from './redis-client';
import { SHARED_CLIENT_OPTIONS, SharedRedisClient, SharedRedisCluster } from './redis-client-options';
import type { RedisSettings } from './redis.tokens';

/**
 * The app's Redis: the cluster of REDIS_CLUSTER_NODES, or REDIS_URL, when set; otherwise a supervised `redis-server` child with its data
 * under `${DATA_DIR}/redis`. Closes the client, then the child, on application shutdown (after
 * every onModuleDestroy, so runners have finished their last transaction) — in bounded time
 * even when Redis is gone.
 */
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');

  private constructor(
    readonly settings: RedisSettings,
    readonly client: RedisClient,
    private readonly embedded: EmbeddedRedis | undefined,
  ) {
    client.on('error', (error: Error) => this.logger.warn(`Redis at ${redactedUrl(settings.url)}: ${error.message}`));
  }

  /**
   * @param redisServerBinary what to run in embedded mode; default `redis-server` from PATH
   * @throws RedisUnavailableError when REDIS_URL is unset and no redis-server can be started
   */
  static async open(config: AppConfig, redisServerBinary?: string): Promise<RedisConnection> {
    const logger = new Logger('Redis');
    const dir = join(config.dataDir, 'redis');
    // Filled in below; the supervisor keeps its url current should a restart move the server.
    const { cluster } = config.redis;
    if (cluster) {
      const settings: RedisSettings = { url: clusterUrl(cluster.nodes), cluster, keyPrefix: config.redis.keyPrefix };
      logger.log(`Using the Redis Cluster of ${settings.url}`);
      const client = new SharedRedisCluster(cluster.nodes, clusterOptions(cluster, { ...SHARED_CLIENT_OPTIONS, connectionName: 'ombudsman-follow-up' }));
      await checkKeyLayout(client, settings.keyPrefix, logger);
      return new RedisConnection(settings, client, undefined);
    }
    const settings: RedisSettings = { url: config.redis.url ?? '', keyPrefix: config.redis.keyPrefix };
    const onEvent = (event: SupervisorEvent): void => {
      if (event.kind === 'restarted') settings.url = event.url;
      logSupervisorEvent(logger, event);
    };
    const embedded = config.redis.url ? undefined : await startEmbeddedRedis(dir, { binary: redisServerBinary, onEvent });
    if (embedded) Object.assign(settings, { url: embedded.url, clientOptions: embedded.clientOptions });
    if (!embedded) logger.log(`Using Redis at ${redactedUrl(settings.url)}`);
    else logger.log(`Using ${embedded.role === 'owner' ? 'embedded' : "another process's embedded"} redis-server at ${settings.url} (data in ${dir})`);
    const client = new SharedRedisClient(settings.url, { ...settings.clientOptions, ...SHARED_CLIENT_OPTIONS, connectionName: 'ombudsman-follow-up' });
    await checkKeyLayout(client, settings.keyPrefix, logger);
    return new RedisConnection(settings, client, embedded);
  }

  async onApplicationShutdown(): Promise<void> {
    await closeClient(this.client);
    await this.embedded?.stop();
  }
}

/**
 * Moves keys of an older layout before any module uses Redis (key-layout). On a connection of its
 * own, without the shared client's command timeout: a page of renames may take longer than a query.
 * A Redis that cannot be reached does not stop the start (the app answers 503 until it is back);
 * the layout is then checked at the next start.
 */
async function checkKeyLayout(client: RedisClient, keyPrefix: string, logger: Logger): Promise<void> {
  const connection = client.duplicate();
  connection.on('error', () => undefined);
  try {
    await ensureKeyLayout(connection, keyPrefix, (message) => logger.log(message));
  } catch (error) {
    logger.warn(`Could not check the Redis key layout (${(error as Error).message}); it is checked again at the next start`);
  } finally {
    connection.disconnect();
  }
}

function logSupervisorEvent(logger: Logger, event: SupervisorEvent): void {
  if (event.kind === 'exited') logger.warn(`Embedded redis-server (pid ${event.pid}) ${event.how}; restarting it on the same data and port`);
  else if (event.kind === 'restarted') {
    logger.log(`Embedded redis-server restarted (pid ${event.pid})${event.moved ? ` on a new address, ${event.url} (the old port was taken)` : ''}; clients reconnect by themselves`);
  }
  else logger.error(`Embedded redis-server could not be restarted (${event.error}); retrying in ${event.retryInMs} ms`);
}

/** The startup nodes, for the log: the cluster's credentials are not in them. */
function clusterUrl(nodes: ReadonlyArray<{ host: string; port: number }>): string {
  return nodes.map(({ host, port }) => `${host.includes(':') ? `[${host}]` : host}:${port}`).join(',');
}

function redactedUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
