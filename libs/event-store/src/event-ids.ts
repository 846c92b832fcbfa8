import { createHash, hash } from 'node:crypto';

/**
 * Name-based UUIDs (RFC 4122 version 5), bit for bit the `uuid` package's v5, computed here:
 * every appended event takes one, and the package spent three quarters of its time outside
 * SHA-1 (a byte copy of the name through encodeURIComponent, a Uint8Array, a hex table).
 * event-ids.spec.ts keeps the package as the oracle.
 */

/** Fixed namespace for this product's name-based UUIDs. Never change it: stored ids depend on it. */
const NAMESPACE = Buffer.from('6f1d3c2e8a4b5c7d9e0f1a2b3c4d5e6f', 'hex');

/**
 * Namespace then name, hashed from one buffer written in place: names are short, and hashing
 * is synchronous, so nothing else writes it meanwhile. A name that may not fit (3 UTF-8 bytes
 * per UTF-16 unit at most) gets a buffer of its own.
 */
const scratch = Buffer.alloc(1024);
NAMESPACE.copy(scratch);

/** One-shot hashing (Node ≥ 20.12) skips the Hash object, half the remaining cost; older 20.x take createHash. */
const sha1Hex: (input: Buffer) => string =
  typeof hash === 'function' ? (input) => hash('sha1', input, 'hex') : (input) => createHash('sha1').update(input).digest('hex');

/** Hex digit of byte 8's high nibble once its top two bits are the RFC 4122 variant (10xx). */
const VARIANT_DIGIT = '89ab89ab89ab89ab';

/** ES2024's check, present in Node 20 but not in this project's ES2022 typings. */
const isWellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

function nameBytes(name: string): Buffer {
  // The package encodes through encodeURIComponent, which refuses lone surrogates; UTF-8
  // encoding here would quietly replace them instead and derive an id the package never did.
  if (!isWellFormed(name)) throw new URIError(`A name-based id needs well-formed text; the name has a lone surrogate: ${JSON.stringify(name)}`);
  if (name.length * 3 <= scratch.length - NAMESPACE.length) return scratch.subarray(0, NAMESPACE.length + scratch.write(name, NAMESPACE.length, 'utf8'));
  return Buffer.concat([NAMESPACE, Buffer.from(name, 'utf8')]);
}

function uuidV5(name: string): string {
  const hex = sha1Hex(nameBytes(name));
  // The first 16 bytes of the digest, version 5 in byte 6's high nibble, the variant in byte 8.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${VARIANT_DIGIT[parseInt(hex[16], 16)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The i-th event of a command always gets the same id, in every store. */
export function eventIdFor(commandId: string, index: number): string {
  return uuidV5(`${commandId}/event/${index}`);
}

/** A stable id derived from any name, e.g. an aggregate id from a command id. */
export function nameBasedId(name: string): string {
  return uuidV5(name);
}
