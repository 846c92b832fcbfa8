import { requestProblem, type GuardedRequest } from './request-guards.hook';
import { REQUEST_LIMITS } from './request-limits';

const limits = { ...REQUEST_LIMITS, maxUrlLength: 100, bodyLimit: 1_000 };
const check = (url: string, headers: GuardedRequest['headers'] = {}) => requestProblem({ url, headers }, limits);

describe('requestProblem', () => {
  it('lets ordinary requests through', () => {
    expect(check('/v1/entities/64%2E01?asOf=2026-11-22&q=a+b%20c')).toBeUndefined();
    expect(check('/v1/entities', { 'content-length': '999', 'content-encoding': 'identity' })).toBeUndefined();
  });

  it('answers a target over the limit with 414, not "Bad Request"', () => {
    expect(check(`/v1/x?q=${'a'.repeat(100)}`)).toMatchObject({ status: 414, code: 'UriTooLong', title: 'URI Too Long', errors: [{ field: 'url', allowed: 100 }] });
    expect(check(`/${'a'.repeat(99)}`)).toBeUndefined();
  });

  it.each([
    ['/v1/ent%zzities', 'path'],
    ['/v1/entities/%C3', 'path'],
    ['/v1/x?status=%E0%A4%A', 'query.status'],
    ['/v1/x?ok=1&na%FFme=1', 'query.na%FFme'],
    ['/v1/x?a%20b=%', 'query.a b'],
  ])('answers bad percent-encoding in %s naming %s', (url, field) => {
    expect(check(url)).toMatchObject({ status: 400, code: 'InvalidPercentEncoding', errors: [{ field }] });
  });

  it('refuses content codings other than identity when there is a body, saying which it accepts', () => {
    expect(check('/v1/x', { 'content-length': '10', 'content-encoding': 'gzip' })).toMatchObject({
      status: 415,
      code: 'UnsupportedContentEncoding',
      headers: { 'Accept-Encoding': 'identity' },
      errors: [{ field: 'header.Content-Encoding', allowed: ['identity'] }],
    });
    expect(check('/v1/x', { 'transfer-encoding': 'chunked', 'content-encoding': 'br' })).toMatchObject({ status: 415 });
    // No body, nothing to decode.
    expect(check('/v1/x', { 'content-encoding': 'gzip' })).toBeUndefined();
    expect(check('/v1/x', { 'content-length': '0', 'content-encoding': 'gzip' })).toBeUndefined();
  });

  it('refuses a declared length over the body limit with 413', () => {
    expect(check('/v1/x', { 'content-length': '1001' })).toMatchObject({ status: 413, code: 'ContentTooLarge', errors: [{ field: 'body', allowed: 1_000 }] });
    expect(check('/v1/x', { 'content-length': '1000' })).toBeUndefined();
  });
});
