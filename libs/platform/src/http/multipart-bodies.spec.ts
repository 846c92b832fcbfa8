import { requestProblem } from './request-guards.hook';
import { REQUEST_LIMITS } from './request-limits';

const limits = { ...REQUEST_LIMITS, bodyLimit: 1_000 };
const multipart = { 'content-type': 'multipart/form-data; boundary=x', 'content-length': '5000' };

describe('multipart bodies: on upload routes only', () => {
  it('refuses multipart on every other route with 415, as any body that is not JSON', () => {
    expect(requestProblem({ url: '/v1/recommendations/r/follow-ups', headers: multipart }, limits)).toMatchObject({
      status: 415,
      code: 'UnsupportedMediaType',
      errors: [{ field: 'header.Content-Type', allowed: ['application/json', 'application/json; charset=utf-8'] }],
    });
  });

  it('lets an upload route take multipart beyond the JSON body limit (it enforces its own)', () => {
    expect(requestProblem({ url: '/v1/evidence', headers: multipart, acceptsMultipart: true }, limits)).toBeUndefined();
  });

  it('refuses anything but multipart on an upload route, saying what it takes', () => {
    expect(requestProblem({ url: '/v1/evidence', headers: { 'content-type': 'application/json', 'content-length': '2' }, acceptsMultipart: true }, limits)).toMatchObject({
      status: 415,
      errors: [{ field: 'header.Content-Type', allowed: ['multipart/form-data'] }],
    });
  });
});
