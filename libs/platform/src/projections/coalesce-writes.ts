import type { RedisArg } from './projection-op';

/**
 * Where coalesceWrites puts the batch's writes, in the order they are to run. `event` is the
 * index, in the batch, of the event the write is charged to (for naming it when Redis refuses it).
 */
export interface WriteSink {
  /** A write as the projection encoded it: command `ops[at]`, key `ops[at + 1]`, arguments `ops[at + 2 … end)`. */
  copy(event: number, ops: readonly RedisArg[], at: number, end: number): void;
  /** A write standing for several of the batch's writes to `key`. */
  merged(event: number, command: string, key: RedisArg, args: readonly RedisArg[]): void;
}

/**
 * Hands `sink` the writes of a batch (per event, as encodeOp writes them: `argc, command, key,
 * args…`) with the writes to each key folded into their net effect: one SREM and one SADD per set
 * rather than one per event, one HSET of each field's last value, one ZADD of each member's last
 * score. A rebuild's batch of ~330 events asks for ~1,600 writes to ~470 keys (each status change
 * removes the item from every other status set); Redis pays per command, once in its Lua call and
 * once in its dispatch, more than per member.
 *
 * Why the result is the same as running every write in order:
 * - every write touches one key, so writes to different keys commute, and only each key's own
 *   sequence matters;
 * - within a key, the writes of one kind fold exactly: a set member's membership is decided by the
 *   last SADD or SREM naming it, a hash field by its last HSET or HDEL, a counter field by the sum
 *   of its increments, a string by its last SET, a sorted-set member by its last ZADD or ZREM (a
 *   ZADD XX, which only moves a member already there, folds into what came before it in the batch
 *   or stays a ZADD XX when nothing did);
 * - a key whose writes mix kinds (a bug, or a DEL) is left alone: its writes run as they were, in
 *   their places.
 * A folded key's writes run where its first write was. A key of the wrong type in Redis refuses
 * every write of its kind, so the first refused write, and the event charged with it, are those of
 * the writes in their original order.
 */
export function coalesceWrites(batch: ReadonlyArray<readonly RedisArg[]>, sink: WriteSink): void {
  // Most keys of a batch are written once; those keep only where their write is (a number), not a Group.
  const groups = new Map<RedisArg, Group | number>();
  for (let event = 0; event < batch.length; event++) {
    const ops = batch[event];
    for (let i = 0; i < ops.length; i += Number(ops[i]) + 1) {
      const key = ops[i + 2];
      const seen = groups.get(key);
      if (seen === undefined) groups.set(key, event * OFFSETS + i);
      else if (typeof seen === 'number') {
        const first = batch[Math.floor(seen / OFFSETS)];
        const kind = kindOf(first[(seen % OFFSETS) + 1]);
        groups.set(key, { kind: kindOf(ops[i + 1]) === kind ? kind : MIXED, refs: [Math.floor(seen / OFFSETS), seen % OFFSETS, event, i], done: false });
      } else {
        if (seen.kind !== kindOf(ops[i + 1])) seen.kind = MIXED;
        seen.refs.push(event, i);
      }
    }
  }
  for (let event = 0; event < batch.length; event++) {
    const ops = batch[event];
    for (let i = 0; i < ops.length; i += Number(ops[i]) + 1) {
      const group = groups.get(ops[i + 2]) as Group | number;
      if (typeof group === 'number' || group.kind === MIXED) sink.copy(event, ops, i + 1, i + Number(ops[i]) + 1);
      else if (!group.done) {
        group.done = true;
        if (!fold(group, batch, ops[i + 2], event, sink)) copyAll(group, batch, sink);
      }
    }
  }
}

/** Packs (event, offset) of a key's only write into one number: offsets stay below this. */
const OFFSETS = 2 ** 32;

type Kind = 'set' | 'hash' | 'counter' | 'zset' | 'string' | typeof MIXED;
const MIXED = 'mixed';

interface Group {
  kind: Kind;
  /** Pairs of (event index, offset of the write's argc in that event's ops), in batch order. */
  refs: number[];
  done: boolean;
}

function kindOf(command: RedisArg): Kind {
  switch (command) {
    case 'sadd':
    case 'srem':
      return 'set';
    case 'hset':
    case 'hdel':
      return 'hash';
    case 'hincrby':
      return 'counter';
    case 'zadd':
    case 'zrem':
      return 'zset';
    case 'set':
      return 'string';
    default:
      // DEL, and any command added later, keeps its writes in order.
      return MIXED;
  }
}

/** Writes `args` as commands of at most CHUNK members (`width` arguments each), each led by `flag` when given. */
type Emit = (command: string, args: RedisArg[], width: number, flag?: string) => void;

