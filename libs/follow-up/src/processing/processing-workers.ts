import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Worker, type Job, type WorkerOptions } from 'bullmq';
import type { EventStore } from '@app/event-store';
import type { ReadModelReader } from '@app/platform/projections';
import type { DeadlineProcessor } from './deadlines/deadline.processor';
import type { DigestDispatcher } from './digests/digest-dispatcher';
import type { NotificationProcessor } from './notifications/notification.processor';
import type { ProcessingSettings } from './processing-settings';
import type { DeadlineQueues } from './queues/deadline-queues';
import { QUEUE_NAMES, SWEEP_SCHEDULER_ID, SweepJobData } from './queues/job-types';
import { SHUTDOWN_BUDGET_MS, settlesWithin } from './shutdown/settles-within';
import { DEADLINE_SCHEDULE } from './schedule/deadline-schedule.projection';
import type { DeadlineSweep, SweepResult } from './sweep/deadline-sweep';

/**
 * The BullMQ workers of this process: competing consumers, so any number of replicas may run
 * them. Also keeps the sweep's job scheduler in place (a Redis that lost everything loses it too).
 */
export class ProcessingWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DeadlineWorkers');
  private readonly workers: Worker[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly queues: DeadlineQueues,
    private readonly settings: ProcessingSettings,
    private readonly deadlines: DeadlineProcessor,
    private readonly notifications: NotificationProcessor,
    private readonly sweep: DeadlineSweep,
    private readonly reader: ReadModelReader,
    private readonly store: EventStore,
    private readonly digests: DigestDispatcher | null = null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const common: Omit<WorkerOptions, 'concurrency'> = {
      connection: this.queues.workerConnection(),
      prefix: this.queues.prefix,
      lockDuration: this.settings.jobLockMs,
      stalledInterval: this.settings.jobLockMs,
      maxStalledCount: 10,
    };
    const { deadlineConcurrency, notifyConcurrency } = this.settings;
    this.start(new Worker(QUEUE_NAMES.deadlines, (job, token) => this.deadlines.process(job, token), { ...common, concurrency: deadlineConcurrency }));
    this.start(new Worker(QUEUE_NAMES.notifications, (job) => this.notifications.process(job), { ...common, concurrency: notifyConcurrency }));
    this.start(new Worker(QUEUE_NAMES.maintenance, (job: Job<SweepJobData>) => this.runSweep(job.data), { ...common, concurrency: 1 }));
    await this.upsertSweepScheduler();
    // Once at start: whatever fell due while no worker ran.
    await this.queues.maintenance.add('sweep-at-start', { catchUpMs: 60_000, full: true });
    this.timer = setInterval(() => void this.restoreSweepScheduler(), this.settings.sweepEveryMs);
    this.timer.unref();
    this.logger.log(`Deadline, notification and maintenance workers running (sweep every ${this.settings.sweepEveryMs} ms)`);
  }

  /**
   * Waits (boundedly) for the running jobs to finish while Redis answers; with Redis gone, or
   * when they will not finish in time, cuts the workers' connections instead: a job left running
   * is picked up again after JOB_LOCK_MS, like a killed process's, and records nothing twice.
   */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    const force = this.queues.connection.status !== 'ready';
    const closing = Promise.all(this.workers.map((worker) => worker.close(force)));
    if (await settlesWithin(closing, force ? SHUTDOWN_BUDGET_MS.forced : SHUTDOWN_BUDGET_MS.workersGraceful)) {
      this.logger.log(force ? 'Deadline workers stopped (Redis unreachable: running jobs left to be retried)' : 'Deadline workers stopped (running jobs finished)');
      return;
    }
    this.logger.warn('Deadline workers did not stop in time; disconnecting them (running jobs will be retried)');
    await settlesWithin(Promise.all(this.workers.map((worker) => worker.disconnect())), SHUTDOWN_BUDGET_MS.forced);
  }

  private start(worker: Worker): void {
    worker.on('error', (error) => this.logger.warn(`${worker.name}: ${error.message}`));
    worker.on('failed', (job, error) => {
      const parked = job && job.attemptsMade >= (job.opts.attempts ?? 1);
      this.logger.warn(`${worker.name} job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}${parked ? ', parked' : ''}): ${error.message}`);
    });
    this.workers.push(worker);
  }

  /** Sweeps once the schedule has caught up with the log (briefly), so it sees the latest deadlines; then sends the digests due. */
  private async runSweep(data: SweepJobData): Promise<SweepResult> {
    await this.reader.waitForPosition(DEADLINE_SCHEDULE, await this.store.headPosition(), data.catchUpMs);
    const result = await this.sweep.run({ full: data.full });
    // The sweep is the clock of the digests too: each goes out at its local hour, by the Clock.
    await this.digests?.dispatch();
    return result;
  }

  private upsertSweepScheduler(): Promise<unknown> {
    return this.queues.maintenance.upsertJobScheduler(SWEEP_SCHEDULER_ID, { every: this.settings.sweepEveryMs }, { name: 'sweep', data: { catchUpMs: 5_000 } });
  }

  private async restoreSweepScheduler(): Promise<void> {
    try {
      if (!(await this.queues.maintenance.getJobScheduler(SWEEP_SCHEDULER_ID))) {
        this.logger.warn('The sweep scheduler was gone (Redis emptied?); restoring it');
        await this.upsertSweepScheduler();
        await this.queues.maintenance.add('sweep-after-loss', { catchUpMs: 60_000, full: true });
      }
    } catch (error) {
      this.logger.warn(`Cannot check the sweep scheduler: ${(error as Error).message}`);
    }
  }
}
