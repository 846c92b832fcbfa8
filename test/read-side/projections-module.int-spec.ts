import { Logger } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreModule, SqliteEventStore } from '@app/event-store';
import { AuthModule, LocalTokenMinter } from '@app/platform/auth';
import { ClockModule, ManualClock } from '@app/platform/clock';
import { APP_CONFIG, loadConfig } from '@app/platform/config';
import { ProblemDetailsFilter } from '@app/platform/http';
import {
  ProjectionAdmin,
  ProjectionKeys,
  ProjectionsHealth,
  ProjectionRunners,
  ProjectionsHttpModule,
  ProjectionsModule,
  ReadModelReader,
  type ProjectionReportJson,
} from '@app/platform/projections';
import { REDIS, RedisModule } from '@app/platform/redis';
import type Redis from 'ioredis';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { categoryCountProjection } from './support/category-count.projection';
import { waitUntil } from './support/dump';
import { appendMany } from './support/read-side-fixture';

describe('ProjectionsModule in a Nest application', () => {
  let server: PrivateRedis;
  let dataDir: string;
  let store: SqliteEventStore;
  let app: NestFastifyApplication;
  let head: bigint;
  const clock = new ManualClock(new Date('2026-05-01T00:00:00Z'));
  const counts = categoryCountProjection({ name: 'counts' });
  const mous = categoryCountProjection({ name: 'mou-counts', filter: { streamPrefixes: ['mou-'] } });
  const keyPrefix = 'modtest:';

  beforeAll(async () => {
    Logger.overrideLogger(['error']);
    server = await startPrivateRedis();
    dataDir = mkdtempSync(join(tmpdir(), 'projections-module-'));
    store = new SqliteEventStore(join(dataDir, 'events.db'), { pollIntervalMs: 20, clock: () => clock.now() });
    head = await appendMany(store, 600, { categories: ['mou', 'entity'] });
    app = await bootApp(keyPrefix);
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
    await server.stop();
  });

  /** The module on the suite's log (through `on`, which the app closes with it) and Redis, under `prefix`. */
  async function bootApp(prefix: string, on: SqliteEventStore = store): Promise<NestFastifyApplication> {
    const moduleRef = await Test.createTestingModule({
      imports: [
        AuthModule,
        ClockModule.forRoot(clock),
        EventStoreModule.forRoot({ sqlitePath: join(dataDir, 'events.db') }, on),
        RedisModule,
        ProjectionsModule.forRoot([counts, mous], { run: true, runner: { pollMs: 20 }, rebuild: { retireDelayMs: 0 } }),
        ProjectionsHttpModule,
      ],
    })
      .overrideProvider(APP_CONFIG)
      .useValue(loadConfig({ DATA_DIR: dataDir, REDIS_URL: server.url, REDIS_KEY_PREFIX: prefix }))
      .compile();
    const booted = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    booted.useGlobalFilters(new ProblemDetailsFilter());
    await booted.init();
    await booted.getHttpAdapter().getInstance().ready();
    return booted;
  }

  const token = (role: 'admin' | 'officer') => app.get(LocalTokenMinter).mint({ sub: `${role}-1`, role, provinces: role === 'officer' ? ['*'] : undefined });
  const caughtUp = () => waitUntil(async () => (await app.get(ReadModelReader).active('counts'))?.checkpoint === head, 'the runners to catch up');

  it('starts a runner per projection on bootstrap, writing under REDIS_KEY_PREFIX', async () => {
    await caughtUp();
    const view = (await app.get(ReadModelReader).active('counts'))!;
    expect(view.keyPrefix).toBe(`${keyPrefix}rm:{counts}:${view.generation}:`);
    expect(await app.get<Redis>(REDIS).hgetall(view.key('counts'))).toEqual({ mou: '300', entity: '300' });
    expect((await app.get(ProjectionAdmin).statusOf('counts')).runner).toEqual({ state: 'following' });
  });

  it('serves Prometheus metrics to admins: checkpoint and lag gauges, applied counter', async () => {
    await caughtUp();
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const res = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${await token('admin')}` } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.body).toContain(`projection_checkpoint_position{projection="counts"} ${head}`);
    expect(res.body).toContain('projection_lag_events{projection="counts"} 0');
    expect(res.body).toContain('projection_lag_seconds{projection="mou-counts"} 0');
    expect(res.body).toMatch(/projection_events_applied_total\{projection="mou-counts"\} 300\b/);
    expect(res.body).toContain('# TYPE projection_lag_seconds gauge');
  });

  it('reports lag for /health', async () => {
    await caughtUp();
    const report = await app.get(ProjectionsHealth).check();
    expect(report.healthy).toBe(true);
    expect(report.projections.counts).toMatchObject({ healthy: true, eventsBehind: 0, secondsBehind: 0, checkpoint: head.toString() });
  });

  it('lists projections to admins only', async () => {
    await caughtUp();
    expect((await app.inject({ method: 'GET', url: '/v1/admin/projections' })).statusCode).toBe(401);
    const officer = await app.inject({ method: 'GET', url: '/v1/admin/projections', headers: { authorization: `Bearer ${await token('officer')}` } });
    expect(officer.statusCode).toBe(403);
    const res = await app.inject({ method: 'GET', url: '/v1/admin/projections', headers: { authorization: `Bearer ${await token('admin')}` } });
    expect(res.statusCode).toBe(200);
    const body = res.json<ProjectionReportJson[]>();
    expect(body.map((p) => p.name)).toEqual(['counts', 'mou-counts']);
    expect(body[0]).toMatchObject({ version: 1, generationVersion: 1, headPosition: head.toString(), eventsBehindCapped: false });
  });

  it('rebuilds on POST in the background (202), refuses while one runs (409), and 404s an unknown name', async () => {
    await caughtUp();
    const admin = { authorization: `Bearer ${await token('admin')}` };
    const before = (await app.get(ReadModelReader).active('counts'))!.generation;
    const keys = new ProjectionKeys(keyPrefix, 'counts');
    const redis = app.get<Redis>(REDIS);

    await redis.set(keys.rebuildLock, 'someone-else', 'PX', 60_000);
    const busy = await app.inject({ method: 'POST', url: '/v1/admin/projections/counts/rebuild', headers: admin });
    expect(busy.statusCode).toBe(409);
    expect(busy.json()).toMatchObject({ code: 'RebuildInProgress' });
    await redis.del(keys.rebuildLock);

    const res = await app.inject({ method: 'POST', url: '/v1/admin/projections/counts/rebuild', headers: admin });
    expect(res.statusCode).toBe(202);
    const { generation } = res.json<{ generation: string }>();
    expect(generation).toMatch(/^v1\.[0-9a-f]{8}$/);
    await waitUntil(async () => (await app.get(ReadModelReader).active('counts'))?.generation === generation, 'the swap');
    expect(generation).not.toBe(before);
    expect(await redis.hgetall(keys.namespace(generation) + 'counts')).toEqual({ mou: '300', entity: '300' });

    const unknown = await app.inject({ method: 'POST', url: '/v1/admin/projections/nope/rebuild', headers: admin });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'UnknownProjection' });
  });

  it('stops its runners on shutdown before Redis closes', async () => {
    // An app of its own: shutting it down must leave the other tests' app running.
    const own = await bootApp('modtest-shutdown:', new SqliteEventStore(join(dataDir, 'events.db'), { pollIntervalMs: 20, clock: () => clock.now() }));
    const runners = own.get(ProjectionRunners);
    const redis = own.get<Redis>(REDIS);
    await own.close();
    for (const name of ['counts', 'mou-counts']) {
      expect(runners.get(name)).toMatchObject({ state: 'stopped', error: undefined });
    }
    expect(redis.status).toBe('end');
  });
});
