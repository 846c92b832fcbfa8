import { Gauge, type Registry } from 'prom-client';
import { withinRedisDeadline } from '@app/platform/redis';
import type { DeadlineQueues } from './deadline-queues';

const STATES = ['waiting', 'delayed', 'active', 'failed', 'prioritized'] as const;

/**
 * `follow_up_queue_jobs{queue,state}` on /metrics, read from Redis at scrape time, so the API
 * reports the queues whichever process works them; `failed` is what waits for an admin.
 */
export function registerQueueMetrics(registry: Registry, queues: DeadlineQueues): void {
  new Gauge({
    name: 'follow_up_queue_jobs',
    help: 'Jobs per BullMQ queue and state (failed = parked, waiting for an admin retry)',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      // With Redis gone the scrape still answers: the gauge keeps its last values (redis_up-style
      // health is on /health), rather than holding the scrape until Redis returns.
      const all = await withinRedisDeadline(Promise.all(queues.all().map((queue) => queue.getJobCounts(...STATES)))).catch(() => undefined);
      if (!all) return;
      queues.all().forEach((queue, i) => {
        for (const state of STATES) this.set({ queue: queue.name, state }, all[i][state] ?? 0);
      });
    },
  });
}
