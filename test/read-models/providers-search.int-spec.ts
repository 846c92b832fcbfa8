import Redis from 'ioredis';
import type { RecordedEvent } from '@app/event-store';
import { viewOf, type ProjectionOp } from '@app/platform/projections';
import { SEARCH_BUDGET, listProviders, providersProjection, scanCodeIndexes } from '@app/registry';
import type { ReadSource } from '@app/platform/read-query';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';

/**
 * The providers query against a real Redis at a size the HTTP tests do not reach: a search
 * does bounded work per request, and paging merges an officer's province indexes exactly.
 */
describe('providers read model: bounded search and merged paging', () => {
  let server: PrivateRedis;
  let redis: Redis;
  let source: ReadSource;
  const PROVIDERS = 1_500;
  const RARE = 1_400;
  const code = (i: number) => `L-${String(i).padStart(4, '0')}`;

  beforeAll(async () => {
    server = await startPrivateRedis();
    redis = new Redis(server.url);
    source = { redis, view: viewOf('providers', 'g1', 'test:providers:g1:', 0n), now: new Date('2026-11-22T03:00:00Z') };
    const pipeline = redis.pipeline();
    const apply = (ops: ProjectionOp[]) => {
      for (const o of ops) {
        if (o.kind === 'hset') pipeline.hset(source.view.key(o.key), o.fields);
        else if (o.kind === 'zadd') o.entries.forEach(({ score, member }) => pipeline.zadd(source.view.key(o.key), score, member));
        else throw new Error(`unexpected op ${o.kind}`);
      }
    };
    const registered = (data: object) => ({ type: 'EntityRegistered', data }) as unknown as RecordedEvent;
    for (let i = 1; i <= PROVIDERS; i++) {
      apply(providersProjection.apply(registered({ code: code(i), name: i === RARE ? 'Badan Rahasia Negara' : `Lembaga Nomor ${i}`, kind: 'lembaga', parentCode: null, provinceCode: null, timezone: 'WIB' })));
    }
    for (const [kab, province] of [['63.01', '63'], ['63.03', '63'], ['64.01', '64'], ['64.02', '64'], ['64.09', '64'], ['65.01', '65']]) {
      apply(providersProjection.apply(registered({ code: kab, name: `Kabupaten ${kab}`, kind: 'kabupaten', parentCode: province, provinceCode: province, timezone: 'WITA' })));
    }
    await pipeline.exec();
  });
  afterAll(async () => {
    redis.disconnect();
    await server.stop();
  });

  it(`examines at most ${SEARCH_BUDGET} providers beyond the page per request, answering a partial page with a cursor that resumes the search`, async () => {
    const first = await listProviders(source, { kind: 'all' }, { q: 'rahasia', limit: 50 });
    expect(first.items).toEqual([]);
    expect(first.nextCursor).not.toBeNull();
    const second = await listProviders(source, { kind: 'all' }, { q: 'rahasia', limit: 50, cursor: first.nextCursor as string });
    expect(second.items.map((item) => item.code)).toEqual([code(RARE)]);
    expect(second.nextCursor).toBeNull();
  });

  it('a listing without q fills its pages: every candidate of an index matches', async () => {
    const page = await listProviders(source, { kind: 'all' }, { province: 'national', limit: 500 });
    expect(page.items).toHaveLength(500);
    expect(page.items[499].code).toBe(code(500));
  });

  it("pages an officer's provinces as one code-ordered list, one item at a time", async () => {
    const scope = { kind: 'provinces' as const, provinces: ['64', '63'] };
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let round = 0; round < 10; round++) {
      const page = await listProviders(source, scope, { limit: 1, cursor });
      seen.push(...page.items.map((item) => item.code));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(['63.01', '63.03', '64.01', '64.02', '64.09']);
  });

  it('merges indexes that overlap, in byte order and without duplicates, whatever the chunk size', async () => {
    await redis.zadd('test:merge:a', 0, '1', 0, '3', 0, '5', 0, '7');
    await redis.zadd('test:merge:b', 0, '2', 0, '3', 0, '4', 0, '8', 0, '9');
    for (const chunk of [1, 2, 3, 200]) {
      const merged: string[] = [];
      for await (const member of scanCodeIndexes(redis, ['test:merge:a', 'test:merge:b'], undefined, chunk)) merged.push(member);
      expect([chunk, merged]).toEqual([chunk, ['1', '2', '3', '4', '5', '7', '8', '9']]);
      const resumed: string[] = [];
      for await (const member of scanCodeIndexes(redis, ['test:merge:a', 'test:merge:b'], '3', chunk)) resumed.push(member);
      expect([chunk, resumed]).toEqual([chunk, ['4', '5', '7', '8', '9']]);
    }
  });
});
