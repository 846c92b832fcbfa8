import fc from 'fast-check';

/**
 * Values no field of this API accepts in their place: the wrong JSON type, text no validator
 * expects, and shapes that stress parsers. Kept small and named, so a failing case reads well.
 */

/** Strings that are valid JSON but hostile: lone surrogates, control characters, huge, odd Unicode. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(
    '',
    ' ',
    '\ud800',
    'ok\udfffok',
    '\u0000',
    'a\u0000b\u0007c\u001b[31m',
    '\r\n\t',
    '\u202e\u200b\ufeff',
    '../../etc/passwd',
    '%00%zz',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '__proto__',
    'NaN',
    '2026-02-30',
    '9999-99-99',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  ) },
  // Rarer: past most length limits, so mostly refused before the parsers the other values reach.
  { weight: 1, arbitrary: fc.constantFrom(10_000, 200_000).map((n) => 'x'.repeat(n)) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** Numbers at the edges of what JSON and JavaScript can carry. */
export const hostileNumber: fc.Arbitrary<number> = fc.constantFrom(
  -1, 0, 1.5, -0.0001, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 5e-324, 2026.5,
);

/** Nested arrays and objects where scalars belong. */
export const nestedJunk: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  [],
  [[]],
  [[1, [2, [3]]]],
  {},
  { a: { b: { c: {} } } },
  [{ $gt: '' }],
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
);

/** Any JSON value that is almost certainly wrong for a given field. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 3 },
  { arbitrary: hostileNumber, weight: 2 },
  { arbitrary: nestedJunk, weight: 2 },
  { arbitrary: fc.constantFrom<unknown>(null, true, false), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

/** JSON text nested `depth` levels deep, as arrays or objects. */
export function deeplyNested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '{}' + '}'.repeat(depth);
}

/** Raw bodies that are not the JSON object a command expects (some not JSON at all). */
export const rawJunkBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    'null',
    '[]',
    '"text"',
    '42',
    'true',
    '{',
    '{"a":',
    '{"a":1,}',
    "{'a':1}",
    'not json',
    '\ufeff{}',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"a":"\\ud800"}',
    '{"a":"\\u0000"}',
    '{"a":1e999999}',
    '{"a":123456789012345678901234567890}',
    '\u0000\u0001\u0002',
  ),
  fc.constantFrom(1_000, 10_000, 100_000).chain((depth) => fc.constantFrom(deeplyNested(depth, 'array'), deeplyNested(depth, 'object'))),
);

/** An object with many unknown keys, to stress whitelisting and key iteration. */
export function manyUnknownKeys(count: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`unknown${i}`, i]));
}
