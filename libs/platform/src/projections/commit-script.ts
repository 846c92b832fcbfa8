import { coalesceWrites } from './coalesce-writes';
import type { ProjectionKeys } from './projection-keys';
import type { RedisArg } from './projection-op';

/**
 * Applies one batch atomically, as a compare-and-set on the checkpoint, inside Redis:
 *   KEYS   checkpoint, checkpointAt, active pointer, then every key the writes touch, once each
 *   ARGV   expected checkpoint, new checkpoint, new checkpointAt, TTL ms (0: none),
 *          generation that must be active ('' when it need not be), the writes as JSON
 *          (each as `argc, key slot, command, args…`; argc counts the command and its
 *          arguments; the slot is its key's place in KEYS)
 * Returns 1 when applied, 0 when the checkpoint had moved, -1 when the generation is not active,
 * and {-2, ordinal of the refused write in the batch (1-based), Redis's error} when a write is
 * refused, so the caller can name the event it belongs to.
 *
 * Why a script rather than WATCH + MULTI: WATCH lives on a socket, and ioredis re-sends
 * unanswered commands (or sends queued ones) on a new socket after a reconnect, where a
 * transaction would run unwatched and apply a batch twice. The check inside the script travels
 * with the writes, so a re-sent batch is a harmless no-op. One EVAL per batch is also several
 * times cheaper for the client than queueing each write. The script only performs the writes it
 * is given (projections stay write-only); a write failing half-way (WRONGTYPE) leaves the
 * checkpoint unmoved and the runner stops (see batch-commit's run).
 *
 * Every key a write touches is declared in KEYS, as Redis Cluster requires of a script. The rest
 * of each write stays one JSON document rather than flat arguments: measured on a rebuild, flat
 * arguments cost both ioredis (encoding each one) and Redis (an object per argument) more than
 * JSON.stringify and cjson do. Every string in the JSON has a UTF-8 form (encodeText escapes lone
 * surrogates), so cjson never meets an escape it refuses, whatever text an event carries.
 *
 * The format is only that of one call (the script travels with it): a runner of the previous
 * release, whose writes carry their keys inside the JSON, commits against the same checkpoint with
 * the same compare-and-set, so both can run side by side during a rolling deploy.
 */
const SCRIPT = `
if (redis.call('get', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
if ARGV[5] ~= '' and redis.call('get', KEYS[3]) ~= ARGV[5] then return -1 end
local ttl = tonumber(ARGV[4])
local ops = cjson.decode(ARGV[6])
local w, i, n = 1, 1, #ops
while i <= n do
  local argc = ops[i]
  local key = KEYS[ops[i + 1]]
  local reply = redis.pcall(ops[i + 2], key, unpack(ops, i + 3, i + argc + 1))
  if type(reply) == 'table' and reply.err then return {-2, w, reply.err} end
  if ttl > 0 then redis.call('pexpire', key, ttl) end
  w = w + 1
  i = i + argc + 2
end
if ttl > 0 then
  redis.call('set', KEYS[1], ARGV[2], 'PX', ttl)
  redis.call('set', KEYS[2], ARGV[3], 'PX', ttl)
else
  redis.call('set', KEYS[1], ARGV[2])
  redis.call('set', KEYS[2], ARGV[3])
end
return 1
`;

export interface CommitArgs {
  expected: bigint;
  checkpoint: bigint;
  checkpointAt: string;
  /** The writes, per event as encodeOp writes them: `argc, command, key, args…` each. */
  ops: ReadonlyArray<readonly RedisArg[]>;
  /** Only commit while this generation is the active one. */
  requireActive?: string;
  ttlMs?: number;
}

export const APPLIED = 1;
export const CHECKPOINT_MOVED = 0;
export const NOT_ACTIVE = -1;
export const WRITE_REFUSED = -2;

/** The EVAL to send, and for each write in it the index, in the batch, of the event it is charged to. */
export interface CommitCommand {
  command: [string, ...RedisArg[]];
  eventOfWrite: number[];
}

/**
 * EVAL, not EVALSHA: the body is small, Redis caches it by digest, and there is no NOSCRIPT to
 * handle. Moves each write's key out of its ops into KEYS (see SCRIPT), once per batch: the
 * writes of a batch touch the same index keys over and over (a rebuild's batch of 500 events
 * names about 2,700 keys, 600 of them distinct), and every key declared costs ioredis an
 * argument to encode and Redis one to parse. The writes to each key are folded into their net
 * effect first (coalesceWrites).
 */
export function commitCommand(keys: ProjectionKeys, generation: string, args: CommitArgs): CommitCommand {
  const command: RedisArg[] = ['eval', SCRIPT, 0, keys.checkpoint(generation), keys.checkpointAt(generation), keys.active];
  const slots = new Map<RedisArg, number>();
  const writes: RedisArg[] = [];
  const eventOfWrite: number[] = [];
  const slotOf = (key: RedisArg): number => {
    let slot = slots.get(key);
    if (slot === undefined) {
      // KEYS is 1-based and starts at the command's fourth element.
      slot = command.push(key) - 3;
      slots.set(key, slot);
    }
    return slot;
  };
  coalesceWrites(args.ops, {
    copy(event, ops, at, end) {
      eventOfWrite.push(event);
      writes.push(end - at - 1, slotOf(ops[at + 1]), ops[at]);
      for (let j = at + 2; j < end; j++) writes.push(ops[j]);
    },
    merged(event, name, key, values) {
      eventOfWrite.push(event);
      writes.push(values.length + 1, slotOf(key), name);
      for (const value of values) writes.push(value);
    },
  });
  command[2] = command.length - 3;
  command.push(args.expected.toString(), args.checkpoint.toString(), args.checkpointAt, args.ttlMs ?? 0, args.requireActive ?? '', JSON.stringify(writes));
  return { command: command as [string, ...RedisArg[]], eventOfWrite };
}
