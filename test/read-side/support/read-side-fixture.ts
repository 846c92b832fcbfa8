import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SqliteEventStore, type NewEvent } from '@app/event-store';
import { ManualClock } from '@app/platform/clock';
import type { ReadSide } from '@app/platform/projections';
import type { RedisClient } from '@app/platform/redis';
import type { RedisTopology } from '../../support/redis-topologies';

export interface ReadSideFixture {
  readSide: ReadSide;
  store: SqliteEventStore;
  redis: RedisClient;
  clock: ManualClock;
  dir: string;
  close(): Promise<void>;
}

/** A temp SQLite log and a unique key prefix on the suite's private Redis (a url) or Redis topology. */
export function readSideFixture(redisOf: string | RedisTopology, options: { now?: Date } = {}): ReadSideFixture {
  const dir = mkdtempSync(join(tmpdir(), 'read-side-'));
  const clock = new ManualClock(options.now ?? new Date('2026-03-02T01:00:00Z'));
  // The store stamps recordedAt from the test's clock, so lag and as-of cuts are exact.
  const store = new SqliteEventStore(join(dir, 'events.db'), { pollIntervalMs: 20, clock: () => clock.now() });
  const redis = typeof redisOf === 'string' ? new Redis(redisOf) : redisOf.client();
  const keyPrefix = `t${randomUUID().slice(0, 8)}:`;
  return {
    readSide: { store, redis, keyPrefix, clock },
    store,
    redis,
    clock,
    dir,
    async close() {
      await store.close();
      redis.disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function event(type: string, data: Record<string, unknown> = {}): NewEvent {
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      schemaVersion: 1,
      actor: { id: 'officer-test', role: 'officer' },
      commandId,
      correlationId: commandId,
      causationId: commandId,
      occurredAt: '2026-03-01T00:00:00.000Z',
    },
  };
}

/**
 * Appends `total` events spread over `streams` streams of a few categories, `perAppend` at a
 * time (appends fsync, so one event per append would be slow). Returns the last position.
 * Stream names carry `salt`, so calls with different salts never collide.
 */
export async function appendMany(
  store: SqliteEventStore,
  total: number,
  options: { categories?: string[]; streams?: number; perAppend?: number; salt?: string } = {},
): Promise<bigint> {
  const categories = options.categories ?? ['entity', 'mou', 'recommendation'];
  const streams = options.streams ?? 30;
  const perAppend = options.perAppend ?? 50;
  const salt = options.salt ?? randomUUID().slice(0, 6);
  const revisions = new Map<string, number>();
  let last = 0n;
  for (let written = 0, round = 0; written < total; round++) {
    const n = Math.min(perAppend, total - written);
    const s = round % streams;
    const stream = `${categories[s % categories.length]}-${salt}${s}`;
    const events = Array.from({ length: n }, (_, i) => event(i % 3 === 0 ? 'ThingNoted' : 'ThingChanged', { i }));
    const result = await store.append(stream, events, revisions.get(stream) ?? 'no_stream');
    revisions.set(stream, result.nextRevision);
    last = result.position;
    written += n;
  }
  return last;
}
