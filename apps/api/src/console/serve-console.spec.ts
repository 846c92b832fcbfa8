import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { serveConsole } from './serve-console';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('serveConsole', () => {
  let dir: string;
  let fastify: FastifyInstance;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Konsol</title>');
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'export {};');
    fastify = Fastify({ routerOptions: { maxParamLength: 10 } });
    fastify.get('/v1/entities/:code', () => ({ ok: true }));
    await serveConsole(fastify, { dir, issuer: 'https://sso.example.go.id/realms/ombudsman', limits: { maxParamLength: 10 } });
    await fastify.ready();
  });
  afterAll(async () => {
    await fastify.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a browser navigating to a console page with the page and its CSP naming the issuer', async () => {
    const res = await fastify.inject({ method: 'GET', url: '/rekomendasi/r-1?tab=bukti', headers: { accept: BROWSER_ACCEPT } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("connect-src 'self' https://sso.example.go.id");
    expect(res.body).toContain('<title>Konsol</title>');
  });

  it("serves the page for a provider's address although its code has a dot, but 404s a missing file", async () => {
    const provider = await fastify.inject({ method: 'GET', url: '/penyelenggara/64.09', headers: { accept: BROWSER_ACCEPT } });
    expect(provider.statusCode).toBe(200);
    const missing = await fastify.inject({ method: 'GET', url: '/assets/gone-123.js', headers: { accept: BROWSER_ACCEPT } });
    expect(missing.statusCode).toBe(404);
  });

  it('answers an API client asking for an unknown path with a 404, not the page', async () => {
    for (const accept of [undefined, 'application/json', '*/*']) {
      const res = await fastify.inject({ method: 'GET', url: '/nowhere', headers: accept ? { accept } : {} });
      expect([accept, res.statusCode]).toEqual([accept, 404]);
    }
  });

  it('never answers an API path or a missing file with the page', async () => {
    for (const url of ['/v1/nothing', '/assets/gone-000000.js']) {
      expect((await fastify.inject({ method: 'GET', url, headers: { accept: BROWSER_ACCEPT } })).statusCode).toBe(404);
    }
    expect((await fastify.inject({ method: 'GET', url: '/assets/app-abc123.js' })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers an API path parameter over the limit with the 414 problem the router would have given', async () => {
    const res = await fastify.inject({ method: 'GET', url: `/v1/entities/${'6'.repeat(11)}`, headers: { 'accept-language': 'id' } });
    expect(res.statusCode).toBe(414);
    expect(res.headers['content-language']).toBe('id');
    expect(res.json()).toMatchObject({ code: 'UriTooLong', errors: [{ field: 'path', allowed: 10 }] });
    expect((await fastify.inject({ method: 'GET', url: '/v1/entities/64.01' })).json()).toEqual({ ok: true });
  });
});
