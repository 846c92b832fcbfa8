import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to embedded mode on port 3000 with ./data', () => {
    expect(loadConfig({})).toEqual({ dataDir: resolve('./data'), port: 3000, oidc: { issuer: undefined, jwksUrl: undefined, audience: undefined } });
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
      oidc: { issuer: 'https://sso.example.go.id/realms/ombudsman', jwksUrl: 'https://sso.example.go.id/certs', audience: 'follow-up-api' },
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
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
