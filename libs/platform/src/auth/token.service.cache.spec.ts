import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jose from 'jose';
import type { AppConfig, OidcConfig } from '../config/app-config';
import { InvalidToken } from './auth-errors';
import { LocalKeyStore } from './local-key-store';
import { LocalTokenMinter } from './local-token-minter';
import { TokenService } from './token.service';

// Counts signature verifications; the real jwtVerify still does the work.
jest.mock('jose', () => {
  const actual = jest.requireActual<typeof import('jose')>('jose');
  return { ...actual, jwtVerify: jest.fn(actual.jwtVerify) };
});
const jwtVerify = jose.jwtVerify as jest.MockedFunction<typeof jose.jwtVerify>;

const configFor = (dataDir: string, oidc: OidcConfig = {}): AppConfig => ({ dataDir, port: 0, oidc, redis: { keyPrefix: 'ofu:' } });
const START = Date.parse('2026-03-02T08:00:00Z');
const MINUTE = 60_000;

/** Only the date is faked: sockets and timers run as usual. */
const driveTheDate = () =>
  jest.useFakeTimers({
    now: START,
    doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'],
  });

async function refusal(promise: Promise<unknown>): Promise<InvalidToken> {
  try {
    await promise;
  } catch (error) {
    return error as InvalidToken;
  }
  throw new Error('expected the token to be refused');
}

describe('TokenService remembers verified tokens, embedded mode', () => {
  let dataDir: string;
  let keys: LocalKeyStore;
  let tokens: TokenService;
  let minter: LocalTokenMinter;

  beforeEach(() => {
    driveTheDate();
    jwtVerify.mockClear();
    dataDir = mkdtempSync(join(tmpdir(), 'auth-cache-'));
    keys = new LocalKeyStore(configFor(dataDir));
    tokens = new TokenService(configFor(dataDir), keys);
    minter = new LocalTokenMinter(keys);
  });
  afterEach(() => {
    jest.useRealTimers();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("checks a token's signature once within its lifetime", async () => {
    const token = await minter.mint({ sub: 'budi', role: 'officer', provinces: ['64'] });
    const first = await tokens.verify(token);
    const second = await tokens.verify(token);
    expect(second).toEqual(first);
    expect(jwtVerify).toHaveBeenCalledTimes(1);
  });

  it('refuses a remembered token once it has expired', async () => {
    const token = await minter.mint({ sub: 'budi', role: 'admin', expiresIn: '10m' });
    await tokens.verify(token);
    jest.setSystemTime(START + 11 * MINUTE);
    const error = await refusal(tokens.verify(token));
    expect(error).toBeInstanceOf(InvalidToken);
    expect(error.reason).toMatch(/expired/);
  });

  it('refuses a remembered token once the key that signed it is replaced', async () => {
    const token = await minter.mint({ sub: 'budi', role: 'admin' });
    await tokens.verify(token);
    const replaced = generateKeyPairSync('ed25519');
    jest.spyOn(keys, 'keyPair').mockReturnValue(replaced);
    const error = await refusal(tokens.verify(token));
    expect(error.reason).toMatch(/signature does not verify/);
  });

  it('gives each request its own actor', async () => {
    const token = await minter.mint({ sub: 'sari', role: 'officer', provinces: ['63', '64'] });
    const first = await tokens.verify(token);
    first.provinces?.push('11');
    first.role = 'admin';
    await expect(tokens.verify(token)).resolves.toEqual({ id: 'sari', role: 'officer', provinces: ['63', '64'] });
  });
});

describe('TokenService remembers verified tokens, OIDC mode', () => {
  let server: Server;
  let base: string;
  let dataDir: string;
  let published: jose.JWK[] = [];
  const pairs: Record<string, jose.GenerateKeyPairResult<jose.KeyLike>> = {};

  beforeAll(async () => {
    for (const kid of ['k1', 'k2']) pairs[kid] = await jose.generateKeyPair('RS256');
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published })));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dataDir = mkdtempSync(join(tmpdir(), 'auth-cache-oidc-'));
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => driveTheDate());
  afterEach(() => jest.useRealTimers());

  const publish = async (...kids: string[]) => {
    published = await Promise.all(kids.map(async (kid) => ({ ...(await jose.exportJWK(pairs[kid].publicKey)), kid, alg: 'RS256', use: 'sig' })));
  };
  const idpToken = (kid: string) =>
    new jose.SignJWT({ sub: 'kc-7', realm_access: { roles: ['admin'] } })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(`${base}/realms/test`)
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(pairs[kid].privateKey);

  it('refuses a remembered token once the issuer has withdrawn its key', async () => {
    await publish('k1');
    const tokens = new TokenService(configFor(dataDir, { issuer: `${base}/realms/test`, jwksUrl: `${base}/certs` }), new LocalKeyStore(configFor(dataDir)));
    const token = await idpToken('k1');
    await expect(tokens.verify(token)).resolves.toMatchObject({ id: 'kc-7', role: 'admin' });

    await publish('k2');
    // Past the key set's cache age (10 minutes), well within the token's lifetime: the set is fetched again.
    jest.setSystemTime(START + 11 * MINUTE);
    const error = await refusal(tokens.verify(token));
    expect(error).toBeInstanceOf(InvalidToken);
    expect(error.reason).toMatch(/no key of the issuer matches/);
    await expect(tokens.verify(await idpToken('k2'))).resolves.toMatchObject({ id: 'kc-7' });
  });
});
