/**
 * What the HTTP layer accepts before the application sees a request. One place, so the
 * Fastify options, the hooks, the JSON parser and the problems they raise agree.
 */
export interface RequestLimits {
  /** Request target (path and query) in characters; longer → 414. Node refuses a request line + headers over 16 KiB itself. */
  maxUrlLength: number;
  /** One path parameter in characters; longer → 414 (Fastify's `maxParamLength`). */
  maxParamLength: number;
  /** Body bytes. Follow-ups carry their evidence documents base64-encoded in JSON (≤ 10 MiB of files). */
  bodyLimit: number;
  /** Nesting of objects and arrays in a JSON body; the top-level value is depth 1. */
  maxJsonDepth: number;
  /** Values (object members, array items, the top-level value) in one JSON body. */
  maxJsonNodes: number;
  /** Time for a whole request (headers and body) to arrive; a slower one gets a 408. Fastify's default is none. */
  requestTimeoutMs: number;
}

export const REQUEST_LIMITS: RequestLimits = {
  maxUrlLength: 8_192,
  // Stream names such as `recommendation-<uuid>` are the longest legitimate parameters (≈ 60).
  maxParamLength: 200,
  bodyLimit: 16 * 1_048_576,
  maxJsonDepth: 32,
  maxJsonNodes: 10_000,
  // A 16 MiB body over a 2 Mbit/s link takes about a minute.
  requestTimeoutMs: 120_000,
};

/** The only media type the API reads; `charset`, when given, must be UTF-8 (RFC 8259 §8.1). */
export const JSON_MEDIA_TYPE = 'application/json';
