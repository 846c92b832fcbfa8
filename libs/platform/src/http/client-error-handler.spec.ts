import { acceptLanguageOf, clientProblem, rawProblemResponse, type ClientError } from './client-error-handler';

const limits = { maxUrlLength: 50 };
const parserError = (code: string, raw?: string): ClientError => Object.assign(new Error(code), { code, rawPacket: raw === undefined ? undefined : Buffer.from(raw, 'latin1') });
const lineOf = (raw: string) => {
  const end = raw.indexOf('\r\n');
  return end < 0 ? { overlong: true as const } : { line: raw.slice(0, end) };
};

describe('clientProblem', () => {
  it('says 431 when the headers, not the request line, overflow', () => {
    const raw = `GET /v1/entities HTTP/1.1\r\nX-Padding: ${'p'.repeat(100)}`;
    expect(clientProblem(parserError('HPE_HEADER_OVERFLOW', raw), lineOf(raw), limits)).toMatchObject({ status: 431, code: 'RequestHeaderFieldsTooLarge', errors: [{ field: 'headers' }] });
  });

  it('says 414 when the request line runs past the URL limit, finished or not', () => {
    const unfinished = `GET /v1/x?q=${'a'.repeat(100)}`;
    const finished = `${unfinished} HTTP/1.1\r\nHost: x`;
    for (const raw of [unfinished, finished]) {
      const problem = clientProblem(parserError('HPE_HEADER_OVERFLOW', raw), lineOf(raw), limits);
      expect(problem).toMatchObject({ status: 414, code: 'UriTooLong', title: 'URI Too Long' });
    }
  });

  it('says 400 for anything else the parser refuses, and 408 for a timeout', () => {
    expect(clientProblem(parserError('HPE_INVALID_METHOD'), undefined, limits)).toMatchObject({ status: 400, code: 'MalformedRequest' });
    expect(clientProblem(parserError('ERR_HTTP_REQUEST_TIMEOUT'), undefined, limits)).toMatchObject({ status: 408, code: 'RequestTimeout' });
  });
});

describe('rawProblemResponse', () => {
  it('writes a complete HTTP/1.1 problem+json response that closes the connection', () => {
    const response = rawProblemResponse({ status: 431, code: 'RequestHeaderFieldsTooLarge', detail: 'too big ✓' }, '/v1/x');
    const [head, body] = response.split('\r\n\r\n');
    expect(head.split('\r\n')).toEqual([
      'HTTP/1.1 431 Request Header Fields Too Large',
      'Content-Type: application/problem+json; charset=utf-8',
      'Content-Language: en',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
    ]);
    expect(JSON.parse(body)).toEqual({
      type: 'urn:problem:request-header-fields-too-large',
      title: 'Request header fields too large',
      status: 431,
      detail: 'too big ✓',
      instance: '/v1/x',
      code: 'RequestHeaderFieldsTooLarge',
    });
  });

  it('writes the refusal in Indonesian when the bytes read ask for it', () => {
    const raw = Buffer.from('GET /v1/x HTTP/1.1\r\nHost: a\r\nAccept-Language: id-ID,id;q=0.9,en;q=0.5\r\nX-Big: ');
    const response = rawProblemResponse({ status: 400, code: 'MalformedRequest', detail: 'x' }, undefined, acceptLanguageOf(raw));
    const [head, body] = response.split('\r\n\r\n');
    expect(head).toContain('Content-Language: id');
    expect(JSON.parse(body)).toMatchObject({ code: 'MalformedRequest', title: 'Permintaan tidak valid', detail: 'Permintaan ini bukan HTTP/1.1 yang benar.' });
  });

  it('finds no Accept-Language in bytes that cut it off or never had it', () => {
    expect(acceptLanguageOf(Buffer.from('GET / HTTP/1.1\r\nAccept-Language: id'))).toBeUndefined();
    expect(acceptLanguageOf(Buffer.from('GET / HTTP/1.1\r\nHost: a\r\n'))).toBeUndefined();
    expect(acceptLanguageOf(undefined)).toBeUndefined();
  });

  it('leaves instance out when the request could not be read', () => {
    expect(JSON.parse(rawProblemResponse({ status: 400, code: 'MalformedRequest', detail: 'x' }, undefined).split('\r\n\r\n')[1])).not.toHaveProperty('instance');
  });
});
