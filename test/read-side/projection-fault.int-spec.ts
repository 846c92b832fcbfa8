import { Logger } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreModule, SqliteEventStore, type RecordedEvent } from '@app/event-store';
import { AuthModule, LocalTokenMinter } from '@app/platform/auth';
import { ClockModule, ManualClock } from '@app/platform/clock';
import { APP_CONFIG, loadConfig } from '@app/platform/config';
import { ProblemDetailsFilter } from '@app/platform/http';
import {
  READ_SIDE,
  ProjectionRunners,
  ProjectionsHttpModule,
  ProjectionsModule,
  ReadModelReader,
  op,
  projectionStatus,
  type Projection,
  type ProjectionReportJson,
  type ReadSide,
} from '@app/platform/projections';
import { RedisModule } from '@app/platform/redis';
import { HealthModule } from '../../apps/api/src/health/health.module';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { categoryCountProjection } from './support/category-count.projection';
import { waitUntil } from './support/dump';
import { event } from './support/read-side-fixture';

/** Throws on the one event marked `throwHere`. */
const throwing: Projection = {
  name: 'throws',
  version: 1,
  filter: {},
  apply: (e) => {
    if (e.data.throwHere === true) throw new Error('cannot project this event');
    return [op.hincrby('counts', 'all')];
  },
};

/** Uses one key as a hash and, on the event marked `wrongType`, as a set: Redis refuses that write inside the batch. */
const wrongType: Projection = {
  name: 'wrongtype',
  version: 1,
  filter: {},
  apply: (e) => (e.data.wrongType === true ? [op.hincrby('counts', 'all'), op.sadd('k', 'm')] : [op.hincrby('k', 'f')]),
};

describe('A projection that faults on one event', () => {
  let server: PrivateRedis;
  let dataDir: string;
  let store: SqliteEventStore;
  let app: NestFastifyApplication;
  let all: RecordedEvent[];
  const clock = new ManualClock(new Date('2026-05-01T00:00:00Z'));
  const healthy = categoryCountProjection({ name: 'counts' });
  const at = (mark: string) => all.find((e) => e.data[mark] === true)!;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    server = await startPrivateRedis();
    dataDir = mkdtempSync(join(tmpdir(), 'projection-fault-'));
    store = new SqliteEventStore(join(dataDir, 'events.db'), { pollIntervalMs: 20, clock: () => clock.now() });
    // One append: the marked events sit in the middle of the runners' first batch, with clean events after them.
    await store.append('entity-1', [event('A'), event('A'), event('B', { throwHere: true }), event('A'), event('C', { wrongType: true }), event('A')], 'no_stream');
    await store.append('mou-1', [event('A'), event('A')], 'no_stream');
    all = [];
    for await (const e of store.readAll()) all.push(e);
    const moduleRef = await Test.createTestingModule({
      imports: [
        AuthModule,
        ClockModule.forRoot(clock),
        EventStoreModule.forRoot({ sqlitePath: join(dataDir, 'events.db') }, store),
        RedisModule,
        ProjectionsModule.forRoot([throwing, healthy, wrongType], { run: true, runner: { pollMs: 20 } }),
        ProjectionsHttpModule,
        HealthModule,
      ],
    })
      .overrideProvider(APP_CONFIG)
      .useValue(loadConfig({ DATA_DIR: dataDir, REDIS_URL: server.url, REDIS_KEY_PREFIX: 'fault:' }))
      .compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const runners = app.get(ProjectionRunners);
    await waitUntil(() => runners.get('throws')?.state === 'failed' && runners.get('wrongtype')?.state === 'failed', 'both faulty runners to stop');
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
    await server.stop();
  });

  const admin = async () => ({ authorization: `Bearer ${await app.get(LocalTokenMinter).mint({ sub: 'admin-1', role: 'admin' })}` });
  const get = async (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('keeps the other projections running past that event', async () => {
    const head = all[all.length - 1].position;
    await waitUntil(async () => (await app.get(ReadModelReader).active('counts'))?.checkpoint === head, 'the healthy projection to reach the head');
    expect(app.get(ProjectionRunners).get('counts')?.state).toBe('following');
  });

  it('names the event it stopped on: its global position, type, stream and revision, and the error', () => {
    const runners = app.get(ProjectionRunners);
    const thrown = at('throwHere');
    expect(runners.get('throws')?.fault).toEqual({
      position: thrown.position.toString(), eventType: 'B', stream: 'entity-1', revision: 2, error: 'cannot project this event', at: clock.now().toISOString(),
    });
    // Redis refused a write of the fifth event, in a batch that starts at the first: the fault still names the fifth.
    const refused = at('wrongType');
    expect(runners.get('wrongtype')?.fault).toMatchObject({ position: refused.position.toString(), eventType: 'C', stream: 'entity-1', revision: 4 });
    expect(runners.get('wrongtype')?.fault?.error).toMatch(/WRONGTYPE/);
  });

  it('records the fault where processes that run no runner (API replicas) report it from', async () => {
    const readSide = app.get<ReadSide>(READ_SIDE);
    await waitUntil(async () => (await projectionStatus(readSide, throwing)).fault !== null, 'the fault to be recorded');
    expect((await projectionStatus(readSide, throwing)).fault).toEqual(app.get(ProjectionRunners).get('throws')?.fault);
    expect((await projectionStatus(readSide, healthy)).fault).toBeNull();
  });

  it('lists it to admins in GET /v1/admin/projections', async () => {
    const res = await get('/v1/admin/projections', await admin());
    expect(res.statusCode).toBe(200);
    const byName = Object.fromEntries(res.json<ProjectionReportJson[]>().map((p) => [p.name, p]));
    expect(byName.throws.runner).toMatchObject({ state: 'failed', fault: { position: at('throwHere').position.toString(), error: 'cannot project this event' } });
    expect(byName.throws.fault).toMatchObject({ position: at('throwHere').position.toString() });
    expect(byName.counts.runner).toEqual({ state: 'following' });
    expect(byName.counts.fault).toBeNull();
  });

  it('shows anonymous /health callers which projection is down, and no error text', async () => {
    const res = await get('/health');
    expect(res.statusCode).toBe(503);
    const body = res.json();
    const projections = { status: 'down', throws: { status: 'down' }, counts: { status: 'up' }, wrongtype: { status: 'down' } };
    expect(body.error).toEqual({ projections });
    expect(body.details.projections).toEqual(projections);
    expect(body.details.redis).toEqual({ status: 'up' });
    expect(body.details.eventStore).toEqual({ status: 'up' });
    expect(res.body).not.toMatch(/cannot project|WRONGTYPE|position|entity-1/);
  });

  it('shows admins the position and error in /health', async () => {
    const res = await get('/health', await admin());
    expect(res.statusCode).toBe(503);
    const { throws, counts } = res.json().details.projections;
    expect(throws).toMatchObject({ healthy: false, runner: { state: 'failed' } });
    expect(throws.problem).toBe(`runner failed on B entity-1@2 (position ${at('throwHere').position}): cannot project this event`);
    expect(counts).toMatchObject({ healthy: true, eventsBehind: 0 });
    // A token that does not verify is an anonymous caller, not an error.
    const forged = await get('/health', { authorization: 'Bearer not-a-token' });
    expect(forged.statusCode).toBe(503);
    expect(forged.body).not.toContain('cannot project');
  });
});
