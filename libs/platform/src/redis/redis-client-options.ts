import Redis, { Cluster, type ClusterNode, type ClusterOptions, type Command, type RedisOptions } from 'ioredis';

/**
 * Longest a command of the shared client may take before it fails: a query must answer 503 in
 * about a second when Redis hangs (a dead host, a stopped process), not wait for TCP to notice.
 */
export const SHARED_COMMAND_TIMEOUT_MS = 750;

/** Reconnect quickly (a supervised embedded server is back within a second or two), at most every 500 ms. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(attempt * 100, 500);
}

/**
 * The shared client fails fast while Redis is gone: commands in flight or queued fail as soon as
 * a reconnect attempt fails (maxRetriesPerRequest 0), rather than after 20 attempts (10–40 s).
 * The offline queue stays on so commands issued during the first connect wait for it.
 */
export const SHARED_CLIENT_OPTIONS: RedisOptions = {
  maxRetriesPerRequest: 0,
  commandTimeout: SHARED_COMMAND_TIMEOUT_MS,
  retryStrategy: reconnectDelayMs,
};

/**
 * The app's shared client. Its duplicates (projection runners, rebuilds, scratch replays) keep
 * the fail-fast reconnect behaviour but no command timeout: a large batch's Lua commit may
 * legitimately take longer than a query, and timing it out would only make it run again.
 */
export class SharedRedisClient extends Redis {
  override duplicate(override?: Partial<RedisOptions>): Redis {
    return new Redis({ ...this.options, commandTimeout: undefined, ...override });
  }
}

/**
 * SharedRedisClient's counterpart on a Redis Cluster. A cluster client queues commands while it
 * reconnects and its command timeout only starts once a command reaches a node, so a query would
 * wait for as long as the cluster is gone. Once it has been ready, this one fails such commands at
 * once, as the single-server client does (the HTTP layer answers 503); during the first connect
 * they still wait for it. Its duplicates drop the command timeout likewise, and wait.
 */
export class SharedRedisCluster extends Cluster {
  private wasReady = false;

  constructor(startupNodes: ClusterNode[], options?: ClusterOptions) {
    super(startupNodes, options);
    this.once('ready', () => (this.wasReady = true));
  }

  override sendCommand(command: Command, stream?: Parameters<Cluster['sendCommand']>[1], node?: unknown): unknown {
    if (this.wasReady && this.status !== 'ready' && this.status !== 'connect') {
      command.reject(new Error('Connection is closed.'));
      return command.promise;
    }
    return super.sendCommand(command, stream, node);
  }

  override duplicate(overrideStartupNodes: unknown[] = [], overrideOptions: object = {}): Cluster {
    const redisOptions = { ...this.options.redisOptions, commandTimeout: undefined };
    return super.duplicate(overrideStartupNodes, { redisOptions, ...overrideOptions });
  }
}
