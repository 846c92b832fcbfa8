import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiHarness, bearer, startApi } from '../support/api-harness';
import { REQUEST_LIMITS } from '@app/platform/http';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Requests refused before the application sees them — by Node's HTTP parser, Fastify's
 * router, the request guards or the JSON parser — still get a problem+json answer naming
 * what was wrong. inject() covers what it can express; a real socket covers what it cannot
 * (a request line or headers Node itself refuses, a body streamed without a length).
 */
describe('refusals before the application sees the request', () => {
  let api: ApiHarness;
  let port: number;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await startApi();
    admin = bearer(await api.token({ role: 'admin' }));
    await api.app.listen(0, '127.0.0.1');
    port = (api.app.getHttpServer().address() as AddressInfo).port;
  }, 30_000);
  afterAll(() => api.close());

  const json = (headers: Record<string, unknown>) => {
    expect(headers['content-type']).toBe('application/problem+json; charset=utf-8');
  };

  /** Writes `text` as it is on a fresh connection and reads the answer until the server closes it. */
  function raw(text: string, end = false): Promise<RawAnswer> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      const finish = () => {
        const answer = Buffer.concat(chunks).toString('utf8');
        const [head, ...rest] = answer.split('\r\n\r\n');
        const [statusLine, ...headerLines] = head.split('\r\n');
        const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
        if (!statusLine.startsWith('HTTP/1.1 ')) reject(new Error(`no HTTP answer: ${JSON.stringify(answer.slice(0, 200))}`));
        else resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
      };
      socket.on('end', finish);
      // The server may reset after answering when request bytes are still unread; the answer is what counts.
      socket.on('error', () => (chunks.length > 0 ? finish() : reject(new Error('connection failed before any answer'))));
      // Half-closing says the request is over, which is what a body cut short needs.
      if (end) socket.end(text);
      else socket.write(text);
    });
  }

  describe('percent-encoding', () => {
    it.each([
      ['a path parameter', '/v1/entities/%E0%A4%A', 'path'],
      ['a static path segment', '/v1/ent%zzities', 'path'],
      ['a query value', '/v1/recommendations?status=%zz', 'query.status'],
      ['a query name', '/v1/recommendations?st%FFatus=open', 'query.st%FFatus'],
    ])('answers bad percent-encoding in %s with 400 naming it', async (_case, url, field) => {
      const res = await api.app.inject({ method: 'GET', url, headers: admin });
      expect(res.statusCode).toBe(400);
      json(res.headers);
      expect(res.json()).toMatchObject({ status: 400, code: 'InvalidPercentEncoding', errors: [{ field }] });
    });

    it('answers an unknown path with a 404 problem', async () => {
      const res = await api.app.inject({ method: 'GET', url: '/nowhere?x=1', headers: admin });
      expect(res.statusCode).toBe(404);
      json(res.headers);
      expect(res.json()).toMatchObject({ status: 404, instance: '/nowhere' });
    });

    it('lets well-formed encodings through', async () => {
      const res = await api.app.inject({ method: 'GET', url: '/v1/entities/64%2E01?asOf=2026-11-22', headers: admin });
      expect(res.statusCode).toBe(404);
      expect(res.json()).not.toMatchObject({ code: 'InvalidPercentEncoding' });
    });
  });

  describe('over-long request targets and headers', () => {
    const notBadRequest = (body: { title: string }) => {
      expect(body.title).toBe('URI Too Long');
      expect(body.title).not.toMatch(/bad request/i);
    };

    it('answers a path parameter over the limit with 414', async () => {
      const res = await api.app.inject({ method: 'GET', url: `/v1/entities/${'6'.repeat(REQUEST_LIMITS.maxParamLength + 1)}`, headers: admin });
      expect(res.statusCode).toBe(414);
      json(res.headers);
      expect(res.json()).toMatchObject({ code: 'UriTooLong', errors: [{ field: 'path', allowed: REQUEST_LIMITS.maxParamLength }] });
      notBadRequest(res.json());
    });

    it('answers a target over the URL limit with 414, on known and unknown paths', async () => {
      for (const url of [`/v1/recommendations?status=${'x'.repeat(REQUEST_LIMITS.maxUrlLength)}`, `/nowhere?q=${'x'.repeat(REQUEST_LIMITS.maxUrlLength)}`]) {
        const res = await api.app.inject({ method: 'GET', url, headers: admin });
        expect(res.statusCode).toBe(414);
        expect(res.json()).toMatchObject({ code: 'UriTooLong', errors: [{ field: 'url', allowed: REQUEST_LIMITS.maxUrlLength }] });
        notBadRequest(res.json());
      }
    });

    it('answers a request line Node itself refuses with a raw 414 problem', async () => {
      const res = await raw(`GET /v1/recommendations?status=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
      expect(res.status).toBe(414);
      json(res.headers);
      expect(res.headers.connection).toBe('close');
      const body = JSON.parse(res.body) as { title: string };
      expect(body).toMatchObject({ status: 414, code: 'UriTooLong', type: 'urn:problem:uri-too-long' });
      notBadRequest(body);
    });

    it('answers headers over Node’s limit with a raw 431 problem naming the request path', async () => {
      const res = await raw(`GET /v1/entities HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'p'.repeat(20_000)}\r\n\r\n`);
      expect(res.status).toBe(431);
      json(res.headers);
      expect(JSON.parse(res.body)).toMatchObject({ status: 431, code: 'RequestHeaderFieldsTooLarge', instance: '/v1/entities', errors: [{ field: 'headers' }] });
    });

    it('gives a request a bounded time to arrive (Node answers a late one through the same raw problem, as 408)', () => {
      expect((api.app.getHttpServer() as { requestTimeout: number }).requestTimeout).toBe(REQUEST_LIMITS.requestTimeoutMs);
    });

    it('answers a request that is not HTTP with a raw 400 problem', async () => {
      const res = await raw('HELLO THERE\r\n\r\n');
      expect(res.status).toBe(400);
      json(res.headers);
      expect(JSON.parse(res.body)).toMatchObject({ status: 400, code: 'MalformedRequest' });
    });
  });

  describe('bodies', () => {
    const entity = { code: '63', name: 'Provinsi Kalimantan Selatan', kind: 'provinsi', timezone: 'WITA' };
    const post = (payload: string | Buffer, headers: Record<string, string>) =>
      api.app.inject({ method: 'POST', url: '/v1/entities', payload, headers: { ...admin, ...headers } });

    it.each([
      ['text/plain', 'text/plain'],
      ['a form', 'application/x-www-form-urlencoded'],
      ['a JSON look-alike', 'application/jsonx'],
      ['JSON in another charset', 'application/json; charset=iso-8859-1'],
    ])('answers %s with 415 naming Content-Type', async (_case, contentType) => {
      const res = await post(JSON.stringify(entity), { 'content-type': contentType });
      expect(res.statusCode).toBe(415);
      json(res.headers);
      expect(res.json()).toMatchObject({ code: 'UnsupportedMediaType', errors: [{ field: 'header.Content-Type', allowed: expect.arrayContaining(['application/json']) }] });
    });

    it('answers a body without Content-Type with 415', async () => {
      const res = await api.app.inject({ method: 'POST', url: '/v1/entities', payload: Buffer.from(JSON.stringify(entity)), headers: admin });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toMatchObject({ code: 'UnsupportedMediaType', errors: [{ field: 'header.Content-Type', message: 'is missing' }] });
    });

    it('answers a Content-Encoding it cannot read with 415 and the codings it accepts', async () => {
      const res = await post(JSON.stringify(entity), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      expect(res.statusCode).toBe(415);
      json(res.headers);
      expect(res.headers['accept-encoding']).toBe('identity');
      expect(res.json()).toMatchObject({ code: 'UnsupportedContentEncoding', errors: [{ field: 'header.Content-Encoding', allowed: ['identity'] }] });
    });

    it('answers malformed JSON with 400', async () => {
      const res = await post('{"code":"63",', { 'content-type': 'application/json' });
      expect(res.statusCode).toBe(400);
      json(res.headers);
      expect(res.json()).toMatchObject({ code: 'MalformedJson', errors: [{ field: 'body' }] });
    });

    it('answers a body nested thousands deep with 400 naming the limit', async () => {
      const res = await post(`{"name":${'['.repeat(50_000)}${']'.repeat(50_000)}}`, { 'content-type': 'application/json' });
      expect(res.statusCode).toBe(400);
      json(res.headers);
      expect(res.json()).toMatchObject({ code: 'JsonTooDeep', errors: [{ allowed: REQUEST_LIMITS.maxJsonDepth }] });
      expect(res.json().errors[0].field).toMatch(/^name(\.0)+$/);
    });

    it('answers a lone surrogate with 400 naming the field', async () => {
      const res = await post(JSON.stringify(entity).replace('Selatan', 'Selatan\\ud800'), { 'content-type': 'application/json' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'LoneSurrogate', errors: [{ field: 'name' }] });
    });

    it('answers a __proto__ key with 400', async () => {
      const res = await post('{"code":"63","__proto__":{"role":"admin"}}', { 'content-type': 'application/json' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'ForbiddenKey', errors: [{ field: '__proto__' }] });
    });

    it('refuses tens of thousands of unknown keys while other requests keep being answered', async () => {
      const keys = JSON.stringify({ ...entity, ...Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`unknown${i}`, i])) });
      const [refused, health] = await Promise.all([post(keys, { 'content-type': 'application/json' }), api.app.inject({ method: 'GET', url: '/health' })]);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'JsonTooLarge', errors: [{ allowed: REQUEST_LIMITS.maxJsonNodes }] });
      expect(health.statusCode).toBe(200);
    });

    it('answers a declared length over the body limit with 413 before reading the body', async () => {
      const res = await raw(
        `POST /v1/entities HTTP/1.1\r\nHost: localhost\r\nAuthorization: ${admin.authorization}\r\nContent-Type: application/json\r\nContent-Length: ${REQUEST_LIMITS.bodyLimit + 1}\r\nConnection: close\r\n\r\n{`,
      );
      expect(res.status).toBe(413);
      json(res.headers);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'ContentTooLarge', title: 'Content Too Large', errors: [{ field: 'body', allowed: REQUEST_LIMITS.bodyLimit }] });
    });

    it('answers a body cut short with 400, not a server error', async () => {
      const res = await raw(`POST /v1/entities HTTP/1.1\r\nHost: localhost\r\nAuthorization: ${admin.authorization}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"code":`, true);
      expect(res.status).toBe(400);
      json(res.headers);
      expect(JSON.parse(res.body)).toMatchObject({ status: 400 });
    });

    it('answers a streamed body over the limit with 413', async () => {
      const answer = await new Promise<{ status: number; contentType: string | undefined; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/v1/entities', headers: { ...admin, 'content-type': 'application/json' } }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], body }));
        });
        req.on('error', reject);
        // Chunked, so no Content-Length to refuse early: Fastify counts the bytes as they come.
        const chunk = Buffer.alloc(1_048_576, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent <= REQUEST_LIMITS.bodyLimit) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          req.end();
        };
        pump();
      });
      expect(answer.status).toBe(413);
      expect(answer.contentType).toBe('application/problem+json; charset=utf-8');
      expect(JSON.parse(answer.body)).toMatchObject({ status: 413, code: 'ContentTooLarge', errors: [{ field: 'body', allowed: REQUEST_LIMITS.bodyLimit }] });
    });

    it('still takes a JSON body of several megabytes (base64 evidence)', async () => {
      const big = { ...entity, name: 'x'.repeat(12 * 1_048_576) };
      const res = await post(JSON.stringify(big), { 'content-type': 'application/json; charset=utf-8' });
      // Past the parser: the DTO's own rules answer now, whatever they are.
      expect(res.json().code).not.toMatch(/^(Json|Malformed|ContentTooLarge|UnsupportedMediaType)/);
    });
  });

  describe('/metrics', () => {
    it('asks for a token', async () => {
      const res = await api.app.inject({ method: 'GET', url: '/metrics' });
      expect(res.statusCode).toBe(401);
      json(res.headers);
    });

    it('refuses roles other than admin', async () => {
      for (const role of ['officer', 'auditor'] as const) {
        const token = await api.token({ role, provinces: role === 'officer' ? ['*'] : undefined });
        const res = await api.app.inject({ method: 'GET', url: '/metrics', headers: bearer(token) });
        expect([role, res.statusCode]).toEqual([role, 403]);
      }
    });

    it('serves Prometheus text to an admin', async () => {
      const res = await api.app.inject({ method: 'GET', url: '/metrics', headers: admin });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(res.body).toContain('process_cpu_user_seconds_total');
    });
  });
});
