import { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '@app/platform/clock';
import type { ProcessingSettings } from '../processing-settings';
import type { DeadlineQueues } from '../queues/deadline-queues';
import { DeadlineJobData, deadlineJobId } from '../queues/job-types';
import { DeadlineGroupJobData, deadlineGroupJobId, groupsByInstant } from './deadline-groups';

type DeadlineJob = { name: string; data: DeadlineJobData | DeadlineGroupJobData; opts: { jobId: string; delay: number } };

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
   * Delayed until the steps' instant by the Clock, but never longer than recheckMs: a job that
   * wakes early looks at the Clock again, so BullMQ's timer and the Clock cannot drift apart.
   * Steps due at one instant share a job (up to GROUP_MAX, once they are GROUP_MIN_SUBJECTS
   * subjects' or more); any other step keeps its own job id, which `cancel` can remove when its
   * deadline moves. A group is not cancelled: its job checks
   * the schedule when it wakes early, and the decider refuses a moved or closed step at its instant.
   */
  async schedule(steps: DeadlineJobData[]): Promise<void> {
    await this.add(groupsByInstant(steps).map((group) => (group.length === 1 ? this.single(group[0]) : this.group(group))));
  }

  /**
   * Each step in a job of its own, due now: the steps of a group the decider found not due yet
   * (a lower rung missing) or that failed alone — each is then retried, waited for and parked on
   * its own, without holding up or repeating its group.
   */
  async scheduleAlone(steps: DeadlineJobData[]): Promise<void> {
    await this.add(steps.map((data) => this.single(data)));
  }

  private single(data: DeadlineJobData): DeadlineJob {
    return { name: data.stepKey, data, opts: { jobId: deadlineJobId(data.stream, data.version, data.stepKey), delay: this.delayUntil(data.at) } };
  }

  private group(steps: DeadlineJobData[]): DeadlineJob {
    return { name: 'steps', data: { steps }, opts: { jobId: deadlineGroupJobId(steps), delay: this.delayUntil(steps[0].at) } };
  }

  private delayUntil(at: number): number {
    return Math.min(Math.max(0, at - this.clock.now().getTime()), this.settings.recheckMs);
  }

  private async add(jobs: DeadlineJob[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += BULK) await this.queues.deadlines.addBulk(jobs.slice(i, i + BULK));
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
