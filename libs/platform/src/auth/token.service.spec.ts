import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload, type KeyLike } from 'jose';
import type { AppConfig, OidcConfig } from '../config/app-config';
import { AuthUnavailable, InvalidToken } from './auth-errors';
import { LOCAL_ISSUER, LocalKeyStore } from './local-key-store';
import { LocalTokenMinter } from './local-token-minter';
import { TokenService } from './token.service';

const configFor = (dataDir: string, oidc: OidcConfig = {}): AppConfig => ({ dataDir, port: 0, oidc, redis: { keyPrefix: 'ofu:' } });

async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the token to be refused');
}

describe('TokenService, embedded mode', () => {
  let dataDir: string;
  let keys: LocalKeyStore;
  let minter: LocalTokenMinter;
  let tokens: TokenService;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'auth-local-'));
    const config = configFor(dataDir);
    keys = new LocalKeyStore(config);
    minter = new LocalTokenMinter(keys);
    tokens = new TokenService(config, keys);
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const signLocally = (claims: JWTPayload, key: KeyLike = keys.keyPair().privateKey) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA' }).setIssuer(LOCAL_ISSUER).setIssuedAt().setExpirationTime('1h').sign(key);

  it('turns a minted token back into its actor', async () => {
    const token = await minter.mint({ sub: 'budi', name: 'Budi', role: 'officer', provinces: ['63', '64'] });
    await expect(tokens.verify(token)).resolves.toEqual({ id: 'budi', name: 'Budi', role: 'officer', provinces: ['63', '64'] });
    expect(tokens.mode).toBe('embedded');
  });

  it('creates the key pair on first use, private key 0600, and reuses it', async () => {
    const token = await minter.mint({ sub: 'l', role: 'liaison', entity: '64.01' });
    expect(statSync(join(dataDir, 'keys', 'jwt-ed25519-private.pem')).mode & 0o777).toBe(0o600);
    const otherProcess = new TokenService(configFor(dataDir), new LocalKeyStore(configFor(dataDir)));
    await expect(otherProcess.verify(token)).resolves.toMatchObject({ id: 'l', entityCode: '64.01' });
  });

  it.each<[string, () => Promise<string>, RegExp]>([
    ['an expired token', () => minter.mint({ sub: 'x', role: 'admin', expiresIn: '-1h' }), /expired/],
    ['a token signed by another key', () => signLocally({ sub: 'x', role: 'admin' }, generateKeyPairSync('ed25519').privateKey), /signature does not verify/],
    ['a token without a role', () => signLocally({ sub: 'x' }), /no "role" claim.*allowed: officer, liaison, auditor, admin/],
    ['an officer token without provinces', () => signLocally({ sub: 'x', role: 'officer' }), /officer token needs a "provinces" claim/],
    ['a liaison token without entity', () => signLocally({ sub: 'x', role: 'liaison' }), /liaison token needs an "entity" claim/],
    ['a token from another issuer', () => new SignJWT({ sub: 'x', role: 'admin' }).setProtectedHeader({ alg: 'EdDSA' }).setIssuer('elsewhere').setExpirationTime('1h').sign(keys.keyPair().privateKey), /issuer is not ombudsman-follow-up-local/],
    ['a token without expiry', () => new SignJWT({ sub: 'x', role: 'admin' }).setProtectedHeader({ alg: 'EdDSA' }).setIssuer(LOCAL_ISSUER).sign(keys.keyPair().privateKey), /"exp"/],
    ['a shared-secret token', () => new SignJWT({ sub: 'x', role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setIssuer(LOCAL_ISSUER).setExpirationTime('1h').sign(new TextEncoder().encode('s'.repeat(32))), /algorithm is not accepted/],
    ['garbage', async () => 'not.a.jwt', /malformed/],
  ])('refuses %s with a reason', async (_case, token, reason) => {
    const error = await refusal(tokens.verify(await token()));
    expect(error).toBeInstanceOf(InvalidToken);
    expect((error as InvalidToken).reason).toMatch(reason);
  });

  it('will not mint a token it would refuse', async () => {
    await expect(minter.mint({ sub: 'x', role: 'officer' })).rejects.toMatchObject({ claim: 'provinces' });
    await expect(minter.mint({ sub: 'x', role: 'admin', expiresIn: 'soon' })).rejects.toMatchObject({ claim: 'exp' });
  });
});

