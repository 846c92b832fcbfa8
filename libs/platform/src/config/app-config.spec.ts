import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to embedded mode on port 3000 with ./data', () => {
    expect(loadConfig({})).toEqual({
      dataDir: resolve('./data'),
      port: 3000,
      oidc: { issuer: undefined, jwksUrl: undefined, audience: undefined, consoleClientId: 'follow-up-console' },
      redis: { url: undefined, keyPrefix: 'ofu:' },
    });
  });

  it('reads DATA_DIR, PORT and the OIDC settings', () => {
    const config = loadConfig({
      DATA_DIR: '/var/lib/ombudsman',
      PORT: '8080',
      OIDC_ISSUER: 'https://sso.example.go.id/realms/ombudsman',
      OIDC_JWKS_URL: 'https://sso.example.go.id/certs',
      OIDC_AUDIENCE: 'follow-up-api',
    });
    expect(config).toEqual({
      dataDir: '/var/lib/ombudsman',
      port: 8080,
      oidc: { issuer: 'https://sso.example.go.id/realms/ombudsman', jwksUrl: 'https://sso.example.go.id/certs', audience: 'follow-up-api', consoleClientId: 'follow-up-console' },
      redis: { url: undefined, keyPrefix: 'ofu:' },
    });
  });

  it('reads REDIS_URL and REDIS_KEY_PREFIX', () => {
    expect(loadConfig({ REDIS_URL: 'redis://cache.internal:6380/2', REDIS_KEY_PREFIX: 'ombudsman-fu:' }).redis).toEqual({
      url: 'redis://cache.internal:6380/2',
      keyPrefix: 'ombudsman-fu:',
    });
    expect(loadConfig({ REDIS_URL: 'rediss://user:secret@cache.internal:6380' }).redis.url).toBe('rediss://user:secret@cache.internal:6380');
  });

  it('reads REDIS_CLUSTER_NODES as host:port entries or redis(s):// URLs', () => {
    expect(loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000, 10.0.0.2:7001,[::1]:7002' }).redis.cluster).toEqual({
      nodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: '10.0.0.2', port: 7001 },
        { host: '::1', port: 7002 },
      ],
      tls: false,
    });
    expect(loadConfig({ REDIS_CLUSTER_NODES: 'rediss://app:s%40cret@a.internal:7000,rediss://app:s%40cret@b.internal:7000' }).redis.cluster).toEqual({
      nodes: [
        { host: 'a.internal', port: 7000 },
        { host: 'b.internal', port: 7000 },
      ],
      username: 'app',
      password: 's@cret',
      tls: true,
    });
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ OIDC_ISSUER: '  ', PORT: '' }).oidc.issuer).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT=eighty is not a port/],
    [{ PORT: '70000' }, /PORT=70000/],
    [{ OIDC_ISSUER: 'sso.example' }, /OIDC_ISSUER=sso.example is not a URL/],
    [{ OIDC_ISSUER: 'ftp://sso.example' }, /must be an http\(s\) URL/],
    [{ OIDC_AUDIENCE: 'api' }, /need OIDC_ISSUER/],
    [{ OIDC_JWKS_URL: 'https://sso.example/certs' }, /need OIDC_ISSUER/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL=localhost:6379 must be a redis:\/\/ or rediss:\/\/ URL/],
    [{ REDIS_URL: 'http://cache' }, /REDIS_URL=http:\/\/cache must be a redis/],
    [{ REDIS_URL: '6379' }, /REDIS_URL=6379 is not a URL/],
    [{ REDIS_URL: 'http://user:secret@cache' }, /REDIS_URL=http:\/\/\*\*\*@cache must be/],
    [{ REDIS_KEY_PREFIX: 'ofu*' }, /REDIS_KEY_PREFIX=ofu\* may hold only/],
    [{ REDIS_CLUSTER_NODES: 'a:7000', REDIS_URL: 'redis://b:6379' }, /REDIS_CLUSTER_NODES and REDIS_URL are both set/],
    [{ REDIS_CLUSTER_NODES: ' , ' }, /REDIS_CLUSTER_NODES lists no node/],
    [{ REDIS_CLUSTER_NODES: 'a:7000,b' }, /REDIS_CLUSTER_NODES has "b", which is not host:port/],
    [{ REDIS_CLUSTER_NODES: 'a:70000' }, /REDIS_CLUSTER_NODES has "a:70000", whose port/],
    [{ REDIS_CLUSTER_NODES: 'http://a:7000' }, /nodes are host:port or redis:\/\/ or rediss:\/\/ URLs/],
    [{ REDIS_CLUSTER_NODES: 'redis://a:7000/2' }, /a cluster has only database 0/],
    [{ REDIS_CLUSTER_NODES: 'redis://u:secret@a:7000,rediss://u:secret@b:7000' }, /mixes schemes or credentials/],
    [{ REDIS_CLUSTER_NODES: 'redis://u:secret@a' }, /REDIS_CLUSTER_NODES has "redis:\/\/\*\*\*@a" without a port/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
