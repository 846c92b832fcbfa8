import fc from 'fast-check';
import { ApiHarness, startApi } from '../../support/api-harness';
import { eventsWrittenBy, judge, type Violation } from './fuzz-oracle';
import { bodyRequest, headerRequest, pathRequest, queryRequest, type FuzzContext, type FuzzRequest } from './fuzz-request.arbitraries';
import { FuzzTally, violationLines } from './fuzz-tally';
import { FUZZ_SUBS, seedFuzzWorld, type FuzzWorld } from './fuzz-world';
import { operationsOf, type OpenApiDocument, type Operation } from './openapi-operations';

// Fixed seed and bounded runs: the same requests every time (FUZZ_SEED / FUZZ_RUNS explore further).
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

type Part = [string, (op: Operation, ctx: FuzzContext) => fc.Arbitrary<FuzzRequest>, (op: Operation) => boolean];
const PARTS: Part[] = [
  ['malformed bodies', bodyRequest, (op) => op.method !== 'GET'],
  ['malformed headers', headerRequest, () => true],
  ['malformed path parameters', pathRequest, () => true],
  ['malformed query strings', queryRequest, () => true],
];

/**
 * Every operation the OpenAPI document lists, sent malformed input by admins (and some officers,
 * liaisons, auditors and bad tokens). Whatever arrives: no 5xx, every error is problem+json with
 * its status in the body, and a refusal stores nothing.
 */
describe('every documented operation under malformed input', () => {
  let api: ApiHarness;
  let operations: Operation[];
  let world: FuzzWorld;
  let ctx: FuzzContext;
  const tally = new FuzzTally();
  const subs = new Set(Object.values(FUZZ_SUBS));

  beforeAll(async () => {
    api = await startApi({ now: new Date('2025-03-03T02:00:00Z') });
    const doc = (await api.app.inject({ method: 'GET', url: '/docs/json' })).json() as OpenApiDocument;
    operations = operationsOf(doc);
    world = await seedFuzzWorld(api);
    ctx = { doc, pathValues: world.pathValues };
  }, 60_000);
  afterAll(async () => {
    console.log(tally.summary());
    await api?.close();
  });

  async function send(part: string, op: Operation, request: FuzzRequest): Promise<Violation[]> {
    const before = await api.store.headPosition();
    let res;
    try {
      res = await api.app.inject({
        method: request.method,
        url: request.url,
        headers: { ...request.headers, ...world.auth[request.caller] },
        payload: request.payload,
      });
    } catch (error) {
      tally.skipped((error as Error).name);
      return [];
    }
    // Bodies and path parameters that were answered 2xx are worth a look (headers and queries are often optional).
    tally.record(part, res.statusCode, part === 'malformed bodies' || part === 'malformed path parameters' ? request : undefined);
    const moved = res.statusCode >= 400 && (await api.store.headPosition()) !== before;
    const stored = moved ? await eventsWrittenBy(api.store, before, subs) : [];
    const violations = judge(op.name, request, res, stored);
    tally.violated(violations);
    return violations;
  }

  it('covers every operation of the document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(50);
    expect(operations.filter((op) => op.body).length).toBeGreaterThanOrEqual(25);
  });

  it.each(PARTS)('answers %s without a 5xx, as problem+json with its status, storing nothing on refusal', async (part, arbitrary, applies) => {
    const violations: Violation[] = [];
    const targets = operations.filter(applies);
    for (const [i, op] of targets.entries()) {
      for (const request of fc.sample(arbitrary(op, ctx), { seed: SEED + i, numRuns: RUNS })) {
        violations.push(...(await send(part, op, request)));
      }
    }
    expect(violationLines(violations)).toEqual([]);
  }, 300_000);
});
