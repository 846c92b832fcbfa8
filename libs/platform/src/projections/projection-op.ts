import { encodeText } from './read-model-text';

/**
 * The writes a projection may ask for, on keys relative to its namespace. Deliberately no reads
 * and no TTLs (see Projection). Keys must not start with '@': the runner keeps its own
 * bookkeeping (checkpoint, version) there.
 */
export type ProjectionOp =
  | { kind: 'set'; key: string; value: string }
  | { kind: 'del'; key: string }
  | { kind: 'hset'; key: string; fields: Readonly<Record<string, string>> }
  | { kind: 'hdel'; key: string; fields: readonly string[] }
  | { kind: 'hincrby'; key: string; field: string; by: number }
  | { kind: 'sadd'; key: string; members: readonly string[] }
  | { kind: 'srem'; key: string; members: readonly string[] }
  /** `existingOnly`: ZADD XX, moves the score of members already in the set and adds none. */
  | { kind: 'zadd'; key: string; entries: ReadonlyArray<{ score: number; member: string }>; existingOnly?: boolean }
  | { kind: 'zrem'; key: string; members: readonly string[] };

/** Shorthands so projections read as a list of writes. */
export const op = {
  set: (key: string, value: string): ProjectionOp => ({ kind: 'set', key, value }),
  del: (key: string): ProjectionOp => ({ kind: 'del', key }),
  hset: (key: string, fields: Record<string, string>): ProjectionOp => ({ kind: 'hset', key, fields }),
  hdel: (key: string, ...fields: string[]): ProjectionOp => ({ kind: 'hdel', key, fields }),
  hincrby: (key: string, field: string, by = 1): ProjectionOp => ({ kind: 'hincrby', key, field, by }),
  sadd: (key: string, ...members: string[]): ProjectionOp => ({ kind: 'sadd', key, members }),
  srem: (key: string, ...members: string[]): ProjectionOp => ({ kind: 'srem', key, members }),
  zadd: (key: string, score: number, member: string): ProjectionOp => ({ kind: 'zadd', key, entries: [{ score, member }] }),
  /** Moves the member's score if it is in the set; otherwise writes nothing (ZADD XX). */
  zmove: (key: string, score: number, member: string): ProjectionOp => ({ kind: 'zadd', key, entries: [{ score, member }], existingOnly: true }),
  zrem: (key: string, ...members: string[]): ProjectionOp => ({ kind: 'zrem', key, members }),
};

/** A projection asked for something Redis would refuse or misread; a bug in the projection. */
export class InvalidProjectionOp extends Error {
  override name = 'InvalidProjectionOp';
}

/** An encoded batch: each command as its argument count followed by its arguments. */
export type RedisArg = string | number;

/** Lua's unpack() stops at about 8000 values; no single write needs anywhere near that. */
const MAX_ARGS = 4_000;

/**
 * Appends the command for `operation` under `namespace` to `out` as `argc, command, key, args…`
 * (the encoding the batch script reads); writes nothing for an op that writes nothing (an empty
 * member list). Validates here, before anything is sent, so that a bad op fails the batch before
 * it reaches Redis, where a failure half-way would not roll back; a refused op leaves `out` as it
 * was. Writes straight into `out`: a rebuild encodes millions of ops, and an intermediate array
 * per op showed as a tenth of its time (allocation and GC).
 */
export function encodeOp(namespace: string, operation: ProjectionOp, out: RedisArg[]): void {
  const start = out.length;
  try {
    out.push(0);
    if (!pushCommand(namespace + relativeKey(operation.key), operation, out)) {
      out.length = start;
      return;
    }
  } catch (error) {
    out.length = start;
    throw error;
  }
  const argc = out.length - start - 1;
  if (argc > MAX_ARGS) {
    out.length = start;
    throw new InvalidProjectionOp(`${operation.kind} ${operation.key}: ${argc} arguments; split it into ops of at most ${MAX_ARGS}`);
  }
  out[start] = argc;
}

/** Pushes `command, key, args…`; false (having pushed nothing) when the op writes nothing. */
function pushCommand(key: string, operation: ProjectionOp, out: RedisArg[]): boolean {
  switch (operation.kind) {
    case 'set':
      out.push('set', key, text(operation.value, 'value'));
      return true;
    case 'del':
      out.push('del', key);
      return true;
    case 'hset': {
      const fields = Object.keys(operation.fields);
      if (fields.length === 0) return false;
      out.push('hset', key);
      for (const field of fields) out.push(text(field, 'field'), text(operation.fields[field], `field ${field}`));
      return true;
    }
    case 'hdel':
      return pushTexts('hdel', key, operation.fields, 'field', out);
    case 'hincrby':
      if (!Number.isSafeInteger(operation.by)) throw new InvalidProjectionOp(`hincrby ${operation.key}: by must be a safe integer, got ${operation.by}`);
      out.push('hincrby', key, text(operation.field, 'field'), String(operation.by));
      return true;
    case 'sadd':
    case 'srem':
    case 'zrem':
      return pushTexts(operation.kind, key, operation.members, 'member', out);
    case 'zadd':
      if (operation.entries.length === 0) return false;
      out.push('zadd', key);
      if (operation.existingOnly) out.push('XX');
      for (const { score, member } of operation.entries) {
        if (!Number.isFinite(score)) throw new InvalidProjectionOp(`zadd ${operation.key}: score of ${member} must be a finite number, got ${score}`);
        // A string, so Lua never formats the number (it would round it to 14 digits).
        out.push(String(score), text(member, 'member'));
      }
      return true;
    default:
      return unknownOp(operation);
  }
}

function pushTexts(command: string, key: string, values: readonly string[], what: string, out: RedisArg[]): boolean {
  if (values.length === 0) return false;
  out.push(command, key);
  for (const value of values) out.push(text(value, what));
  return true;
}

function relativeKey(key: string): string {
  if (typeof key !== 'string' || key.length === 0 || key.startsWith('@')) {
    throw new InvalidProjectionOp(`Key "${String(key)}" must be a non-empty string not starting with '@' (reserved for the runner)`);
  }
  return encodeText(key);
}

/** Every string a projection writes is stored with encodeText, so any string an event carries round-trips. */
function text(value: string, what: string): string {
  if (typeof value !== 'string') throw new InvalidProjectionOp(`${what} must be a string, got ${typeof value}`);
  return encodeText(value);
}

function unknownOp(operation: never): never {
  throw new InvalidProjectionOp(`Unknown projection op ${JSON.stringify(operation)}`);
}
