// bench:deadlines' worker: the deadline worker as `npm start` runs it, from the compiled build
// (dist/), in a process of its own. In the ts-node bench process the worker shared a heap with the
// TypeScript compiler and every transpiled file, and garbage collection took 16-25 % of the burst
// (8 % in this process): the burst measured ts-node as much as the worker. Plain JS, so nothing
// compiles it at run time.
//
// The bench (bench/deadlines.bench.ts) drives it over IPC: each message { id, op, arg } is
// answered { id, value } or { id, error }. Ops:
//   offset <ms>   shift the worker's clock (the bench's OffsetClock sends its own offset)
//   pending       steps the deadline schedule holds pending
//   delayed       steps waiting in delayed `deadlines` jobs (a burst's groups count each step)
//   caughtUp      { reactor, schedule } checkpoints, as decimal strings
//   close         close the worker and exit
//
//   argv: <sqlite path> <worker options, JSON: policy, settings, notifications>
const { join } = require('node:path');

const DIST = join(__dirname, '..', 'dist');
const { createWorkerApp } = require(join(DIST, 'apps/worker/src/bootstrap'));
const { SqliteEventStore } = require(join(DIST, 'libs/event-store/src'));
const { ReadModelReader } = require(join(DIST, 'libs/platform/src/projections'));
const { DEADLINE_SCHEDULE, DeadlineQueues, SCHEDULE_KEYS, isGroupJob } = require(join(DIST, 'libs/follow-up/src/processing'));

async function main() {
  const [path, optionsJson] = process.argv.slice(2);
  const options = JSON.parse(optionsJson);
  let offsetMs = 0;
  const clock = { now: () => new Date(Date.now() + offsetMs) };
  const store = new SqliteEventStore(path, { clock: () => clock.now() });
  const app = await createWorkerApp({ eventStore: store, clock, logger: ['error'], processing: options });
  const queues = app.get(DeadlineQueues);
  const reader = app.get(ReadModelReader);
  const keyPrefix = process.env.REDIS_KEY_PREFIX ?? '';

  const ops = {
    offset: (ms) => void (offsetMs = ms),
    pending: async () => {
      const view = await reader.active(DEADLINE_SCHEDULE);
      return view ? Number(await queues.connection.zcard(view.key(SCHEDULE_KEYS.pending))) : 0;
    },
    delayed: async () => {
      let steps = 0;
      for (let start = 0; ; start += 1_000) {
        const jobs = await queues.deadlines.getDelayed(start, start + 999);
        for (const job of jobs) steps += job && isGroupJob(job.data) ? job.data.steps.length : 1;
        if (jobs.length < 1_000) return steps;
      }
    },
    caughtUp: async () => ({
      reactor: (await queues.connection.get(`${keyPrefix}deadlines:reactor:checkpoint`)) ?? '0',
      schedule: String((await reader.active(DEADLINE_SCHEDULE))?.checkpoint ?? 0n),
    }),
    close: async () => {
      await app.close();
      await store.close();
      setImmediate(() => process.exit(0));
    },
  };
  process.on('message', async ({ id, op, arg }) => {
    try {
      process.send({ id, value: await ops[op](arg) });
    } catch (error) {
      process.send({ id, error: error.message });
    }
  });
  process.send({ ready: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
