import { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '@app/platform/clock';
import type { ProcessingSettings } from '../processing-settings';
import type { DeadlineQueues } from '../queues/deadline-queues';
import { DeadlineJobData, deadlineJobId } from '../queues/job-types';

const BULK = 500;
const REMOVE_ATTEMPTS = 5;

/**
 * Adds and removes `deadlines` jobs. Ids are deterministic, so adding a job that exists (waiting,
 * delayed or active) adds nothing: the reactor, the sweep and any number of replicas may all add
 * the same step.
 */
export class DeadlineJobs {
  private readonly logger = new Logger('DeadlineJobs');

  constructor(
    private readonly queues: DeadlineQueues,
    private readonly clock: Clock,
    private readonly settings: Pick<ProcessingSettings, 'recheckMs'>,
  ) {}

  /**
   * Delayed until the step's instant by the Clock, but never longer than recheckMs: a job that
   * wakes early looks at the Clock again, so BullMQ's timer and the Clock cannot drift apart.
   */
  async schedule(steps: DeadlineJobData[]): Promise<void> {
    const now = this.clock.now().getTime();
    for (let i = 0; i < steps.length; i += BULK) {
      await this.queues.deadlines.addBulk(
        steps.slice(i, i + BULK).map((data) => ({
          name: data.stepKey,
          data,
          opts: { jobId: deadlineJobId(data.stream, data.version, data.stepKey), delay: Math.min(Math.max(0, data.at - now), this.settings.recheckMs) },
        })),
      );
    }
  }

  /**
   * Removes the jobs of these versions (pending or finished). A job that is running at that moment
   * is usually one that woke early and goes straight back to sleep, so removal is tried again
   * shortly; one really running its step re-checks the deadline and records nothing.
   */
  async cancel(stream: string, versions: number[], stepKeys: readonly string[]): Promise<number> {
    const ids = versions.flatMap((version) => stepKeys.map((key) => deadlineJobId(stream, version, key)));
    const removed = await Promise.all(ids.map((id) => this.remove(id)));
    return removed.filter(Boolean).length;
  }

  private async remove(jobId: string): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        if ((await this.queues.deadlines.remove(jobId)) === 1) return true;
      } catch (error) {
        this.logger.debug(`Could not remove ${jobId}: ${(error as Error).message}`);
      }
      if (attempt === REMOVE_ATTEMPTS || !(await this.queues.deadlines.getJob(jobId))) return false;
      await sleep(50 * attempt);
    }
  }
}
