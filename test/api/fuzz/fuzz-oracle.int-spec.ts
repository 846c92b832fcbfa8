import type { LightMyRequestResponse } from 'fastify';
import { judge } from './fuzz-oracle';
import type { FuzzRequest } from './fuzz-request.arbitraries';

/** The fuzzer's own rules must catch what they claim to, or a green fuzz run proves nothing. */
describe('the OpenAPI fuzzer judges an answer', () => {
  const request: FuzzRequest = { method: 'POST', url: '/v1/entities', headers: {}, payload: '{}', caller: 'admin', mutation: 'body = {}' };
  const answer = (statusCode: number, contentType: string, body: unknown) =>
    ({ statusCode, headers: { 'content-type': contentType }, body: JSON.stringify(body) }) as unknown as LightMyRequestResponse;
  const rules = (res: LightMyRequestResponse, stored: string[] = []) => judge('POST /v1/entities', request, res, stored).map((v) => v.rule);

  it('accepts a problem+json refusal that carries its status and stored nothing', () => {
    expect(rules(answer(400, 'application/problem+json; charset=utf-8', { status: 400 }))).toEqual([]);
    expect(rules(answer(201, 'application/json', { id: '63' }), ['entity-63#0 EntityRegistered'])).toEqual([]);
  });

  it('flags a 5xx, an error that is not problem+json, a status the body contradicts, and a refusal that stored events', () => {
    expect(rules(answer(500, 'application/problem+json', { status: 500 }))).toEqual(['no 5xx']);
    expect(rules(answer(400, 'application/json', { statusCode: 400 }))).toEqual(['problem+json']);
    expect(rules(answer(404, 'application/problem+json', { status: 400 }))).toEqual(['status in body']);
    expect(rules(answer(409, 'application/problem+json', { status: 409 }), ['entity-63#1 UnitRegistered'])).toEqual(['nothing stored on refusal']);
  });
});
