import { DelayedError, type Job } from 'bullmq';
import type { Clock } from '@app/platform/clock';
import type { DeadlineCommands, DeadlineStep, DeadlineStepOutcome } from '../../deadlines/deadline-commands.port';
import type { ProcessingSettings } from '../processing-settings';
import type { DeadlineJobData } from '../queues/job-types';
import { priorSteps } from '../schedule/deadline-schedule';
import type { PendingSteps } from '../schedule/pending-steps';
import { type DeadlineGroupJobData, isGroupJob } from './deadline-groups';
import type { DeadlineJobs } from './deadline-jobs';

/** The subset of a BullMQ job the processor uses (tests hand in a fake). */
export type DeadlineJob = Pick<Job<DeadlineJobData>, 'data' | 'updateData' | 'moveToDelayed'>;
export type DeadlineGroupJob = Pick<Job<DeadlineGroupJobData>, 'data' | 'updateData' | 'moveToDelayed'>;

/** What a group job did with its steps (the job's return value, shown on the dashboard). */
export interface GroupOutcome {
  recorded: number;
  unchanged: number;
  /** Not due yet, or failed alone: each went on in a job of its own. */
  alone: number;
}

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
 *
 * A group job (steps due at one instant, see DeadlineJobs) records its steps in one commit; a
 * step the decider finds not due, or that fails on its own, goes on in a job of its own, so it
 * neither holds up nor fails its batch-mates. Only when every step fails (store down) does the
 * group fail, to be retried whole with back-off: steps it recorded replay as `unchanged`.
 */
export class DeadlineProcessor {
  constructor(
    private readonly commands: DeadlineCommands,
    private readonly pending: PendingSteps,
    private readonly clock: Clock,
    private readonly settings: Pick<ProcessingSettings, 'recheckMs'>,
    private readonly jobs: Pick<DeadlineJobs, 'scheduleAlone'>,
  ) {}

  process(job: DeadlineJob | DeadlineGroupJob, token?: string): Promise<DeadlineStepOutcome | GroupOutcome> {
    return isGroupJob(job.data) ? this.processGroup(job as DeadlineGroupJob, token) : this.processStep(job as DeadlineJob, token);
  }

  private async processGroup(job: DeadlineGroupJob, token: string | undefined): Promise<GroupOutcome> {
    const { steps } = job.data;
    const early = steps[0].at - this.clock.now().getTime();
    if (early > 0) {
      // Woke before the instant: drop the steps whose deadline moved or whose subject closed meanwhile.
      const held = await this.pending.stillScheduled(steps);
      if (held.length === 0) return { recorded: 0, unchanged: steps.length, alone: 0 };
      if (held.length < steps.length) await job.updateData({ steps: held });
      return this.sleep(job, token, early);
    }
    const results = await this.commands.runMany(steps.map((s) => ({ subject: s.subject, deadlineVersion: s.version, step: s.step })));
    const failed = results.filter((r): r is Error => r instanceof Error);
    if (failed.length === steps.length) throw failed[0];
    const unchanged = steps.filter((_, i) => results[i] === 'unchanged');
    const alone = steps.filter((_, i) => results[i] === 'not_due' || results[i] instanceof Error);
    await this.jobs.scheduleAlone(alone);
    // Nothing to record (closed, moved, or done): make sure sweeps stop finding these steps.
    await this.pending.forgetAll(unchanged);
    return { recorded: results.filter((r) => r === 'recorded').length, unchanged: unchanged.length, alone: alone.length };
  }

  private async processStep(job: DeadlineJob, token: string | undefined): Promise<DeadlineStepOutcome> {
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

  private async sleep(job: DeadlineJob | DeadlineGroupJob, token: string | undefined, ms: number): Promise<never> {
    await job.moveToDelayed(Date.now() + Math.min(ms, this.settings.recheckMs), token);
    throw new DelayedError();
  }
}
