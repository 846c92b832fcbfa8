// bench:deadlines' raw baseline, in a plain `node` process of its own as the worker it is compared
// with (bench/deadlines-worker.js): BullMQ alone on the same Redis, `count` no-op jobs added as
// delayed jobs due at one instant, processed with the given concurrency. Sends jobs/s from that
// instant to the last completion (the burst's measure) to the parent.
//
//   argv: <redis url> <queue prefix> <count> <concurrency> <lead ms>
const { Queue, Worker } = require('bullmq');
const Redis = require('ioredis');

async function rawNoopRate(redisUrl, prefix, count, concurrency, leadMs) {
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
  await new Promise((resolve) => {
    const worker = new Worker('bench-noop', async () => undefined, { connection, prefix, concurrency });
    worker.on('completed', () => {
      completed++;
      last = Date.now();
      if (completed === count) void worker.close().then(() => resolve());
    });
  });
  await queue.close();
  connection.disconnect();
  return count / ((last - dueAt) / 1000);
}

const [url, prefix, count, concurrency, leadMs] = process.argv.slice(2);
rawNoopRate(url, prefix, Number(count), Number(concurrency), Number(leadMs)).then(
  (rate) => process.send({ rate }, () => process.exit(0)),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
