import { performance } from 'node:perf_hooks';
import type { RedisClient } from '@app/platform/redis';
import type { EventStore } from '@app/event-store';
import { readScopeOf, type ReadSource } from '@app/platform/read-query';
import type { Actor } from '@app/kernel';
import { ProjectionRebuilder, type Projection, type ReadSide, type RebuildResult } from '@app/platform/projections';
import { listItems, overdueQueue } from '@app/follow-up';
import { percentile } from './stats';

/** Samples the process's resident set size; `peak` is the largest seen since the last reset. */
export class RssSampler {
  peak = 0;
  private readonly timer: NodeJS.Timeout;
  constructor(intervalMs = 50) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }
  sample(): number {
    const rss = process.memoryUsage().rss;
    this.peak = Math.max(this.peak, rss);
    return rss;
  }
  reset(): void {
    this.peak = this.sample();
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

/** Reads events from the store as fast as it goes (nothing else done with them): the baseline. */
export async function rawRead(store: EventStore, filter?: Projection['filter']): Promise<{ events: number; seconds: number }> {
  const started = performance.now();
  let events = 0;
  for await (const _event of store.readAll({ filter })) events++;
  return { events, seconds: (performance.now() - started) / 1000 };
}

export async function rebuild(readSide: ReadSide, projection: Projection): Promise<RebuildResult> {
  return new ProjectionRebuilder(readSide, { retireDelayMs: 0 }).rebuild(projection);
}

/** Every projection rebuilt together, from one shared read of the log. */
export async function rebuildAll(readSide: ReadSide, projections: Projection[]): Promise<RebuildResult[]> {
  return new ProjectionRebuilder(readSide, { retireDelayMs: 0 }).rebuildAll(projections);
}

export interface Timing {
  name: string;
  runs: number;
  p50: number;
  p99: number;
  /** Items on the first answer (to show the query is not trivially empty). */
  items: number;
}

/** Runs `query` `runs` times after a warm-up and reports its latency percentiles in ms. */
export async function time(name: string, runs: number, query: (run: number) => Promise<{ items: unknown[] }>): Promise<Timing> {
  for (let i = 0; i < 10; i++) await query(i);
  const latencies: number[] = [];
  let items = -1;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const page = await query(i);
    latencies.push(performance.now() - started);
    if (items < 0) items = page.items.length;
  }
  latencies.sort((a, b) => a - b);
  return { name, runs, p50: percentile(latencies, 50), p99: percentile(latencies, 99), items };
}

const auditor: Actor = { id: 'bench-auditor', role: 'auditor' };

/** The follow-up queries the issue asks about, at the bench's size, with "now" after many deadlines. */
export async function followUpTimings(source: ReadSource, provinces: string[], runs: number): Promise<Timing[]> {
  const all = readScopeOf(auditor);
  const province = (i: number) => provinces[i % provinces.length];
  const officer = (i: number) => readScopeOf({ id: 'bench-officer', role: 'officer', provinces: [province(i)] });
  return [
    await time('overdue queue, one province (officer)', runs, (i) => overdueQueue(source, officer(i), { limit: 50 })),
    await time('overdue queue, pages 1 + 2 (cursor)', runs, async (i) => {
      const first = await overdueQueue(source, officer(i), { limit: 50 });
      return overdueQueue(source, officer(i), { limit: 50, cursor: first.nextCursor ?? undefined });
    }),
    await time('list: province + status=belum_sesuai + overdue', runs, (i) => listItems(source, all, { province: province(i), status: 'belum_sesuai', overdue: true, limit: 50 })),
    await time('list: province + kind, by due date', runs, (i) => listItems(source, all, { province: province(i), kind: 'rekomendasi', limit: 50 })),
    await time('overdue queue, national (auditor)', Math.max(20, Math.floor(runs / 5)), () => overdueQueue(source, all, { limit: 50 })),
  ];
}

/** A numeric field of an INFO reply. */
const infoField = (info: string, name: string): number => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? NaN);

/** CPU seconds the Redis server has used since it started (user and system, all its threads). */
export async function redisCpuSeconds(redis: RedisClient): Promise<number> {
  const info = await redis.info('cpu');
  return infoField(info, 'used_cpu_user') + infoField(info, 'used_cpu_sys');
}

export async function redisMemory(redis: RedisClient): Promise<{ used: number; peak: number }> {
  const info = await redis.info('memory');
  return { used: infoField(info, 'used_memory'), peak: infoField(info, 'used_memory_peak') };
}
