import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EventMetadata, NewEvent, RecordedEvent } from './envelope';

/**
 * hash = SHA-256 over the RFC 8785 canonical JSON of {type, data, metadata without hash}.
 * metadata already contains prevHash, so each hash covers the whole chain before it.
 * Events are never rewritten: this function and its input shape are frozen.
 */
export function computeHash(type: string, data: unknown, metadata: Omit<EventMetadata, 'hash'>): string {
  const event = { type, data, metadata };
  // Stored events are plain JSON data: the fast path. Anything else, as it always was.
  const canonical = plainCanonicalJson(event) ?? canonicalize(event);
  if (canonical === undefined) throw new Error(`Event ${type} cannot be canonicalised`);
  return hashOfCanonical(canonical);
}

/** The hash of {type, data, metadata without hash} given its canonical JSON (see computeHash). */
export function hashOfCanonical(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * The canonical JSON of a value that is plain JSON data — strings, finite numbers, booleans,
 * null, and arrays and plain objects of those (no toJSON, no undefined, no class instances) —
 * or undefined for anything else. On plain data it writes what the `canonicalize` package
 * writes (tested against it), and it equals the canonical JSON of the value's JSON round trip,
 * which is what a store hashes: a writer whose events are plain data can seal them without
 * stringifying and parsing them first. Written out because sealing and checking every event
 * canonicalises it, and the package's closures and copies were most of that cost; the package
 * still canonicalises anything that is not plain data, whose quirks it alone defines.
 */
export function plainCanonicalJson(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : undefined;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return 'null';
  if ('toJSON' in value) return undefined;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    if (prototype !== Array.prototype) return undefined;
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item = plainCanonicalJson(value[i]);
      if (item === undefined) return undefined;
      out += i === 0 ? item : ',' + item;
    }
    return out + ']';
  }
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  const object = value as Record<string, unknown>;
  const keys = sortedKeys(object);
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const item = plainCanonicalJson(object[keys[i]]);
    if (item === undefined) return undefined;
    if (i > 0) out += ',';
    out += quotedKey(keys[i]) + ':' + item;
  }
  return out + '}';
}

/**
 * The object's own enumerable keys in code-unit order, as `Object.keys(o).sort()` gives them.
 * An event's objects have a handful of keys: sorted in place by insertion, they spare the copy
 * (garbage) that Array.prototype.sort makes of every array it sorts.
 */
function sortedKeys(object: object): string[] {
  const keys = Object.keys(object);
  if (keys.length > 32) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    let j = i - 1;
    for (; j >= 0 && keys[j] > key; j--) keys[j + 1] = keys[j];
    keys[j + 1] = key;
  }
  return keys;
}

/** Keys as JSON strings: events repeat the same few dozen keys, so each is quoted once, not at every event. */
const QUOTED_KEYS = new Map<string, string>();
const MAX_QUOTED_KEYS = 4_096;

function quotedKey(key: string): string {
  let quoted = QUOTED_KEYS.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (QUOTED_KEYS.size < MAX_QUOTED_KEYS) QUOTED_KEYS.set(key, quoted);
  }
  return quoted;
}

/** Completes the metadata of events about to be appended after `prevHash` in one stream. */
export function sealEvents(
  events: NewEvent[],
  prevHash: string | null,
  recordedAt: Date,
): Array<{ id: string; type: string; data: Record<string, unknown>; metadata: EventMetadata }> {
  let previous = prevHash;
  return events.map((event) => {
    const unsealed = { ...event.metadata, recordedAt: recordedAt.toISOString(), prevHash: previous };
    const hash = computeHash(event.type, event.data, unsealed);
    previous = hash;
    return { id: event.id, type: event.type, data: event.data, metadata: { ...unsealed, hash } };
  });
}

export type LinkProblem = 'hash_mismatch' | 'prev_hash_mismatch';

/** Checks one link: does the event point at `prevHash`, and does its own hash recompute? */
export function checkLink(event: RecordedEvent, prevHash: string | null): { reason: LinkProblem; expected: string | null; actual: string | null } | null {
  const { hash, ...unsealed } = event.metadata;
  if (unsealed.prevHash !== prevHash) return { reason: 'prev_hash_mismatch', expected: prevHash, actual: unsealed.prevHash };
  const recomputed = computeHash(event.type, event.data, unsealed);
  if (recomputed !== hash) return { reason: 'hash_mismatch', expected: recomputed, actual: hash };
  return null;
}

export type ChainVerdict =
  | { ok: true; stream: string; events: number; lastHash: string | null }
  | {
      ok: false;
      stream: string;
      events: number;
      /** The first event whose link does not hold. */
      brokenAt: { revision: number; eventId: string; reason: LinkProblem; expected: string | null; actual: string | null };
    };

/** Walks a stream's events in order and names the first broken link, if any. */
export function verifyChain(stream: string, events: Iterable<RecordedEvent>): ChainVerdict {
  let previous: string | null = null;
  let count = 0;
  for (const event of events) {
    count++;
    const problem = checkLink(event, previous);
    if (problem) return { ok: false, stream, events: count, brokenAt: { revision: event.revision, eventId: event.id, ...problem } };
    previous = event.metadata.hash;
  }
  return { ok: true, stream, events: count, lastHash: previous };
}
