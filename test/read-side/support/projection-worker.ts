// A stand-alone projection worker for the crash test: runs the test projection against the SQLite
// file and Redis named in its environment until SIGTERM (graceful) or SIGKILL (the point).
// HOLD_AFTER=<position> makes it stop short of the head (see held-subscriptions.ts).
import Redis from 'ioredis';
import { Logger } from '@nestjs/common';
import { SqliteEventStore } from '@app/event-store';
import { SystemClock } from '@app/platform/clock';
import { ProjectionRebuilder, ProjectionRunner } from '@app/platform/projections';
import type { ReadSide } from '@app/platform/projections';
import { categoryCountProjection } from './category-count.projection';
import { holdingAfter } from './held-subscriptions';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

Logger.overrideLogger(['error', 'warn']);
const store = new SqliteEventStore(required('EVENTS_DB_PATH'), { pollIntervalMs: 10 });
const redis = new Redis(required('REDIS_URL'));
// HOLD_AFTER: stop taking events after this position, so the test can kill the worker mid-stream for certain.
const holdAfter = process.env.HOLD_AFTER;
const source = holdAfter ? holdingAfter(store, BigInt(holdAfter)) : store;
const readSide: ReadSide = { store: source, redis, keyPrefix: required('REDIS_KEY_PREFIX'), clock: new SystemClock() };
const runner = new ProjectionRunner(categoryCountProjection(), readSide, new ProjectionRebuilder(readSide), {
  batchSize: Number(process.env.BATCH_SIZE ?? 500),
  pollMs: 50,
});
runner.start();
process.stdout.write('started\n');

process.once('SIGTERM', () => {
  void (async () => {
    await runner.stop();
    await store.close();
    await redis.quit();
    process.exit(0);
  })();
});
