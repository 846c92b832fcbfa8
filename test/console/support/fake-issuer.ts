import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';

/** The person the issuer signs in, as its access token will describe them. */
export interface FakeUser {
  sub: string;
  name: string;
  role: 'officer' | 'liaison' | 'auditor' | 'admin';
  provinces?: string[];
  entity?: string;
}

export interface FakeIssuer {
  /** http://127.0.0.1:<port>: the `iss` of its tokens and the base of its discovery document. */
  issuer: string;
  clientId: string;
  /** Every access token handed out, in order. */
  readonly accessTokens: string[];
  /** Accepts one more redirect URI (the console's port is known only once the API listens). */
  allowRedirect(uri: string): void;
  close(): Promise<void>;
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce?: string;
}

const KEY_ID = 'fake-issuer-1';
const TOKEN_LIFETIME_SECONDS = 3600;

/**
 * A small OpenID Provider for tests: discovery, JWKS, an authorisation endpoint that consents at
 * once (redirecting back with a one-time code), and a token endpoint that accepts the code only
 * with the PKCE verifier whose S256 hash is the challenge sent to /authorize. Access tokens are
 * ES256 JWTs with the role and scope claims the API reads. Only redirect URIs allowed are honoured.
 */
export async function startFakeIssuer(options: { clientId: string; user: FakeUser }): Promise<FakeIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const redirectUris = new Set<string>();
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: KEY_ID, alg: 'ES256', use: 'sig' };
  const codes = new Map<string, PendingCode>();
  const accessTokens: string[] = [];
  let issuer = '';

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, { error: 'server_error', error_description: String(error) }));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', issuer);
    // The console (another origin) reads discovery, keys and tokens with fetch.
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'content-type, authorization' }).end();
      return;
    }
    if (request.method === 'GET' && url.pathname === '/.well-known/openid-configuration') return send(response, 200, discovery());
    if (request.method === 'GET' && url.pathname === '/jwks') return send(response, 200, { keys: [jwk] });
    if (request.method === 'GET' && url.pathname === '/authorize') return authorize(url, response);
    if (request.method === 'POST' && url.pathname === '/token') return token(new URLSearchParams(await bodyOf(request)), response);
    send(response, 404, { error: 'not_found' });
  }

  const discovery = () => ({
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code'],
    code_challenge_methods_supported: ['S256'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['ES256'],
    token_endpoint_auth_methods_supported: ['none'],
  });

  function authorize(url: URL, response: ServerResponse): void {
    const q = url.searchParams;
    const redirectUri = q.get('redirect_uri') ?? '';
    if (q.get('client_id') !== options.clientId || !redirectUris.has(redirectUri)) {
      // Never redirect to an unregistered URI (RFC 6749 §4.1.2.1): answer here.
      return send(response, 400, { error: 'invalid_request', error_description: 'unknown client or redirect_uri' });
    }
    const back = new URL(redirectUri);
    const state = q.get('state');
    if (state !== null) back.searchParams.set('state', state);
    const challenge = q.get('code_challenge');
    if (q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256' || !challenge) {
      back.searchParams.set('error', 'invalid_request');
      back.searchParams.set('error_description', 'response_type=code with an S256 code_challenge is required');
    } else {
      const code = randomBytes(24).toString('base64url');
      codes.set(code, { clientId: options.clientId, redirectUri, challenge, nonce: q.get('nonce') ?? undefined });
      back.searchParams.set('code', code);
    }
    response.writeHead(302, { Location: back.toString() }).end();
  }

  async function token(form: URLSearchParams, response: ServerResponse): Promise<void> {
    const code = form.get('code') ?? '';
    const pending = codes.get(code);
    // A code is good for one exchange, right or wrong (RFC 6749 §4.1.2).
    codes.delete(code);
    if (form.get('grant_type') !== 'authorization_code' || !pending) return send(response, 400, { error: 'invalid_grant', error_description: 'unknown or used code' });
    if (form.get('client_id') !== pending.clientId || form.get('redirect_uri') !== pending.redirectUri) {
      return send(response, 400, { error: 'invalid_grant', error_description: 'client_id or redirect_uri differs from the authorisation request' });
    }
    const verifier = form.get('code_verifier') ?? '';
    if (s256(verifier) !== pending.challenge) return send(response, 400, { error: 'invalid_grant', error_description: 'code_verifier does not match code_challenge' });
    const { sub, name, ...claims } = options.user;
    const accessToken = await sign({ ...claims, name, scope: 'openid profile' }, sub, privateKey);
    const idToken = await sign({ name, ...(pending.nonce ? { nonce: pending.nonce } : {}) }, sub, privateKey, pending.clientId);
    accessTokens.push(accessToken);
    send(response, 200, { access_token: accessToken, id_token: idToken, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS, scope: 'openid profile' });
  }

  async function sign(claims: Record<string, unknown>, sub: string, key: KeyLike, audience?: string): Promise<string> {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: KEY_ID, typ: 'JWT' }).setIssuer(issuer).setSubject(sub).setIssuedAt().setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`);
    if (audience) jwt.setAudience(audience);
    return jwt.sign(key);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    clientId: options.clientId,
    accessTokens,
    allowRedirect: (uri) => redirectUris.add(uri),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The PKCE S256 transform (RFC 7636 §4.2). */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
