import type { ProjectionKeys } from './projection-keys';
import type { RedisArg } from './projection-op';

/**
 * Applies one batch atomically, as a compare-and-set on the checkpoint, inside Redis:
 *   KEYS   checkpoint, checkpointAt, active pointer
 *   ARGV   expected checkpoint, new checkpoint, new checkpointAt, TTL ms (0: none),
 *          generation that must be active ('' when it need not be), the writes as JSON
 *          (each command as `argc, command, key, args…`, all strings)
 * Returns 1 when applied, 0 when the checkpoint had moved, -1 when the generation is not active,
 * and {-2, index of the failing write's argc in the ops (1-based), Redis's error} when a write is
 * refused, so the caller can name the event it belongs to.
 *
 * Why a script rather than WATCH + MULTI: WATCH lives on a socket, and ioredis re-sends
 * unanswered commands (or sends queued ones) on a new socket after a reconnect, where a
 * transaction would run unwatched and apply a batch twice. The check inside the script travels
 * with the writes, so a re-sent batch is a harmless no-op. One EVAL per batch is also several
 * times cheaper for the client than queueing each write. The script only performs the writes it
 * is given (projections stay write-only); a write failing half-way (WRONGTYPE) leaves the
 * checkpoint unmoved and the runner stops (see batch-commit's run).
 * Every string in the JSON has a UTF-8 form (encodeText escapes lone surrogates), so cjson never
 * meets an escape it refuses, whatever text an event carries.
 */
const SCRIPT = `
if (redis.call('get', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
if ARGV[5] ~= '' and redis.call('get', KEYS[3]) ~= ARGV[5] then return -1 end
local ttl = tonumber(ARGV[4])
local ops = cjson.decode(ARGV[6])
local i, n = 1, #ops
while i <= n do
  local argc = ops[i]
  local reply = redis.pcall(unpack(ops, i + 1, i + argc))
  if type(reply) == 'table' and reply.err then return {-2, i, reply.err} end
  if ttl > 0 then redis.call('pexpire', ops[i + 2], ttl) end
  i = i + argc + 1
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
  ops: readonly RedisArg[];
  /** Only commit while this generation is the active one. */
  requireActive?: string;
  ttlMs?: number;
}

export const APPLIED = 1;
export const CHECKPOINT_MOVED = 0;
export const NOT_ACTIVE = -1;
export const WRITE_REFUSED = -2;

/** EVAL, not EVALSHA: the body is small, Redis caches it by digest, and there is no NOSCRIPT to handle. */
export function commitCommand(keys: ProjectionKeys, generation: string, args: CommitArgs): [string, ...RedisArg[]] {
  return [
    'eval',
    SCRIPT,
    3,
    keys.checkpoint(generation),
    keys.checkpointAt(generation),
    keys.active,
    args.expected.toString(),
    args.checkpoint.toString(),
    args.checkpointAt,
    args.ttlMs ?? 0,
    args.requireActive ?? '',
    JSON.stringify(args.ops),
  ];
}
