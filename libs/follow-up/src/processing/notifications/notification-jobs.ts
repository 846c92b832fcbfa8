import type { RecordedEvent } from '@app/event-store';
import type { DeadlineQueues } from '../queues/deadline-queues';
import { NotificationPayload, notificationJobId } from '../queues/job-types';

/** Enqueues one delivery per configured target for a recorded deadline step. */
export class NotificationJobs {
  constructor(
    private readonly queues: DeadlineQueues,
    private readonly targets: readonly string[],
  ) {}

  async enqueue(events: readonly RecordedEvent[]): Promise<void> {
    if (this.targets.length === 0 || events.length === 0) return;
    await this.queues.notifications.addBulk(
      events.flatMap((event) => {
        const payload: NotificationPayload = { eventId: event.id, type: event.type, stream: event.stream, data: event.data, occurredAt: event.metadata.occurredAt };
        return this.targets.map((target) => ({ name: `${event.type} → ${target}`, data: { target, payload }, opts: { jobId: notificationJobId(event.id, target) } }));
      }),
    );
  }
}
