import { resolve } from 'node:path';
import { parseClusterNodes, type RedisClusterConfig } from './redis-cluster-nodes';

/** Nest injection token for the `AppConfig` object. */
export const APP_CONFIG = Symbol('AppConfig');

export interface OidcConfig {
  /** When set, tokens come from this OIDC issuer; otherwise the embedded local key signs them. */
  issuer?: string;
  /** Overrides the `jwks_uri` found by discovery. */
  jwksUrl?: string;
  /** When set, tokens must name this audience. */
  audience?: string;
  /** The public client the console signs in as (authorisation code with PKCE). */
  consoleClientId?: string;
}

export interface RedisConfig {
  /** When set, this Redis is used; otherwise the app starts its own `redis-server` under `${dataDir}/redis`. */
  url?: string;
  /** When set (REDIS_CLUSTER_NODES), this Redis Cluster is used instead; it excludes `url`. */
  cluster?: RedisClusterConfig;
  /** Prepended to every key this product writes, so it can share a Redis with others. */
  keyPrefix: string;
}

export interface AppConfig {
  /** Absolute path of the data directory (events, local keys, embedded Redis). */
  dataDir: string;
  port: number;
  oidc: OidcConfig;
  redis: RedisConfig;
}

/** A setting that cannot be used; the message names the variable and what it accepts. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/** Reads the environment once, at startup, so a bad setting stops the process before it serves. */
export function loadConfig(env: Env = process.env): AppConfig {
  const issuer = url(env, 'OIDC_ISSUER');
  const jwksUrl = url(env, 'OIDC_JWKS_URL');
  const audience = text(env, 'OIDC_AUDIENCE');
  if (!issuer && (jwksUrl || audience)) {
    // Without an issuer the embedded key would verify tokens and these settings would be ignored silently.
    throw new ConfigError('OIDC_JWKS_URL and OIDC_AUDIENCE need OIDC_ISSUER; set OIDC_ISSUER or unset them');
  }
  return {
    dataDir: resolve(text(env, 'DATA_DIR') ?? './data'),
    port: port(env, 'PORT', 3000),
    oidc: { issuer, jwksUrl, audience, consoleClientId: text(env, 'OIDC_CONSOLE_CLIENT_ID') ?? 'follow-up-console' },
    redis: { url: redisUrl(env, 'REDIS_URL'), cluster: redisCluster(env, 'REDIS_CLUSTER_NODES'), keyPrefix: keyPrefix(env, 'REDIS_KEY_PREFIX', 'ofu:') },
  };
}

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function url(env: Env, name: string): string | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${name}=${value} is not a URL; expected an http(s) URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ConfigError(`${name}=${value} must be an http(s) URL`);
  }
  return value;
}

function redisUrl(env: Env, name: string): string | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  // The URL may carry a password: never echo it.
  const shown = value.replace(/\/\/[^@/]*@/, '//***@');
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    throw new ConfigError(`${name}=${shown} is not a URL; expected redis://host:port or rediss://host:port`);
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    throw new ConfigError(`${name}=${shown} must be a redis:// or rediss:// URL`);
  }
  return value;
}

function redisCluster(env: Env, name: string): AppConfig['redis']['cluster'] {
  const value = text(env, name);
  if (value === undefined) return undefined;
  // Either one Redis or a cluster: with both set, which one holds the read models would be a guess.
  if (text(env, 'REDIS_URL') !== undefined) throw new ConfigError(`${name} and REDIS_URL are both set; set REDIS_URL for one Redis or ${name} for a cluster, not both`);
  return parseClusterNodes(value, (message) => new ConfigError(`${name} ${message}`));
}

/** Glob characters would make SCAN patterns over our own keys match other products' keys. */
function keyPrefix(env: Env, name: string, fallback: string): string {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if (!/^[A-Za-z0-9_.:\-]+$/.test(value)) {
    throw new ConfigError(`${name}=${value} may hold only letters, digits and . _ : -`);
  }
  return value;
}

function port(env: Env, name: string, fallback: number): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`${name}=${value} is not a port; expected an integer from 0 to 65535`);
  }
  return n;
}
