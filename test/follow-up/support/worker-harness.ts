import { Logger } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import type { ContactDirectory } from '@app/contacts';
import { SqliteEventStore } from '@app/event-store';
import { AuthModule, LocalTokenMinter } from '@app/platform/auth';
import { ManualClock } from '@app/platform/clock';
import { AggregateStore } from '@app/platform/commands';
import { APP_CONFIG, loadConfig } from '@app/platform/config';
import { ProblemDetailsFilter } from '@app/platform/http';
import type { RedisClient } from '@app/platform/redis';
import { DeadlineQueues, mountQueueDashboard, type DeadlinePolicy, type NotificationSettings, type ProcessingSettings } from '@app/follow-up/processing';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import type { RedisTopology } from '../../support/redis-topologies';
import { Recommendations } from './recommendations';

export interface WorkerHarness {
  app: NestFastifyApplication;
  store: SqliteEventStore;
  clock: ManualClock;
  redis: RedisClient;
  keyPrefix: string;
  queues: DeadlineQueues;
  recommendations: Recommendations;
  /** A token for the HTTP routes (officers cover every province). */
  token(claims: { sub: string; role: 'admin' | 'officer' | 'liaison'; entity?: string }): Promise<string>;
  close(): Promise<void>;
}

/** Settings that make a test's waits short: sweeps twice a second, delayed jobs re-check the clock often. */
export const FAST: Partial<ProcessingSettings> = { sweepEveryMs: 500, horizonMs: 600_000, recheckMs: 200, jobLockMs: 2_000, notifyBackoffMs: 50 };

/**
 * The worker module (reactor, BullMQ workers, sweep, schedule projection) in this process, on a
 * private Redis (a url, or a RedisTopology: one server or a cluster) and a temp SQLite log, with a manual clock and the admin HTTP routes + dashboard.
 * `contactDirectory`: the directory routing asks (default: the contacts read model; null: no routing).
 */
export async function startWorkers(
  redisOf: string | RedisTopology,
  options: {
    now: Date;
    settings?: Partial<ProcessingSettings>;
    notifications?: NotificationSettings;
    policy?: DeadlinePolicy;
    contactDirectory?: ContactDirectory | null;
    dataDirPrefix?: string;
  },
): Promise<WorkerHarness> {
  Logger.overrideLogger(process.env.TEST_LOG ? ['log', 'warn', 'error'] : ['error']);
  const dataDir = mkdtempSync(join(tmpdir(), options.dataDirPrefix ?? 'deadline-workers-'));
  const clock = new ManualClock(options.now);
  const store = new SqliteEventStore(join(dataDir, 'events.db'), { pollIntervalMs: 20, clock: () => clock.now() });
  const keyPrefix = `t${randomUUID().slice(0, 8)}:`;
  const moduleRef = await Test.createTestingModule({
    imports: [
      AuthModule,
      WorkerModule.forRoot({
        eventStore: store,
        clock,
        processing: { settings: { ...FAST, ...options.settings }, notifications: options.notifications ?? { webhooks: [], webhookSecret: '', email: null },
          policy: options.policy,
          contactDirectory: options.contactDirectory,
        },
      }),
    ],
  })
    .overrideProvider(APP_CONFIG)
    .useValue(loadConfig({ DATA_DIR: dataDir, ...(typeof redisOf === 'string' ? { REDIS_URL: redisOf } : redisOf.env), REDIS_KEY_PREFIX: keyPrefix }))
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: ['error'] });
  app.useGlobalFilters(new ProblemDetailsFilter());
  await mountQueueDashboard(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const redis = typeof redisOf === 'string' ? new Redis(redisOf) : redisOf.client();
  return {
    app,
    store,
    clock,
    redis,
    keyPrefix,
    queues: app.get(DeadlineQueues),
    recommendations: new Recommendations(app.get(AggregateStore), () => clock.now()),
    token: (claims) => app.get(LocalTokenMinter).mint({ ...claims, provinces: claims.role === 'officer' ? ['*'] : undefined }),
    async close() {
      await app.close();
      redis.disconnect();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
