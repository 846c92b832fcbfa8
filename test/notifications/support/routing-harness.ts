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
import { DeadlineQueues, type NotificationSettings, type ProcessingSettings } from '@app/follow-up/processing';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { FAST } from '../../follow-up/support/worker-harness';
import { Recommendations } from '../../follow-up/support/recommendations';

export interface RoutingHarness {
  app: NestFastifyApplication;
  store: SqliteEventStore;
  clock: ManualClock;
  redis: Redis;
  keyPrefix: string;
  queues: DeadlineQueues;
  recommendations: Recommendations;
  token(claims: { sub: string; role: 'admin' | 'officer' | 'liaison'; entity?: string }): Promise<string>;
  close(): Promise<void>;
}

/**
 * The worker module with routing on: a contact directory the test holds, e-mail to a real SMTP
 * server, a private Redis, a temp SQLite log and a manual clock; its HTTP routes (the record's
 * view, the inbox, the admin retry) answer through inject().
 */
export async function startRouting(
  redisUrl: string,
  options: { now: Date; directory: ContactDirectory; smtpUrl: string; settings?: Partial<ProcessingSettings> },
): Promise<RoutingHarness> {
  Logger.overrideLogger(process.env.TEST_LOG ? ['log', 'warn', 'error'] : ['error']);
  const dataDir = mkdtempSync(join(tmpdir(), 'routing-'));
  const clock = new ManualClock(options.now);
  const store = new SqliteEventStore(join(dataDir, 'events.db'), { pollIntervalMs: 20, clock: () => clock.now() });
  const keyPrefix = `t${randomUUID().slice(0, 8)}:`;
  const notifications: NotificationSettings = {
    webhooks: [],
    webhookSecret: '',
    email: null,
    smtp: { smtpUrl: options.smtpUrl, from: 'Ombudsman RI <noreply@ombudsman.go.id>' },
    consoleBaseUrl: 'https://konsol.ombudsman.go.id',
  };
  const moduleRef = await Test.createTestingModule({
    imports: [
      AuthModule,
      WorkerModule.forRoot({ eventStore: store, clock, processing: { settings: { ...FAST, ...options.settings }, notifications, contactDirectory: options.directory } }),
    ],
  })
    .overrideProvider(APP_CONFIG)
    .useValue(loadConfig({ DATA_DIR: dataDir, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix }))
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: ['error'] });
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const redis = new Redis(redisUrl);
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
