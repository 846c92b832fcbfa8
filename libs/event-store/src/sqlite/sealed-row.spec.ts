import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { NewEvent } from '../envelope';
import { computeHash, sealEvents } from '../hash-chain';
import { sealRow } from './sealed-row';

const metadata = {
  schemaVersion: 1,
  actor: { id: 'system', role: 'system' as const },
  commandId: 'c1',
  correlationId: 'c1',
  causationId: 'c1',
  occurredAt: '2026-12-02T07:00:00.000Z',
};
const recordedAt = new Date('2026-12-02T07:00:00.123Z');
const prevHash = 'f'.repeat(64);

/** The row as the store wrote it before sealRow: the whole event through a JSON round trip, then sealed. */
function roundTripRow(event: NewEvent) {
  const [sealed] = sealEvents([JSON.parse(JSON.stringify(event)) as NewEvent], prevHash, recordedAt);
  return { id: sealed.id, type: sealed.type, data: JSON.stringify(sealed.data), metadata: JSON.stringify(sealed.metadata), hash: sealed.metadata.hash };
}

const event = (data: unknown, meta: object = metadata): NewEvent => ({ id: 'e1', type: 'DeadlineMarkedOverdue', data: data as Record<string, unknown>, metadata: meta as NewEvent['metadata'] });

describe('sealRow', () => {
  it.each([
    ['plain data', { recommendationId: 'r1', deadlineVersion: 1, '10': 'x', '2': 'y', b: [1, -0, 1e21, 1.5e-7, null, true], a: { 'é': '\u2028', '😀': '\ud800', z: '"\\' } }],
    ['a Date and an undefined', { at: new Date('2026-12-02T00:00:00Z'), gone: undefined, list: [undefined, 1] }],
    ['a non-finite number and a function', { n: Number.NaN, i: Number.POSITIVE_INFINITY, f: () => 1, list: [() => 1] }],
    ['a toJSON and a class instance', { t: { toJSON: () => ({ b: 1, a: 2 }) }, k: new (class Point { x = 1; })(), s: new String('s') }],
    ['a hole in an array and a null-prototype object', { list: [, 1], bare: Object.assign(Object.create(null) as object, { b: 1, a: 2 }) }],
    ['an own __proto__ key', JSON.parse('{"__proto__":{"b":1},"other":{"a":1}}') as unknown],
    ['keys named after Object.prototype methods in some objects only', { a: { constructor: 'c', hasOwnProperty: 1 }, b: { valueOf: [1] }, c: {} }],
  ])('stores and hashes %s exactly as the JSON round trip does', (_, data) => {
    expect(sealRow(event(data), prevHash, recordedAt)).toEqual(roundTripRow(event(data)));
  });

  it('keeps the round trip for metadata that carries a sealing key already, or is not plain', () => {
    const withHash = { ...metadata, hash: 'forged' };
    expect(sealRow(event({ a: 1 }, withHash), prevHash, recordedAt)).toEqual(roundTripRow(event({ a: 1 }, withHash)));
    const dated = { ...metadata, actor: { id: 'system', role: 'system', since: new Date(0) } };
    expect(sealRow(event({ a: 1 }, dated), prevHash, recordedAt)).toEqual(roundTripRow(event({ a: 1 }, dated)));
  });

  it('refuses what the round trip refuses', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(() => sealRow(event(cycle), prevHash, recordedAt)).toThrow(TypeError);
  });
});

describe('computeHash', () => {
  const packageHash = (type: string, data: unknown, meta: object) =>
    createHash('sha256').update(canonicalize({ type, data, metadata: meta }) as string, 'utf8').digest('hex');

  it.each([
    ['keys in code-unit order, integer-like keys included', { b: 1, a: 2, '10': 3, '2': 4, B: 5, é: 6, '😀': 7, '': 8 }],
    ['arrays, holes and undefined included', [1, , undefined, null, 'x', [2, [3]]]],
    ['undefined, symbol and function values', { u: undefined, s: Symbol('s'), f: () => 1, kept: 1 }],
    ['toJSON and Date', { d: new Date(0), t: { toJSON: () => 'plain' } }],
    ['escapes', { s: '"\\\n\t\u0000\u2028\ud800😀' }],
    ['an own __proto__ key beside objects without one', JSON.parse('{"__proto__":{"b":1},"list":[{"a":1},{"constructor":2}],"z":{}}') as unknown],
    ['keys that only some objects have, nested in arrays', { list: [{ b: 1, a: 2 }, { c: [{ a: 1, '': 0 }] }, { toString: 'own' }], a: { constructor: 'own', b: null } }],
  ])('canonicalises %s exactly as the canonicalize package', (_, data) => {
    const meta = { ...metadata, recordedAt: recordedAt.toISOString(), prevHash: null };
    expect(computeHash('T', data, meta)).toBe(packageHash('T', data, meta));
  });
});
