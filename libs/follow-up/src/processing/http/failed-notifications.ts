import type { Job } from 'bullmq';
import { conflict, notFound } from '@app/kernel';
import { withinRedisDeadline } from '@app/platform/redis';
import type { DeadlineQueues } from '../queues/deadline-queues';
import type { NotificationJobData } from '../queues/job-types';

export interface FailedNotification {
  jobId: string;
  target: string;
  eventId: string;
  eventType: string;
  stream: string;
  attemptsMade: number;
  failedReason: string;
  /** When the last attempt failed (ISO-8601). */
  failedAt: string | null;
}

/** Deliveries that used up their attempts: parked in BullMQ's failed set, listed and retried by admins. */
export class FailedNotifications {
  constructor(private readonly queues: DeadlineQueues) {}

  async list(start = 0, count = 100): Promise<{ total: number; items: FailedNotification[] }> {
    const [total, jobs] = await withinRedisDeadline(
      Promise.all([this.queues.notifications.getFailedCount(), this.queues.notifications.getFailed(start, start + count - 1)]),
    );
    return { total, items: jobs.filter((job): job is Job<NotificationJobData> => Boolean(job)).map(describe) };
  }

  /** Back to waiting with a fresh set of attempts. @throws DomainError not_found / conflict */
  retry(jobId: string): Promise<{ jobId: string; state: string }> {
    return withinRedisDeadline(this.retryNow(jobId));
  }

  private async retryNow(jobId: string): Promise<{ jobId: string; state: string }> {
    const job = await this.queues.notifications.getJob(jobId);
    if (!job) throw notFound('NotificationNotFound', `No notification job ${jobId}; GET /v1/admin/notifications/failed lists the parked ones`);
    const state = await job.getState();
    if (state !== 'failed') throw conflict('NotificationNotFailed', `Notification job ${jobId} is ${state}, not failed; only parked deliveries can be retried`);
    await job.retry('failed', { resetAttemptsMade: true });
    return { jobId, state: await job.getState() };
  }
}

function describe(job: Job<NotificationJobData>): FailedNotification {
  const { target, payload } = job.data;
  return {
    jobId: job.id ?? '',
    target,
    eventId: payload.eventId,
    eventType: payload.type,
    stream: payload.stream,
    // A routed delivery's first attempt was the route job's: count it with the job's own.
    attemptsMade: (job.data.attemptsBefore ?? 0) + job.attemptsMade,
    failedReason: job.failedReason,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}