describe('TokenService, OIDC mode against a JWKS served on 127.0.0.1', () => {
  const audience = 'follow-up-api';
  let server: Server;
  let base: string;
  let issuer: string;
  let signingKey: KeyLike;
  let jwk: JWK;
  let dataDir: string;
  const hits = new Map<string, number>();

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((req, res) => {
      hits.set(req.url ?? '', (hits.get(req.url ?? '') ?? 0) + 1);
      const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.url === '/realms/test/.well-known/openid-configuration') return json(200, { issuer, jwks_uri: `${base}/realms/test/certs` });
      if (req.url === '/realms/test/certs' || req.url === '/alt/certs') return json(200, { keys: [jwk] });
      if (req.url === '/realms/broken/.well-known/openid-configuration') return json(503, { error: 'starting' });
      json(404, {});
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    issuer = `${base}/realms/test`;
    dataDir = mkdtempSync(join(tmpdir(), 'auth-oidc-'));
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dataDir, { recursive: true, force: true });
  });

  const service = (oidc: OidcConfig) => {
    const config = configFor(dataDir, oidc);
    return new TokenService(config, new LocalKeyStore(config));
  };
  const idpToken = (claims: JWTPayload, options: { iss?: string; aud?: string; key?: KeyLike; kid?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'k1' })
      .setIssuer(options.iss ?? issuer)
      .setAudience(options.aud ?? audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(options.key ?? signingKey);
  const keycloakClaims = { sub: 'kc-7', preferred_username: 'sari', realm_access: { roles: ['officer'] }, provinces: ['64'] };

  it('accepts a token with the right issuer and audience, keys found by discovery', async () => {
    const tokens = service({ issuer, audience });
    await expect(tokens.verify(await idpToken(keycloakClaims))).resolves.toEqual({ id: 'kc-7', name: 'sari', role: 'officer', provinces: ['64'] });
    expect(tokens.mode).toBe('oidc');
  });

  it('uses OIDC_JWKS_URL instead of discovery when set', async () => {
    const tokens = service({ issuer: `${base}/realms/undiscoverable`, jwksUrl: `${base}/alt/certs` });
    await expect(tokens.verify(await idpToken(keycloakClaims, { iss: `${base}/realms/undiscoverable` }))).resolves.toMatchObject({ id: 'kc-7' });
  });

  it.each<[string, () => Promise<string>, RegExp]>([
    ['another audience', () => idpToken(keycloakClaims, { aud: 'other-api' }), /audience does not include follow-up-api/],
    ['another issuer', () => idpToken(keycloakClaims, { iss: 'https://evil.example' }), /issuer is not http:\/\/127\.0\.0\.1:\d+\/realms\/test/],
    ['a key the issuer does not publish', async () => idpToken(keycloakClaims, { key: (await generateKeyPair('RS256')).privateKey }), /signature does not verify/],
    ['an unknown key id', () => idpToken(keycloakClaims, { kid: 'k9' }), /no key of the issuer matches/],
    ['a locally minted token', () => new LocalTokenMinter(new LocalKeyStore(configFor(dataDir))).mint({ sub: 'x', role: 'admin' }), /no key of the issuer matches/],
    ['an IdP token without one of our roles', () => idpToken({ sub: 'kc-8', realm_access: { roles: ['default-roles-test'] } }), /no "role" claim/],
  ])('refuses %s', async (_case, token, reason) => {
    const error = await refusal(service({ issuer, audience }).verify(await token()));
    expect(error).toBeInstanceOf(InvalidToken);
    expect((error as InvalidToken).reason).toMatch(reason);
  });

  it('does not check the audience when none is configured', async () => {
    await expect(service({ issuer }).verify(await idpToken(keycloakClaims, { aud: 'anything' }))).resolves.toMatchObject({ id: 'kc-7' });
  });

  it('reports an unreachable or failing issuer as unavailable, not as a bad token, and retries later', async () => {
    const broken = service({ issuer: `${base}/realms/broken` });
    const token = await idpToken(keycloakClaims, { iss: `${base}/realms/broken` });
    const first = await refusal(broken.verify(token));
    expect(first).toBeInstanceOf(AuthUnavailable);
    expect(first.message).toMatch(/discovery .* failed: HTTP 503/);
    await expect(broken.verify(token)).rejects.toBeInstanceOf(AuthUnavailable);
    expect(hits.get('/realms/broken/.well-known/openid-configuration')).toBe(2);

    const closedPort = service({ issuer: 'http://127.0.0.1:1/realms/none', jwksUrl: 'http://127.0.0.1:1/certs' });
    await expect(closedPort.verify(await idpToken(keycloakClaims, { iss: 'http://127.0.0.1:1/realms/none' }))).rejects.toBeInstanceOf(AuthUnavailable);
  });
});
