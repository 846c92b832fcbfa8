import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';

/**
 * BullMQ on its own, on the same Redis: `count` no-op jobs added as delayed jobs due at one
 * instant, processed with the given concurrency. Returns jobs/s from that instant to the last
 * completion — the same measure as the deadline burst.
 */
export async function rawNoopRate(redisUrl: string, prefix: string, count: number, concurrency: number, leadMs: number): Promise<number> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('bench-noop', { connection, prefix, defaultJobOptions: { removeOnComplete: true, removeOnFail: true } });
  const dueAt = Date.now() + leadMs;
  for (let i = 0; i < count; i += 500) {
    const n = Math.min(500, count - i);
    await queue.addBulk(Array.from({ length: n }, (_, j) => ({ name: 'noop', data: { i: i + j }, opts: { jobId: `noop-${i + j}`, delay: Math.max(0, dueAt - Date.now()) } })));
  }
  if (Date.now() > dueAt) console.warn(`  (adding ${count} no-op jobs took longer than the ${leadMs} ms lead)`);
  let completed = 0;
  let last = 0;
  const done = new Promise<void>((resolve) => {
    const worker = new Worker('bench-noop', async () => undefined, { connection, prefix, concurrency });
    worker.on('completed', () => {
      completed++;
      last = Date.now();
      if (completed === count) void worker.close().then(() => resolve());
    });
  });
  await done;
  await queue.close();
  connection.disconnect();
  return count / ((last - dueAt) / 1000);
}
