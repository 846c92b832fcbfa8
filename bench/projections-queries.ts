/**
 * The follow-up query timings of bench:projections, in a process of their own: the API answers
 * queries from a process whose heap holds a running app, not three rebuilds' worth of garbage
 * (the bench process peaks near 600 MB, and its collections then land inside the timed queries).
 * Forked by bench/projections.bench.ts with the read model already built; sends its Timing[].
 *
 *   argv: <redis url> <key prefix> <runs> <sqlite path | postgres connection string>
 */
import Redis from 'ioredis';
import { createEventStore, isPostgresConnectionString } from '@app/event-store';
import { ManualClock } from '@app/platform/clock';
import { ProjectionRegistry, ReadModelReader } from '@app/platform/projections';
import { ReadMemo } from '@app/platform/read-query';
import { RECOMMENDATIONS_READ_MODEL, recommendationsProjection } from '@app/follow-up';
import { NOW } from './projections-calendar';
import { benchProviders } from './projections-providers';
import { followUpTimings } from './projections-measure';

async function main(): Promise<void> {
  const [redisUrl, keyPrefix, runs, log] = process.argv.slice(2);
  const redis = new Redis(redisUrl);
  const store = isPostgresConnectionString(log) ? createEventStore({ connectionString: log, sqlitePath: '' }) : createEventStore({ sqlitePath: log });
  try {
    const reader = new ReadModelReader({ store, redis, keyPrefix, clock: new ManualClock(NOW) }, new ProjectionRegistry([recommendationsProjection]));
    const view = await reader.active(RECOMMENDATIONS_READ_MODEL);
    if (!view) throw new Error('the recommendations read model is not built');
    const provinces = [...new Set(benchProviders().map((p) => p.provinceCode).filter((p): p is string => p !== null))];
    // A memo as the API's query gate keeps one: the first query per province pays for names.
    process.send?.(await followUpTimings({ redis, view, now: NOW, memo: new ReadMemo() }, provinces, Number(runs)));
  } finally {
    redis.disconnect();
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
