import fc from 'fast-check';
import { exampleOf, type OpenApiDocument, type Operation } from './openapi-operations';
import { deeplyNested, hostileString, junkValue, manyUnknownKeys, rawJunkBody } from './malformed-values.arbitraries';

/** Who sends a request: real roles with valid tokens, or someone with none or a forged one. */
export type Caller = 'admin' | 'officer' | 'liaison' | 'auditor' | 'anonymous' | 'forged';

export interface FuzzRequest {
  method: Operation['method'];
  url: string;
  headers: Record<string, string>;
  /** Raw body text, sent as is. */
  payload?: string;
  caller: Caller;
  /** What was broken, short enough for a report line. */
  mutation: string;
}

/** Real values for path parameters (ids the seeded world holds), so mutations reach past the 404. */
export type PathValues = Record<string, string[]>;

export interface FuzzContext {
  doc: OpenApiDocument;
  pathValues: PathValues;
}

/** Mostly admins (who may do anything, so refusals come from validation), some other roles and bad tokens. */
export const caller: fc.Arbitrary<Caller> = fc.oneof(
  { arbitrary: fc.constant<Caller>('admin'), weight: 14 },
  { arbitrary: fc.constantFrom<Caller>('officer', 'liaison'), weight: 4 },
  { arbitrary: fc.constantFrom<Caller>('auditor', 'anonymous', 'forged'), weight: 2 },
);

