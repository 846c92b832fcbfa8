import { performance } from 'node:perf_hooks';
import Redis from 'ioredis';
import { SqliteEventStore } from '@app/event-store';
import { ManualClock } from '@app/platform/clock/clock';
import { ProjectionRegistry, ReadModelReader } from '@app/platform/projections';
import { RedisServerProcess } from '@app/platform/redis/redis-server-process';
import { readScopeOf } from '@app/agreements/read-models/read-query';
import { recommendationsProjection, overdueQueue, listItems } from '@app/follow-up';
import { NOW } from './projections-calendar';
import { rebuild } from './projections-measure';
async function main() {
  const server = await RedisServerProcess.start({ dir: null });
  const redis = new Redis(server.url);
  const store = new SqliteEventStore(process.argv[2]);
  const readSide = { store, redis, keyPrefix: 'b:', clock: new ManualClock(NOW) };
  await rebuild(readSide, recommendationsProjection);
  const view = (await new ReadModelReader(readSide, new ProjectionRegistry([recommendationsProjection])).active('recommendations'))!;
  const source = { redis, view, now: NOW };
  const calls: Record<string, number> = {};
  const orig = redis.pipeline.bind(redis);
  (redis as any).pipeline = (cmds?: any) => { const p = orig(cmds); const e = p.exec.bind(p); p.exec = async () => { const t0 = performance.now(); calls.rtt = (calls.rtt ?? 0) + 1; calls.cmds = (calls.cmds ?? 0) + p.length; const r = await e(); calls['t'+calls.rtt+'x'+p.length] = Math.round((performance.now()-t0)*10)/10; return r; }; return p; };
  for (const p of ['64', '11', '35', '94']) {
    for (let i = 0; i < 3; i++) {
      for (const k of Object.keys(calls)) delete calls[k];
      const t = performance.now();
      const page = await overdueQueue(source, readScopeOf({ id: 'o', role: 'officer', provinces: [p] }), { limit: 50 });
      console.log('overdue', p, page.items.length, (performance.now() - t).toFixed(1), 'ms', JSON.stringify(calls));
    }
  }
  const card = await redis.scard(view.key('ix:province:64'));
  console.log('province 64 items', card, 'open', await redis.sintercard(2, view.key('ix:province:64'), view.key('ix:open')));
  for (let i = 0; i < 3; i++) {
    for (const k of Object.keys(calls)) delete calls[k];
    const t = performance.now();
    const page = await overdueQueue(source, readScopeOf({ id: 'a', role: 'auditor' }), { limit: 50 });
    console.log('national', page.items.length, (performance.now() - t).toFixed(1), 'ms', JSON.stringify(calls));
  }
  const keys = (await redis.zrange(view.key('open:all'), 0, 50)).map((m) => view.key('item:' + m));
  for (let i = 0; i < 5; i++) { const t = performance.now(); const pl = redis.pipeline(); for (const k of keys) pl.hgetall(k); await pl.exec(); console.log('51 hgetall', (performance.now() - t).toFixed(2)); }
  for (let i = 0; i < 5; i++) { const t = performance.now(); const pl = redis.pipeline(); for (const k of keys) pl.call('hgetall', k); await pl.exec(); console.log('51 hgetall via call', (performance.now() - t).toFixed(2)); }
  for (let i = 0; i < 5; i++) { const t = performance.now(); await redis.ping(); console.log('ping', (performance.now() - t).toFixed(2)); }
  redis.disconnect(); await store.close(); await server.stop();
}
main();
