/** A Redis Cluster to use instead of one Redis (REDIS_CLUSTER_NODES). */
export interface RedisClusterConfig {
  /** Where to start discovering the cluster: any few of its masters; the client learns the rest. */
  nodes: Array<{ host: string; port: number }>;
  /** From a `redis://user:password@…` entry: every node is reached with them. */
  username?: string;
  password?: string;
  /** True when the entries are `rediss://`. */
  tls: boolean;
}

/**
 * Parses REDIS_CLUSTER_NODES: comma-separated `host:port`, or redis:// / rediss:// URLs when the
 * nodes need a password or TLS (as ioredis's Cluster takes its startup nodes and `redisOptions`).
 * Every URL entry must carry the same scheme and credentials: the cluster has one of each.
 * `fail(message)` turns a complaint into the caller's error, naming the variable.
 */
export function parseClusterNodes(value: string, fail: (message: string) => Error): RedisClusterConfig {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) throw fail('lists no node; expected host:port[,host:port…]');
  const parsed = entries.map((entry) => parseEntry(entry, fail));
  const first = parsed[0];
  for (const entry of parsed) {
    if (entry.tls !== first.tls || entry.username !== first.username || entry.password !== first.password) {
      throw fail('mixes schemes or credentials; every node of one cluster takes the same');
    }
  }
  return {
    nodes: parsed.map(({ host, port }) => ({ host, port })),
    ...(first.username ? { username: first.username } : {}),
    ...(first.password ? { password: first.password } : {}),
    tls: first.tls,
  };
}

interface Entry {
  host: string;
  port: number;
  tls: boolean;
  username?: string;
  password?: string;
}

function parseEntry(entry: string, fail: (message: string) => Error): Entry {
  // A password must never be echoed back in an error.
  const shown = entry.replace(/\/\/[^@/]*@/, '//***@');
  if (!entry.includes('://')) {
    const match = /^(\[[^\]]+\]|[^:\s]+):(\d+)$/.exec(entry);
    if (!match) throw fail(`has "${shown}", which is not host:port`);
    return { host: match[1].replace(/^\[|\]$/g, ''), port: nodePort(match[2], shown, fail), tls: false };
  }
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw fail(`has "${shown}", which is not a URL`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw fail(`has "${shown}"; nodes are host:port or redis:// or rediss:// URLs`);
  if (url.pathname !== '' && url.pathname !== '/' && url.pathname !== '/0') throw fail(`has "${shown}"; a cluster has only database 0`);
  if (!url.port) throw fail(`has "${shown}" without a port`);
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: nodePort(url.port, shown, fail),
    tls: url.protocol === 'rediss:',
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
  };
}

function nodePort(text: string, shown: string, fail: (message: string) => Error): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw fail(`has "${shown}", whose port is not from 1 to 65535`);
  return port;
}
