import { DelayedError, type Job } from 'bullmq';
import type { Clock } from '@app/platform/clock';
import type { DeadlineCommands, DeadlineStep, DeadlineStepOutcome } from '../../deadlines/deadline-commands.port';
import type { ProcessingSettings } from '../processing-settings';
import type { DeadlineJobData } from '../queues/job-types';
import { priorSteps } from '../schedule/deadline-schedule';
import type { PendingSteps } from '../schedule/pending-steps';

/** The subset of a BullMQ job the processor uses (tests hand in a fake). */
export type DeadlineJob = Pick<Job<DeadlineJobData>, 'data' | 'updateData' | 'moveToDelayed'>;

/**
 * Runs one deadline step through DeadlineCommands (a command with an expected revision and a
 * deterministic id, so a job that runs twice records nothing the second time).
 *
 * A job waking before its instant first checks that the schedule still holds its step: a
 * cancellation that lost a race with a sweep re-adding the job is caught there.
 *
 * "Not due" is not a failure: the job goes back to the delayed set (no attempt used) until the
 * step's instant by the Clock, or — when the instant has passed but the decider still says no,
 * e.g. the rung below is not recorded yet — for a short, growing pause. Throwing instead would
 * burn the attempts meant for real faults (store or Redis down) and park a healthy step.
 */
export class DeadlineProcessor {
  constructor(
    private readonly commands: DeadlineCommands,
    private readonly pending: PendingSteps,
    private readonly clock: Clock,
    private readonly settings: Pick<ProcessingSettings, 'recheckMs'>,
  ) {}

  async process(job: DeadlineJob, token?: string): Promise<DeadlineStepOutcome> {
    const data = job.data;
    const early = data.at - this.clock.now().getTime();
    if (early > 0) {
      // Woke before its instant: if the deadline moved or the subject closed meanwhile, this job is void.
      if (!(await this.pending.isScheduled(data))) return 'unchanged';
      return this.sleep(job, token, early);
    }
    let outcome = await this.run(data, data.step);
    if (outcome === 'not_due' && data.step.type === 'escalation') {
      // Jobs of one deadline run in any order: record the overdue mark and lower rungs first.
      for (const prior of priorSteps(data.step)) {
        if ((await this.run(data, prior)) === 'not_due') break;
      }
      outcome = await this.run(data, data.step);
    }
    if (outcome === 'not_due') {
      const waits = (data.waits ?? 0) + 1;
      await job.updateData({ ...data, waits });
      return this.sleep(job, token, 1_000 * 2 ** Math.min(waits - 1, 16));
    }
    // Nothing to record (closed, moved, or done): make sure sweeps stop finding the step.
    if (outcome === 'unchanged') await this.pending.forget(data);
    return outcome;
  }

  private run(data: DeadlineJobData, step: DeadlineStep): Promise<DeadlineStepOutcome> {
    return this.commands.run(data.subject, data.version, step);
  }

  private async sleep(job: DeadlineJob, token: string | undefined, ms: number): Promise<never> {
    await job.moveToDelayed(Date.now() + Math.min(ms, this.settings.recheckMs), token);
    throw new DelayedError();
  }
}
