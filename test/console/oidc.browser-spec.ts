import { bearer } from '../support/api-harness';
import { type ConsoleHarness, screenshot, startConsole } from './support/console-harness';
import { type FakeIssuer, s256, startFakeIssuer } from './support/fake-issuer';

jest.setTimeout(120_000);

const CLIENT_ID = 'ombudsman-console-test';

/**
 * With OIDC_ISSUER set, the console signs in at the issuer: the authorisation-code flow with PKCE
 * (S256) against a small issuer written for this test, whose access token the API then verifies
 * through the issuer's discovery document and JWKS.
 */
describe('signing in to the console with SSO (OIDC, authorisation code + PKCE)', () => {
  let issuer: FakeIssuer;
  let harness: ConsoleHarness;
  beforeAll(async () => {
    issuer = await startFakeIssuer({ clientId: CLIENT_ID, user: { sub: 'rina', name: 'Rina Kartika', role: 'officer', provinces: ['64'] } });
    harness = await startConsole({ env: { OIDC_ISSUER: issuer.issuer, OIDC_CONSOLE_CLIENT_ID: CLIENT_ID } });
    issuer.allowRedirect(`${harness.url}/masuk/callback`);
  });
  afterAll(async () => {
    await harness?.close();
    await issuer?.close();
  });

  it('signs in with "Masuk dengan SSO", keeps the token in sessionStorage and never puts it in a URL', async () => {
    const page = await harness.newPage();
    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(frame.url());
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));

    await page.goto('/terlambat');
    await page.getByRole('button', { name: 'Masuk dengan SSO' }).click();
    await page.getByTestId('signed-in-as').waitFor();
    await page.waitForURL((url) => url.pathname === '/terlambat' && url.search === '');

    expect(issuer.accessTokens).toHaveLength(1);
    const token = issuer.accessTokens[0];
    await expect(page.evaluate("sessionStorage.getItem('console.token')")).resolves.toBe(token);
    // The browser went to the issuer (which redirected at once) and came back with a one-time code, never with the token.
    expect(requested.some((url) => url.startsWith(`${issuer.issuer}/authorize?`) && url.includes('code_challenge_method=S256'))).toBe(true);
    expect(visited.some((url) => url.startsWith(`${harness.url}/masuk/callback?`) && url.includes('code='))).toBe(true);
    for (const url of [...visited, ...requested]) {
      expect(url).not.toContain(token);
      expect(url).not.toMatch(/access_token|id_token/);
    }
    // The API knows who the issuer signed in.
    const me = await harness.api.app.inject({ method: 'GET', url: '/v1/me', headers: bearer(token) });
    expect(me.json()).toMatchObject({ id: 'rina', role: 'officer', provinces: ['64'], name: 'Rina Kartika' });
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toContain('Rina Kartika');
  });

  it('shows only the SSO button on the sign-in page, readable on a phone', async () => {
    const page = await harness.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto('/');
    const sso = page.getByRole('button', { name: 'Masuk dengan SSO' });
    await sso.waitFor();
    await expect(page.getByLabel('Token akses').count()).resolves.toBe(0);
    const box = await sso.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await screenshot(page, 'sign-in-sso-phone');
  });

  it('the issuer exchanges a code only for the PKCE verifier it was challenged with, once', async () => {
    const redirectUri = `${harness.url}/masuk/callback`;
    const codeFor = async (verifier: string): Promise<string> => {
      const authorize = new URL(`${issuer.issuer}/authorize`);
      const query = { client_id: CLIENT_ID, redirect_uri: redirectUri, response_type: 'code', scope: 'openid', state: 's', code_challenge: s256(verifier), code_challenge_method: 'S256' };
      for (const [name, value] of Object.entries(query)) authorize.searchParams.set(name, value);
      const res = await fetch(authorize, { redirect: 'manual' });
      expect(res.status).toBe(302);
      return new URL(res.headers.get('location') ?? '').searchParams.get('code') ?? '';
    };
    const exchange = (code: string, verifier: string) =>
      fetch(`${issuer.issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: CLIENT_ID, code_verifier: verifier }),
      });
    const verifier = 'a-verifier-of-the-right-length-0123456789-abcdefghij';

    const wrong = await exchange(await codeFor(verifier), 'another-verifier-of-the-same-length-0123456789-abcd');
    expect(wrong.status).toBe(400);
    await expect(wrong.json()).resolves.toMatchObject({ error: 'invalid_grant', error_description: 'code_verifier does not match code_challenge' });

    const code = await codeFor(verifier);
    expect((await exchange(code, verifier)).status).toBe(200);
    expect((await exchange(code, verifier)).status).toBe(400);
  });
});
