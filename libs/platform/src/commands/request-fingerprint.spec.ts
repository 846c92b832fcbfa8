import { requestFingerprint } from './request-fingerprint';

describe('requestFingerprint', () => {
  const body = { fulfilledOn: '2022-10-04', evidence: [{ name: 'a.pdf' }] };

  it('is the same for the same method, path and body, whatever the key order or the query', () => {
    const reordered = { evidence: [{ name: 'a.pdf' }], fulfilledOn: '2022-10-04' };
    expect(requestFingerprint('post', '/v1/obligations/x/fulfil?trace=1', reordered)).toBe(requestFingerprint('POST', '/v1/obligations/x/fulfil', body));
  });

  it('differs when the body, the resource in the path or the method differs', () => {
    const base = requestFingerprint('POST', '/v1/obligations/x/fulfil', body);
    expect(requestFingerprint('POST', '/v1/obligations/x/fulfil', { ...body, fulfilledOn: '2022-10-05' })).not.toBe(base);
    expect(requestFingerprint('POST', '/v1/obligations/y/fulfil', body)).not.toBe(base);
    expect(requestFingerprint('PUT', '/v1/obligations/x/fulfil', body)).not.toBe(base);
  });

  it('treats a missing body as null', () => {
    expect(requestFingerprint('POST', '/v1/x', undefined)).toBe(requestFingerprint('POST', '/v1/x', null));
  });
});
