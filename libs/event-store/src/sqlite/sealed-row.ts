import type { NewEvent } from '../envelope';
import { hashOfCanonical, plainCanonicalJson, sealEvents } from '../hash-chain';

/** An event as a row stores it: its data and sealed metadata as JSON text. */
export interface SealedRow {
  id: string;
  type: string;
  data: string;
  metadata: string;
  hash: string;
}

const SEALED_KEYS = ['recordedAt', 'prevHash', 'hash'];

/**
 * Seals `event` after `prevHash`, hashing exactly what is stored: the JSON round trip drops what
 * JSON cannot hold. Events are plain data nearly always, and then the round trip changes
 * nothing, so they are hashed and stringified as they are (one stringify each for data and
 * metadata); anything else (a Date, a toJSON, an undefined, a class instance) takes the round
 * trip first. Both give the same row for the same event.
 */
export function sealRow(event: NewEvent, prevHash: string | null, recordedAt: Date): SealedRow {
  try {
    const plain = sealPlain(event, prevHash, recordedAt.toISOString());
    if (plain) return plain;
  } catch {
    // e.g. a cycle: the round trip below refuses it the way it always did.
  }
  const [sealed] = sealEvents([asStored(event)], prevHash, recordedAt);
  return { id: sealed.id, type: sealed.type, data: JSON.stringify(sealed.data), metadata: JSON.stringify(sealed.metadata), hash: sealed.metadata.hash };
}

function sealPlain(event: NewEvent, prevHash: string | null, recordedAt: string): SealedRow | undefined {
  const { id, type, data } = event;
  const metadata: object = event.metadata;
  if (!isPlainObject(event) || typeof id !== 'string' || typeof type !== 'string' || !isPlainObject(metadata)) return undefined;
  // Sealing keys already present would keep their place in the stored metadata, not the round trip's.
  if (SEALED_KEYS.some((key) => key in metadata)) return undefined;
  const unsealed = { ...metadata, recordedAt, prevHash };
  const canonical = plainCanonicalJson({ type, data, metadata: unsealed });
  if (canonical === undefined) return undefined;
  const hash = hashOfCanonical(canonical);
  return { id, type, data: JSON.stringify(data), metadata: JSON.stringify({ ...unsealed, hash }), hash };
}

function isPlainObject(value: object): boolean {
  if ('toJSON' in value) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function asStored(event: NewEvent): NewEvent {
  return JSON.parse(JSON.stringify(event)) as NewEvent;
}
