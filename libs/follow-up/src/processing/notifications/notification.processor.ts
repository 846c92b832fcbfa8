import type { Job } from 'bullmq';
import type Redis from 'ioredis';
import type { NotificationJobData } from '../queues/job-types';
import type { NotificationSender } from './notification-senders';

const DELIVERED_TTL_SECONDS = 30 * 86_400;

export type DeliveryOutcome = 'delivered' | 'already_delivered' | 'target_removed';

/**
 * One delivery. Marked delivered (SET NX) right after the target accepted it and before the job
 * is acknowledged, and skipped when already marked: a re-run, a re-enqueued job, a job that a
 * killed worker left active, or a retry from the admin endpoint never sends a second time after
 * a success. (A crash between the target's 2xx and the mark can still repeat one delivery —
 * receivers de-duplicate by X-Ombudsman-Event-Id.)
 */
export class NotificationProcessor {
  constructor(
    private readonly senders: ReadonlyMap<string, NotificationSender>,
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  deliveredKey(jobId: string): string {
    return `${this.keyPrefix}notify:delivered:${jobId}`;
  }

  async process(job: Pick<Job<NotificationJobData>, 'id' | 'data'>): Promise<DeliveryOutcome> {
    const key = this.deliveredKey(job.id ?? `${job.data.payload.eventId}|${job.data.target}`);
    if ((await this.redis.exists(key)) === 1) return 'already_delivered';
    const sender = this.senders.get(job.data.target);
    // Configuration changed since it was enqueued: nobody to deliver to any more.
    if (!sender) return 'target_removed';
    await sender.deliver(job.data.payload);
    await this.redis.set(key, '1', 'EX', DELIVERED_TTL_SECONDS, 'NX');
    return 'delivered';
  }
}
