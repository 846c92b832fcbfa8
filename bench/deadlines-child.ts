import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { DeadlinePolicy, DeadlineProcessingOptions } from '@app/follow-up/processing';
import type { OffsetClock, WorkerProbe } from './deadlines-fixture';

type Reply = { id: number; value?: unknown; error?: string } | { ready: true };

/**
 * The deadline worker in a plain `node` child running the compiled build (bench/deadlines-worker.js),
 * as `npm start` runs it. It inherits this process's environment (DATA_DIR, REDIS_URL,
 * REDIS_KEY_PREFIX) and follows the bench's clock: `setClock` moves both before it resolves.
 */
export class WorkerChild implements WorkerProbe {
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private constructor(
    private readonly child: ChildProcess,
    private readonly clock: OffsetClock,
  ) {
    child.on('message', (reply: Reply) => {
      if ('ready' in reply) return;
      const call = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.error !== undefined) call?.reject(new Error(reply.error));
      else call?.resolve(reply.value);
    });
    child.on('exit', (code) => {
      for (const call of this.waiting.values()) call.reject(new Error(`deadline worker exited with ${code}`));
      this.waiting.clear();
    });
  }

  static start(sqlitePath: string, clock: OffsetClock, options: { policy: DeadlinePolicy } & Pick<DeadlineProcessingOptions, 'notifications' | 'settings'>): Promise<WorkerChild> {
    const child = fork(join(__dirname, 'deadlines-worker.js'), [sqlitePath, JSON.stringify(options)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return new Promise((resolve, reject) => {
      child.once('message', (reply: Reply) => ('ready' in reply ? resolve(new WorkerChild(child, clock)) : reject(new Error('unexpected first message'))));
      child.once('exit', (code) => reject(new Error(`deadline worker exited with ${code} before it was ready`)));
    });
  }

  async setClock(instant: Date): Promise<void> {
    this.clock.set(instant);
    await this.call('offset', this.clock.offset);
  }

  pendingSteps(): Promise<number> {
    return this.call('pending') as Promise<number>;
  }

  delayedSteps(): Promise<number> {
    return this.call('delayed') as Promise<number>;
  }

  async checkpoints(): Promise<{ reactor: bigint; schedule: bigint }> {
    const { reactor, schedule } = (await this.call('caughtUp')) as { reactor: string; schedule: string };
    return { reactor: BigInt(reactor), schedule: BigInt(schedule) };
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.call('close');
    await exited;
  }

  private call(op: string, arg?: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, op, arg });
    });
  }
}

/** BullMQ's no-op rate (bench/deadlines-raw.js), measured in a plain `node` child as the worker is. */
export function rawNoopRate(redisUrl: string, prefix: string, count: number, concurrency: number, leadMs: number): Promise<number> {
  const child = fork(join(__dirname, 'deadlines-raw.js'), [redisUrl, prefix, String(count), String(concurrency), String(leadMs)], { execArgv: [] });
  return new Promise((resolve, reject) => {
    let rate: number | undefined;
    child.on('message', (message: { rate: number }) => (rate = message.rate));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && rate !== undefined ? resolve(rate) : reject(new Error(`BullMQ no-op measurement exited with ${code}`))));
  });
}
