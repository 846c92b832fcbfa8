import type { Queue } from 'bullmq';
import type { NotificationJobData, NotificationPayload, RoutedDelivery } from '../queues/job-types';
import type { DeliveredMarks } from './delivered-marks';
import type { RoutedDeliveries } from './routed-deliveries';

/** One delivery the router worded: the job id it is known by (its delivered mark, its retry job) and what to send. */
export interface RoutedJob {
  jobId: string;
  target: string;
  delivery: RoutedDelivery;
}

/** NOTIFY_ATTEMPTS and NOTIFY_BACKOFF_MS: the attempts a delivery has in all, and the first back-off. */
export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

/** The notifications queue, as far as retries need it: add jobs, and the key a job id is stored under. */
export type RetryQueue = Pick<Queue<NotificationJobData>, 'addBulk' | 'toKey'>;

/**
 * The route job makes each recipient's first attempt itself, and queues a delivery job only for
 * a recipient whose first attempt failed: a routed step then costs one job instead of one per
 * recipient (BullMQ's round trips, not the sending, are most of a job's cost). The retry job
 * carries on where the first attempt left off — attempt 2 of NOTIFY_ATTEMPTS, after the back-off
 * the first failure would have had, the later ones doubling as before — so the delivery records
 * and the parked job read exactly as if every attempt had been a job.
 *
 * Each recipient is attempted independently: one that fails is recorded, queued for its retry and
 * leaves the others alone. A recipient already delivered (a route job run again) is skipped, and
 * so is one whose retry job is already queued or parked (that job delivers it, or an admin does).
 * With a single attempt configured there is nothing to retry: every recipient gets its job as
 * before, so that a failure is parked where admins retry it.
 */
export class FirstAttempts {
  constructor(
    private readonly deliveries: Pick<RoutedDeliveries, 'deliver'>,
    private readonly marks: DeliveredMarks,
    private readonly queue: RetryQueue,
    /** The queue's Redis: is a job with this id stored (waiting, delayed or parked)? */
    private readonly redis: { exists(key: string): Promise<number> },
    private readonly retry: RetryPolicy,
  ) {}

  async send(payload: NotificationPayload, jobs: readonly RoutedJob[]): Promise<void> {
    if (jobs.length === 0) return;
    if (this.retry.attempts <= 1) {
      await this.queue.addBulk(jobs.map((job) => this.jobOf(payload, job, 0)));
      return;
    }
    const failed = (await Promise.all(jobs.map(async (job) => ((await this.attempt(payload, job)) ? null : job)))).filter((job): job is RoutedJob => job !== null);
    if (failed.length > 0) await this.queue.addBulk(failed.map((job) => this.jobOf(payload, job, 1)));
  }

  /** True when delivered now or before (or left to its queued job); false when this first attempt failed. */
  private async attempt(payload: NotificationPayload, job: RoutedJob): Promise<boolean> {
    const [delivered, queued] = await Promise.all([this.marks.isDelivered(job.jobId), this.redis.exists(this.queue.toKey(job.jobId))]);
    if (delivered || queued === 1) return true;
    try {
      // Records DeliveryFailed (attempt 1, not final) itself before it throws.
      await this.deliveries.deliver(payload, job.delivery, { number: 1, of: this.retry.attempts });
    } catch {
      return false;
    }
    await this.marks.mark(job.jobId);
    return true;
  }

  /**
   * The delivery's job after `attemptsBefore` attempts made here: its remaining attempts, the
   * first after the back-off of attempt `attemptsBefore`, and BullMQ's exponential back-off
   * doubled so that attempt k still waits backoffMs × 2^(k-2) as a job with every attempt would.
   */
  private jobOf(payload: NotificationPayload, { jobId, target, delivery }: RoutedJob, attemptsBefore: number) {
    const data: NotificationJobData = { target, payload, delivery, ...(attemptsBefore > 0 ? { attemptsBefore } : {}) };
    const opts =
      attemptsBefore > 0
        ? {
            jobId,
            attempts: this.retry.attempts - attemptsBefore,
            delay: this.retry.backoffMs * 2 ** (attemptsBefore - 1),
            backoff: { type: 'exponential' as const, delay: this.retry.backoffMs * 2 ** attemptsBefore },
          }
        : { jobId };
    return { name: `${payload.type} → ${target}`, data, opts };
  }
}
