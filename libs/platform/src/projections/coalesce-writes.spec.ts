import { coalesceWrites } from './coalesce-writes';
import { encodeOp, op, type ProjectionOp, type RedisArg } from './projection-op';

/** What coalesceWrites hands on, as `event command key args…` lines. */
function folded(events: ProjectionOp[][]): string[] {
  const batch = events.map((writes) => {
    const out: RedisArg[] = [];
    for (const write of writes) encodeOp('', write, out);
    return out;
  });
  const lines: string[] = [];
  coalesceWrites(batch, {
    copy: (event, ops, at, end) => lines.push(`${event} ${ops.slice(at, end).join(' ')} (as written)`),
    merged: (event, command, key, args) => lines.push(`${event} ${command} ${key} ${args.join(' ')}`),
  });
  return lines;
}

const STATUSES = ['open', 'awaiting', 'closed'];
/** How the follow-up read model moves an item: its hash, out of every other status set, into its own. */
const move = (item: string, status: string): ProjectionOp[] => [
  op.hset(`item:${item}`, { status }),
  ...STATUSES.filter((s) => s !== status).map((s) => op.srem(`status:${s}`, item)),
  op.sadd(`status:${status}`, item),
];

describe('coalesceWrites', () => {
  it('folds status changes of many items into one SREM and one SADD per status set, each at its first write', () => {
    expect(folded([move('a', 'open'), move('b', 'open'), move('a', 'awaiting'), move('b', 'closed')])).toEqual([
      '0 hset item:a status awaiting',
      '0 srem status:awaiting b',
      '0 sadd status:awaiting a',
      '0 srem status:closed a',
      '0 sadd status:closed b',
      '0 srem status:open a b',
      '1 hset item:b status closed',
    ]);
  });

  it('hands on a key written once as it was, charged to its own event', () => {
    expect(folded([[op.sadd('s', 'x')], [op.hset('h', { f: 'v' })]])).toEqual(['0 sadd s x (as written)', '1 hset h f v (as written)']);
  });

  it('keeps the writes of a key that mixes kinds as they were, each in its place and charged to its own event', () => {
    expect(folded([[op.hincrby('k', 'f')], [op.sadd('s', 'x')], [op.sadd('k', 'm')], [op.sadd('s', 'y')]])).toEqual([
      '0 hincrby k f 1 (as written)',
      '1 sadd s x y',
      '2 sadd k m (as written)',
    ]);
    expect(folded([[op.sadd('k', 'a')], [op.del('k')], [op.sadd('k', 'b')]])).toEqual(['0 sadd k a (as written)', '1 del k (as written)', '2 sadd k b (as written)']);
  });

  it('keeps a field last written, sums counters, and keeps the last value of a string', () => {
    expect(folded([[op.hset('h', { a: '1', b: '1' })], [op.hdel('h', 'a')], [op.hset('h', { b: '2' })]])).toEqual(['0 hdel h a', '0 hset h b 2']);
    expect(folded([[op.hincrby('c', 'n', 2)], [op.hincrby('c', 'n', -5), op.hincrby('c', 'm')]])).toEqual(['0 hincrby c n -3', '0 hincrby c m 1']);
    expect(folded([[op.set('t', 'x')], [op.set('t', 'y')]])).toEqual(['0 set t y']);
  });

  it('folds a move of a sorted-set member into what the batch did to it before, and keeps it a move when nothing did', () => {
    expect(folded([[op.zmove('z', 1, 'a'), op.zadd('z', 2, 'b')], [op.zmove('z', 3, 'b'), op.zrem('z', 'c')], [op.zmove('z', 4, 'c'), op.zmove('z', 5, 'a')]])).toEqual([
      '0 zrem z c',
      '0 zadd z 3 b',
      '0 zadd z XX 5 a',
    ]);
  });

  it('splits a folded write into commands of at most 1,000 members', () => {
    const members = Array.from({ length: 2_500 }, (_, i) => `m${i}`);
    const lines = folded(members.map((m) => [op.sadd('s', m)]));
    expect(lines.map((line) => line.split(' ').length - 3)).toEqual([1_000, 1_000, 500]);
    expect(lines.flatMap((line) => line.split(' ').slice(3))).toEqual(members);
  });

  it('leaves a counter alone when its sum would not be a safe integer', () => {
    const big = Number.MAX_SAFE_INTEGER;
    expect(folded([[op.hincrby('c', 'n', big)], [op.hincrby('c', 'n', big)]])).toEqual([`0 hincrby c n ${big} (as written)`, `1 hincrby c n ${big} (as written)`]);
  });
});
