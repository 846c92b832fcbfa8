import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Global, Injectable, Module, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import type { Actor } from '@app/kernel';
import { EVENT_STORE, SqliteEventStore, type AppendResult, type NewEvent } from '@app/event-store';
import { ClockModule, ManualClock } from '@app/platform/clock';
import { ProblemDetailsFilter, createValidationPipe } from '@app/platform/http';
import { ProjectionsModule, ReadModelReader, type Projection } from '@app/platform/projections';
import { REDIS, REDIS_SETTINGS, type RedisClient } from '@app/platform/redis';
import type { RequestWithActor } from '@app/platform/auth';
import { AgreementsReadModule, agreementsProjection } from '@app/agreements';
import { ComplianceReadModule, complianceProjection } from '@app/assessments';
import { FollowUpReadModule, recommendationsProjection } from '@app/follow-up';
import type { RedisTopology } from '../../support/redis-topologies';

export const READ_MODELS: Projection[] = [complianceProjection(), recommendationsProjection, agreementsProjection];

/** Tests name the actor in a header; the real API takes it from a verified token (JwtAuthGuard). */
@Injectable()
class HeaderActorGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const header = request.headers['x-test-actor'];
    if (typeof header === 'string') request.actor = JSON.parse(header) as Actor;
    return true;
  }
}

export interface ReadModelsApp {
  app: NestFastifyApplication;
  store: SqliteEventStore;
  clock: ManualClock;
  redis: RedisClient;
  keyPrefix: string;
  append(stream: string, ...events: Array<{ type: string; data: unknown }>): Promise<AppendResult>;
  // The decoded JSON body, untyped like light-my-request's `json()`: each spec asserts on the shape it expects.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- decoded JSON of any route
  get(url: string, actor: Actor): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  /** Waits until every read model has applied everything appended so far. */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

/** The three read modules on a temp SQLite log and a unique prefix of the suite's private Redis (a url) or Redis topology. */
export async function startReadModelsApp(redisOf: string | RedisTopology, options: { now?: Date; run?: boolean } = {}): Promise<ReadModelsApp> {
  const dir = mkdtempSync(join(tmpdir(), 'read-models-'));
  const clock = new ManualClock(options.now ?? new Date('2025-06-16T03:00:00Z'));
  // recordedAt comes from the test's clock, so asOf cuts are exact.
  const store = new SqliteEventStore(join(dir, 'events.db'), { pollIntervalMs: 20, clock: () => clock.now() });
  const redis = typeof redisOf === 'string' ? new Redis(redisOf) : redisOf.client();
  const settings = typeof redisOf === 'string' ? { url: redisOf } : redisOf.settings;
  const keyPrefix = `t${randomUUID().slice(0, 8)}:`;

  @Global()
  @Module({
    providers: [
      { provide: EVENT_STORE, useValue: store },
      { provide: REDIS, useValue: redis },
      { provide: REDIS_SETTINGS, useValue: { ...settings, keyPrefix } },
      { provide: APP_GUARD, useClass: HeaderActorGuard },
    ],
    exports: [EVENT_STORE, REDIS, REDIS_SETTINGS],
  })
  class InfrastructureModule {}

  @Module({
    imports: [
      InfrastructureModule,
      ClockModule.forRoot(clock),
      CqrsModule.forRoot(),
      ProjectionsModule.forRoot(READ_MODELS, { run: options.run ?? true, runner: { pollMs: 20 } }),
      ComplianceReadModule,
      FollowUpReadModule,
      AgreementsReadModule,
    ],
  })
  class ReadModelsTestModule {}

  const app = await NestFactory.create<NestFastifyApplication>(ReadModelsTestModule, new FastifyAdapter(), { logger: ['error'] });
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const reader = app.get(ReadModelReader);
  const revisions = new Map<string, number>();

  return {
    app,
    store,
    clock,
    redis,
    keyPrefix,
    async append(stream, ...events) {
      const result = await store.append(stream, events.map(envelope), revisions.get(stream) ?? 'no_stream');
      revisions.set(stream, result.nextRevision);
      return result;
    },
    async get(url, actor) {
      const response = await app.inject({ method: 'GET', url, headers: { 'x-test-actor': JSON.stringify(actor) } });
      return { status: response.statusCode, body: response.json(), headers: response.headers };
    },
    async caughtUp() {
      const head = await store.headPosition();
      for (const projection of READ_MODELS) {
        if (!(await reader.waitForPosition(projection.name, head, 10_000))) throw new Error(`${projection.name} did not catch up with ${head}`);
      }
    },
    async close() {
      await app.close();
      await store.close();
      redis.disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function envelope(event: { type: string; data: unknown }): NewEvent {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: { schemaVersion: 1, actor: { id: 'test', role: 'admin' }, commandId, correlationId: commandId, causationId: commandId, occurredAt: new Date().toISOString() },
  };
}
