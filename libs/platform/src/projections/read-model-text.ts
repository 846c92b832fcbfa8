/**
 * How text is stored in read models so that every JavaScript string round-trips, including one
 * with a lone UTF-16 surrogate (JSON `"\ud800"`) that an event written before input validation
 * may carry. Such a string has no UTF-8 form: the batch script's cjson refuses its escape (which
 * stopped the runner for good) and ioredis would turn it into U+FFFD on the way in.
 *
 * The rule: a string without lone surrogates that does not start with NUL is stored as is (every
 * ordinary value, so existing read models stay valid and clean writes cost one regex test); any
 * other string is stored as NUL followed by its JSON text, which escapes lone surrogates in ASCII.
 * Escaping the strings that start with NUL too keeps decoding unambiguous. Readers reverse it with
 * decodeText/decodeReply; keys are encoded by the same rule (ReadModelView.key), so a reader that
 * builds a key from a decoded member finds what the projection wrote.
 */
const MARKER = '\u0000';

// With the u flag, a surrogate range matches only surrogates that are not part of a pair.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

export function encodeText(text: string): string {
  if (text.charCodeAt(0) !== 0 && !LONE_SURROGATE.test(text)) return text;
  return MARKER + JSON.stringify(text);
}

/** The string encodeText was given; anything it did not produce comes back unchanged. */
export function decodeText(stored: string): string {
  if (stored.charCodeAt(0) !== 0) return stored;
  try {
    const parsed: unknown = JSON.parse(stored.slice(MARKER.length));
    return typeof parsed === 'string' ? parsed : stored;
  } catch {
    return stored;
  }
}

/** A Redis reply with every string in it decoded: bulk strings, arrays (SMEMBERS, ZRANGE) and HGETALL's field → value objects. */
export function decodeReply(reply: unknown): unknown {
  if (typeof reply === 'string') return decodeText(reply);
  if (Array.isArray(reply)) return reply.map(decodeReply);
  if (reply !== null && typeof reply === 'object' && Object.getPrototypeOf(reply) === Object.prototype) return decodeHash(reply as Record<string, string>);
  return reply;
}

/** An HGETALL reply with its fields and values decoded. */
export function decodeHash(hash: Record<string, string>): Record<string, string> {
  return decodedFields(Object.entries(hash));
}

/** HGETALL's raw flat list (field, value, field, value …), as a script returns it, shaped and decoded as decodeHash does. */
export function decodeFlatHash(flat: string[]): Record<string, string> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  return decodedFields(pairs);
}

function decodedFields(pairs: Array<[string, string]>): Record<string, string> {
  // fromEntries defines own properties, so a field named "__proto__" stays a field.
  return Object.fromEntries(pairs.map(([field, value]) => [decodeText(field), decodeText(value)]));
}
