import { Gauge, type Registry } from 'prom-client';
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
      for (const queue of queues.all()) {
        const counts = await queue.getJobCounts(...STATES);
        for (const state of STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
      }
    },
  });
}
