import { InvalidProjectionOp, encodeOp, op, type ProjectionOp, type RedisArg } from './projection-op';

const encode = (operation: ProjectionOp): RedisArg[] => {
  const out: RedisArg[] = [];
  encodeOp('p:rm:x:v1.ab:', operation, out);
  return out;
};

describe('encodeOp', () => {
  it.each<[ProjectionOp, RedisArg[]]>([
    [op.set('a', 'b'), [3, 'set', 'p:rm:x:v1.ab:a', 'b']],
    [op.del('a'), [2, 'del', 'p:rm:x:v1.ab:a']],
    [op.hset('h', { f: '1', g: '2' }), [6, 'hset', 'p:rm:x:v1.ab:h', 'f', '1', 'g', '2']],
    [op.hdel('h', 'f'), [3, 'hdel', 'p:rm:x:v1.ab:h', 'f']],
    [op.hincrby('h', 'f', -2), [4, 'hincrby', 'p:rm:x:v1.ab:h', 'f', '-2']],
    [op.sadd('s', 'm', 'n'), [4, 'sadd', 'p:rm:x:v1.ab:s', 'm', 'n']],
    [op.srem('s', 'm'), [3, 'srem', 'p:rm:x:v1.ab:s', 'm']],
    [op.zadd('z', 1767225600000.5, 'm'), [4, 'zadd', 'p:rm:x:v1.ab:z', '1767225600000.5', 'm']],
    [op.zmove('z', 5, 'm'), [5, 'zadd', 'p:rm:x:v1.ab:z', 'XX', '5', 'm']],
    [op.zrem('z', 'm'), [3, 'zrem', 'p:rm:x:v1.ab:z', 'm']],
  ])('encodes %j as argc and arguments under the namespace', (operation, expected) => {
    expect(encode(operation)).toEqual(expected);
  });

  it('writes nothing for ops with nothing to write', () => {
    expect(encode(op.sadd('s'))).toEqual([]);
    expect(encode(op.hset('h', {}))).toEqual([]);
    expect(encode({ kind: 'zadd', key: 'z', entries: [] })).toEqual([]);
  });

  it.each<[ProjectionOp, RegExp]>([
    [op.zadd('z', Number.NaN, 'm'), /score of m must be a finite number, got NaN/],
    [op.zadd('z', Number.POSITIVE_INFINITY, 'm'), /finite/],
    [op.hincrby('h', 'f', 1.5), /by must be a safe integer/],
    [op.set('', 'x'), /non-empty string/],
    [op.set('@checkpoint', '9'), /reserved for the runner/],
    [op.set('k', 7 as unknown as string), /value must be a string, got number/],
    [{ kind: 'lpush', key: 'l' } as unknown as ProjectionOp, /Unknown projection op/],
    [op.sadd('s', ...Array.from({ length: 5_000 }, (_, i) => `m${i}`)), /split it into ops/],
  ])('refuses %j before anything is sent', (operation, message) => {
    expect(() => encode(operation)).toThrow(InvalidProjectionOp);
    expect(() => encode(operation)).toThrow(message);
  });

  it('leaves the ops already encoded as they were when it refuses one half-way through', () => {
    const out: RedisArg[] = [];
    encodeOp('p:', op.set('a', 'b'), out);
    const before = [...out];
    expect(() => encodeOp('p:', op.hset('h', { f: '1', g: 2 as unknown as string }), out)).toThrow(/field g must be a string/);
    expect(() => encodeOp('p:', op.zadd('z', Number.NaN, 'm'), out)).toThrow(InvalidProjectionOp);
    expect(out).toEqual(before);
  });
});
