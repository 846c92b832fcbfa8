import type { RedisClient } from '@app/platform/redis';
import type { Clock } from '@app/platform/clock';
import type { ProcessingSettings } from '../processing-settings';
import type { DeadlineJobs } from '../deadlines/deadline-jobs';
import type { DeadlineJobData } from '../queues/job-types';
import { subjectOfStream } from '../schedule/deadline-facts';
import { isPointless, parseStepKey } from '../schedule/deadline-schedule';
import type { PendingStep, PendingSteps } from '../schedule/pending-steps';

const FULL_SWEEP_EVERY_MS = 3_600_000;

export interface SweepResult {
  full: boolean;
  /** Steps due within the horizon for which a job was added (or already existed). */
  scheduled: number;
  /** Steps dropped from the schedule: pointless reminders, closed subjects, unknown steps. */
  dropped: number;
}

/**
 * Reads the schedule for steps due by now + horizon and adds their jobs (same ids as the
 * reactor's, so nothing runs twice). It is what makes a step happen when it was too far ahead
 * when its deadline was set, when the worker was down, or when Redis lost its jobs.
 *
 * A full sweep reads every step due by the horizon's end; the periodic one only those that
 * entered the horizon since the last sweep (`<prefix>deadlines:sweep:until`), so 100,000
 * deadlines due at one instant are added once, not at every sweep until they run. Full sweeps
 * run at start-up, after Redis lost everything, whenever that mark is missing, and hourly.
 */
export class DeadlineSweep {
  private readonly markKey: string;
  private readonly fullKey: string;

  constructor(
    private readonly pending: PendingSteps,
    private readonly jobs: DeadlineJobs,
    private readonly redis: RedisClient,
    keyPrefix: string,
    private readonly clock: Clock,
    private readonly settings: Pick<ProcessingSettings, 'horizonMs'>,
  ) {
    this.markKey = `${keyPrefix}deadlines:sweep:until`;
    this.fullKey = `${keyPrefix}deadlines:sweep:full`;
  }

  async run(options: { full?: boolean } = {}): Promise<SweepResult> {
    const now = this.clock.now().getTime();
    const until = now + this.settings.horizonMs;
    // At most hourly anyway, across replicas: a job lost some other way (deleted from the dashboard) comes back.
    const hourly = (await this.redis.set(this.fullKey, '1', 'PX', FULL_SWEEP_EVERY_MS, 'NX')) === 'OK';
    const mark = await this.redis.get(this.markKey);
    const after = mark === null || options.full || hourly ? null : Math.min(Number(mark), until);
    const result: SweepResult = { full: after === null, scheduled: 0, dropped: 0 };
    for await (const page of this.pending.dueBetween(after, until)) {
      const due: DeadlineJobData[] = [];
      const dead: PendingStep[] = [];
      for (const entry of page) {
        const job = this.jobFor(entry, now);
        if (job) due.push(job);
        else dead.push(entry);
      }
      await this.jobs.schedule(due);
      const forgotten = await Promise.all(dead.map((entry) => this.pending.forget(entry)));
      result.scheduled += due.length;
      result.dropped += forgotten.filter(Boolean).length;
    }
    // Only forward: a clock set back must not make the next sweeps skip what lies between.
    if (mark === null || until > Number(mark)) await this.redis.set(this.markKey, String(until));
    return result;
  }

  private jobFor(entry: PendingStep, now: number): DeadlineJobData | null {
    const subject = subjectOfStream(entry.stream);
    const step = parseStepKey(entry.stepKey);
    if (!subject || !step || entry.version === null || isPointless(step, entry.at, now)) return null;
    return { subject, stream: entry.stream, version: entry.version, step, stepKey: entry.stepKey, at: entry.at, since: entry.since };
  }
}
