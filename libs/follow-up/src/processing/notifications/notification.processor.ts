import type { Job } from 'bullmq';
import type { RedisClient } from '@app/platform/redis';
import { ROUTE_TARGET, type NotificationJobData } from '../queues/job-types';
import type { StepRouter } from '../routing/step-router';
import { DeliveredMarks } from './delivered-marks';
import type { FirstAttempts } from './first-attempts';
import type { NotificationSender } from './notification-senders';
import type { RoutedDeliveries } from './routed-deliveries';

export type DeliveryOutcome = 'delivered' | 'already_delivered' | 'target_removed' | 'routed' | 'not_routed';

/** Routing to the people in the contacts directory; absent when no directory is configured. */
export interface Routing {
  router: StepRouter;
  deliveries: RoutedDeliveries;
  /** The recipients' first attempts, made by the route job; their retries are jobs. */
  firstAttempts: FirstAttempts;
}

/**
 * One delivery. Marked delivered (DeliveredMarks) right after the target accepted it and before
 * the job is acknowledged, and skipped when already marked: a re-run, a re-enqueued job, a job
 * that a killed worker left active, or a retry from the admin endpoint never sends a second time
 * after a success. (A crash between the target's 2xx and the mark can still repeat one delivery —
 * receivers de-duplicate by X-Ombudsman-Event-Id.)
 */
export class NotificationProcessor {
  private readonly marks: DeliveredMarks;

  constructor(
    private readonly senders: ReadonlyMap<string, NotificationSender>,
    redis: RedisClient,
    keyPrefix: string,
    private readonly routing: Routing | null = null,
  ) {
    this.marks = new DeliveredMarks(redis, keyPrefix);
  }

  async process(job: Pick<Job<NotificationJobData>, 'id' | 'data'> & Partial<Pick<Job<NotificationJobData>, 'attemptsMade' | 'opts'>>): Promise<DeliveryOutcome> {
    const { target, payload, delivery } = job.data;
    if (target === ROUTE_TARGET) {
      if (!this.routing) return 'target_removed';
      // Routing is idempotent by itself (derived event and job ids, delivered marks): it may run again.
      const routed = await this.routing.router.route(payload);
      if (routed.outcome !== 'routed') return 'not_routed';
      await this.routing.firstAttempts.send(payload, routed.jobs);
      return 'routed';
    }
    const jobId = job.id ?? `${payload.eventId}|${target}`;
    if (await this.marks.isDelivered(jobId)) return 'already_delivered';
    if (delivery) {
      if (!this.routing) return 'target_removed';
      const before = job.data.attemptsBefore ?? 0;
      await this.routing.deliveries.deliver(payload, delivery, { number: before + (job.attemptsMade ?? 0) + 1, of: before + (job.opts?.attempts ?? 1) });
    } else {
      const sender = this.senders.get(target);
      // Configuration changed since it was enqueued: nobody to deliver to any more.
      if (!sender) return 'target_removed';
      await sender.deliver(payload);
    }
    await this.marks.mark(jobId);
    return 'delivered';
  }
}