export function sketch(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 40)}…(${text.length} chars)` : text;
}

const JSON_TYPE = { 'content-type': 'application/json' };

function validPath(op: Operation, ctx: FuzzContext): fc.Arbitrary<string> {
  if (op.pathParams.length === 0) return fc.constant(op.path);
  return fc
    .tuple(...op.pathParams.map((name) => fc.constantFrom(...(ctx.pathValues[name] ?? ['x']))))
    .map((values) => op.pathParams.reduce((path, name, i) => path.replace(`{${name}}`, encodeURIComponent(values[i])), op.path));
}

function request(op: Operation, url: string, who: Caller, mutation: string, headers: Record<string, string>, payload?: string): FuzzRequest {
  return { method: op.method, url, headers, payload, caller: who, mutation };
}

// ---- bodies ---------------------------------------------------------------------------------

type Path = Array<string | number>;

/** Every key path in a sample body (array elements by index), down to a few levels. */
function pathsOf(value: unknown, prefix: Path = [], depth = 0): Path[] {
  if (depth > 3 || value === null || typeof value !== 'object') return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key], depth + 1)]);
}

function edit(base: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path[path.length - 1]);
  return copy;
}

const setAt = (base: unknown, path: Path, value: unknown) => edit(base, path, (parent, key) => (parent[key] = value));
const deleteAt = (base: unknown, path: Path) =>
  edit(base, path, (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key]));
const label = (path: Path) => `body.${path.join('.')}`;

let overLimit: string | undefined;
/** Just over the API's 16 MiB body limit; built once. */
const overLimitText = () => (overLimit ??= `{"a":"${'x'.repeat(16 * 1_048_576 + 10)}"}`);

function malformedBody(base: unknown): fc.Arbitrary<{ payload: string; mutation: string }> {
  const paths = pathsOf(base);
  const json = (value: unknown, mutation: string) => ({ payload: JSON.stringify(value), mutation });
  const whole = [
    { weight: 2, arbitrary: rawJunkBody.map((payload) => ({ payload, mutation: `raw body ${sketch(payload)}` })) },
    { weight: 1, arbitrary: fc.constantFrom(1_000, 20_000).map((n) => json({ ...(base as object), ...manyUnknownKeys(n) }, `${n} unknown keys`)) },
    { weight: 1, arbitrary: fc.constantFrom(null, [], [base], 'text').map((value) => json(value, `body = ${sketch(value)}`)) },
  ];
  if (paths.length === 0) return fc.oneof(...whole);
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(path, junkValue).map(([p, v]) => json(setAt(base, p, v), `${label(p)} = ${sketch(v)}`)) },
    { weight: 2, arbitrary: path.map((p) => json(deleteAt(base, p), `${label(p)} missing`)) },
    { weight: 1, arbitrary: path.map((p) => json(setAt(base, p, null), `${label(p)} = null`)) },
    { weight: 1, arbitrary: fc.tuple(path, fc.constantFrom(1_000, 10_000)).map(([p, n]) => json(setAt(base, p, Array.from({ length: n }, () => 'x')), `${label(p)} = array of ${n}`)) },
    {
      weight: 1,
      arbitrary: fc.tuple(path, fc.constantFrom(1_000, 20_000), fc.constantFrom<'array' | 'object'>('array', 'object')).map(([p, depth, kind]) => ({
        payload: JSON.stringify(setAt(base, p, '\u0000DEEP')).replace('"\\u0000DEEP"', deeplyNested(depth, kind)),
        mutation: `${label(p)} = ${kind} nested ${depth} deep`,
      })),
    },
    ...whole,
  );
}

/** A valid route and headers, a broken body. Operations without a body schema get junk bodies too. */
export function bodyRequest(op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const base = op.body ? exampleOf(ctx.doc, op.body) : {};
  const overLimitBody = fc.constant(null).map(() => ({ payload: overLimitText(), mutation: 'body over 16 MiB' }));
  const body = fc.oneof({ weight: 40, arbitrary: malformedBody(base) }, { weight: 1, arbitrary: overLimitBody });
  return fc.tuple(validPath(op, ctx), caller, body).map(([url, who, b]) => request(op, url, who, b.mutation, { ...JSON_TYPE }, b.payload));
}

// ---- headers --------------------------------------------------------------------------------

const idempotencyKey = fc.oneof(hostileString, fc.constantFrom('fuzz-key-1', 'fuzz-key-2', 'k'.repeat(201), 'with space', 'tab\there'));
const ifMatch = fc.constantFrom(
  '*', 'W/"0"', '"-1"', '"1.5"', '"99999999999999999999999"', '"0", "1"', '""', '"', '0', 'abc', '"0\u0000"', ' "0" ', '"٣"', '"1e3"', 'x'.repeat(10_000),
);
const contentType = fc.constantFrom(
  'text/plain', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'application/xml',
  'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json, text/html', 'application/problem+json',
  'APPLICATION/JSON', 'application/json;;;', '*/*', '', 'application/vnd.api+json', 'json', 'application/json; boundary=' + 'b'.repeat(5_000),
);
const headerSet = fc
  .record(
    { 'idempotency-key': idempotencyKey, 'if-match': ifMatch, 'x-correlation-id': hostileString, 'content-type': contentType },
    { requiredKeys: [] },
  )
  .filter((headers) => Object.keys(headers).length > 0);

/** A valid route and body, malformed Idempotency-Key, If-Match, X-Correlation-Id or Content-Type. */
export function headerRequest(op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const payload = op.body ? JSON.stringify(exampleOf(ctx.doc, op.body)) : op.method === 'GET' ? undefined : '{}';
  return fc.tuple(validPath(op, ctx), caller, headerSet).map(([url, who, headers]) =>
    request(op, url, who, `headers ${sketch(headers)}`, { ...JSON_TYPE, ...headers }, payload),
  );
}

// ---- path parameters ------------------------------------------------------------------------

function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80'; // a lone surrogate has no UTF-8 form; send the bytes it would have had
  }
}

const junkSegment = fc.oneof(
  fc.constantFrom(
    '%', '%zz', '%00', '%2F', '..%2F..%2Fetc', '%ED%A0%80', '%C0%AF', '%FF', '%E2%80%AE', '.', '..', '%20', '%u0041', '%25', '%%', ';x=1',
    'x'.repeat(101), 'x'.repeat(5_000), '1'.repeat(400), '-1', '0', '1.5', '2026-02-30', '9999999999999999999999',
  ),
  hostileString.map(encodeLoosely),
);

/** A valid body, one path parameter replaced by junk (or junk appended to a path without parameters). */
export function pathRequest(op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const payload = op.body ? JSON.stringify(exampleOf(ctx.doc, op.body)) : op.method === 'GET' ? undefined : '{}';
  const target = op.pathParams.length ? fc.constantFrom(...op.pathParams) : fc.constant(undefined);
  return fc.tuple(validPath(op, ctx), target, junkSegment, caller).map(([url, name, junk, who]) => {
    const broken = name
      ? op.path.replace(`{${name}}`, junk).replace(/\{(\w+)\}/g, (_, other: string) => encodeURIComponent(ctx.pathValues[other]?.[0] ?? 'x'))
      : `${url}/${junk}`;
    return request(op, broken, who, `path ${name ?? '(appended)'} = ${sketch(junk)}`, { ...JSON_TYPE }, payload);
  });
}

// ---- query strings --------------------------------------------------------------------------

const junkQueryValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(
    '2026-02-30', '2026-13-01', '2025-02-29', '0000-00-00', '2026-02-28T25:00:00Z', '2026-02-28T10:00:00%2B99:00', '-1', '1.5', '0', '1e309',
    '99999999999999999999999', 'NaN', 'Infinity', '', 'true', '%zz', '%00', 'a,b', '%5B%5D', 'null', 'x'.repeat(5_000), '%2B1', '%201',
    '0x10', '1_000', '-0', '2026', '2026-W05',
  ) },
  { weight: 1, arbitrary: hostileString.map(encodeLoosely) },
);

/** A valid route, the operation's query parameters (and unknown ones) given junk, sometimes twice. */
export function queryRequest(op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const names = [...op.queryParams.map((p) => p.name), 'unknownParam'];
  const pair = fc.tuple(fc.constantFrom(...names), junkQueryValue);
  const payload = op.body ? JSON.stringify(exampleOf(ctx.doc, op.body)) : op.method === 'GET' ? undefined : '{}';
  return fc.tuple(validPath(op, ctx), fc.array(pair, { minLength: 1, maxLength: 4 }), caller).map(([url, pairs, who]) => {
    const query = pairs.map(([name, value]) => `${name}=${value}`).join('&');
    return request(op, `${url}?${query}`, who, `query ${sketch(query)}`, op.body ? { ...JSON_TYPE } : {}, payload);
  });
}