/** Most members or fields in one folded command: far below Lua's unpack() limit (about 8,000 values). */
const CHUNK = 1_000;

/** Writes `group`'s net effect; false when it cannot be folded exactly (a counter beyond safe integers). */
function fold(group: Group, batch: ReadonlyArray<readonly RedisArg[]>, key: RedisArg, event: number, sink: WriteSink): boolean {
  const each = (visit: (command: RedisArg, ops: readonly RedisArg[], from: number, end: number) => void) => {
    for (let r = 0; r < group.refs.length; r += 2) {
      const ops = batch[group.refs[r]];
      const at = group.refs[r + 1];
      visit(ops[at + 1], ops, at + 3, at + Number(ops[at]) + 1);
    }
  };
  const emit: Emit = (command, args, width, flag) => {
    for (let from = 0; from < args.length; from += CHUNK * width) {
      const chunk = args.slice(from, from + CHUNK * width);
      sink.merged(event, command, key, flag === undefined ? chunk : [flag, ...chunk]);
    }
  };
  switch (group.kind) {
    case 'set': {
      const member = new Map<RedisArg, boolean>();
      each((command, ops, from, end) => {
        for (let j = from; j < end; j++) member.set(ops[j], command === 'sadd');
      });
      emit('srem', pick(member, false), 1);
      emit('sadd', pick(member, true), 1);
      return true;
    }
    case 'hash': {
      const field = new Map<RedisArg, RedisArg | null>();
      each((command, ops, from, end) => {
        if (command === 'hdel') for (let j = from; j < end; j++) field.set(ops[j], null);
        else for (let j = from; j < end; j += 2) field.set(ops[j], ops[j + 1]);
      });
      const set: RedisArg[] = [];
      const removed: RedisArg[] = [];
      for (const [name, value] of field) {
        if (value === null) removed.push(name);
        else set.push(name, value);
      }
      emit('hdel', removed, 1);
      emit('hset', set, 2);
      return true;
    }
    case 'counter': {
      const sum = new Map<RedisArg, number>();
      each((_command, ops, from) => sum.set(ops[from], (sum.get(ops[from]) ?? 0) + Number(ops[from + 1])));
      for (const total of sum.values()) if (!Number.isSafeInteger(total)) return false;
      for (const [name, total] of sum) sink.merged(event, 'hincrby', key, [name, String(total)]);
      return true;
    }
    case 'zset':
      foldSortedSet(each, emit);
      return true;
    case 'string': {
      let last: RedisArg = '';
      each((_command, ops, from) => (last = ops[from]));
      sink.merged(event, 'set', key, [last]);
      return true;
    }
    default:
      return false;
  }
}

/** Per member: its last plain ZADD (added), a ZREM (removed), or a ZADD XX with nothing before it in the batch (moved if there). */
function foldSortedSet(
  each: (visit: (command: RedisArg, ops: readonly RedisArg[], from: number, end: number) => void) => void,
  emit: Emit,
): void {
  const member = new Map<RedisArg, { state: 'added' | 'moved' | 'removed'; score: RedisArg }>();
  each((command, ops, from, end) => {
    if (command === 'zrem') {
      for (let j = from; j < end; j++) member.set(ops[j], { state: 'removed', score: '' });
      return;
    }
    const existingOnly = ops[from] === 'XX';
    for (let j = existingOnly ? from + 1 : from; j < end; j += 2) {
      const before = member.get(ops[j + 1])?.state;
      if (!existingOnly) member.set(ops[j + 1], { state: 'added', score: ops[j] });
      else if (before === 'added') member.set(ops[j + 1], { state: 'added', score: ops[j] });
      else if (before !== 'removed') member.set(ops[j + 1], { state: 'moved', score: ops[j] });
    }
  });
  const removed: RedisArg[] = [];
  const added: RedisArg[] = [];
  const moved: RedisArg[] = [];
  for (const [name, { state, score }] of member) {
    if (state === 'removed') removed.push(name);
    else (state === 'added' ? added : moved).push(score, name);
  }
  emit('zrem', removed, 1);
  emit('zadd', added, 2);
  emit('zadd', moved, 2, 'XX');
}

function pick(members: Map<RedisArg, boolean>, value: boolean): RedisArg[] {
  const out: RedisArg[] = [];
  for (const [member, present] of members) if (present === value) out.push(member);
  return out;
}

/** A group that cannot be folded runs as it was, all at its first write's place (its key's order is all that matters). */
function copyAll(group: Group, batch: ReadonlyArray<readonly RedisArg[]>, sink: WriteSink): void {
  for (let r = 0; r < group.refs.length; r += 2) {
    const ops = batch[group.refs[r]];
    const at = group.refs[r + 1];
    sink.copy(group.refs[r], ops, at + 1, at + Number(ops[at]) + 1);
  }
}
