import type { Job } from 'bullmq';
import type Redis from 'ioredis';
import { ROUTE_TARGET, type NotificationJobData } from '../queues/job-types';
import type { StepRouter } from '../routing/step-router';
import type { NotificationSender } from './notification-senders';
import type { RoutedDeliveries } from './routed-deliveries';

const DELIVERED_TTL_SECONDS = 30 * 86_400;

export type DeliveryOutcome = 'delivered' | 'already_delivered' | 'target_removed' | 'routed' | 'not_routed';

/** Routing to the people in the contacts directory; absent when no directory is configured. */
export interface Routing {
  router: StepRouter;
  deliveries: RoutedDeliveries;
}

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
    private readonly routing: Routing | null = null,
  ) {}

  deliveredKey(jobId: string): string {
    return `${this.keyPrefix}notify:delivered:${jobId}`;
  }

  async process(job: Pick<Job<NotificationJobData>, 'id' | 'data'> & Partial<Pick<Job<NotificationJobData>, 'attemptsMade' | 'opts'>>): Promise<DeliveryOutcome> {
    const { target, payload, delivery } = job.data;
    // Routing is idempotent by itself (derived event and job ids): it may run again.
    if (target === ROUTE_TARGET) return this.routing ? ((await this.routing.router.route(payload)) === 'routed' ? 'routed' : 'not_routed') : 'target_removed';
    const key = this.deliveredKey(job.id ?? `${payload.eventId}|${target}`);
    if ((await this.redis.exists(key)) === 1) return 'already_delivered';
    if (delivery) {
      if (!this.routing) return 'target_removed';
      await this.routing.deliveries.deliver(payload, delivery, { number: (job.attemptsMade ?? 0) + 1, of: job.opts?.attempts ?? 1 });
    } else {
      const sender = this.senders.get(target);
      // Configuration changed since it was enqueued: nobody to deliver to any more.
      if (!sender) return 'target_removed';
      await sender.deliver(payload);
    }
    await this.redis.set(key, '1', 'EX', DELIVERED_TTL_SECONDS, 'NX');
    return 'delivered';
  }
}
