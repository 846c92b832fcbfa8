import type { RecordedEvent } from '@app/event-store';
import type { DeadlineQueues } from '../queues/deadline-queues';
import { NotificationPayload, ROUTE_TARGET, notificationJobId } from '../queues/job-types';

/**
 * History is not news: an overdue mark of a record entered late and an escalation recorded after
 * it happened outside the system are never notified (late-records), live steps always are.
 */
export const isNotified = (event: Pick<RecordedEvent, 'data'>): boolean => {
  const data = event.data as { recordedLate?: unknown; recorded?: unknown };
  return data.recordedLate !== true && data.recorded !== true;
};

/**
 * Enqueues one delivery per configured target (the integration feed of every step) for a
 * recorded deadline step and, with routing on, one `route` job that finds the people who must act.
 */
export class NotificationJobs {
  private readonly targets: readonly string[];

  constructor(
    private readonly queues: DeadlineQueues,
    feedTargets: readonly string[],
    routing = false,
  ) {
    this.targets = routing ? [...feedTargets, ROUTE_TARGET] : feedTargets;
  }

  async enqueue(recorded: readonly RecordedEvent[]): Promise<void> {
    const events = recorded.filter(isNotified);
    if (this.targets.length === 0 || events.length === 0) return;
    await this.queues.notifications.addBulk(
      events.flatMap((event) => {
        const payload: NotificationPayload = { eventId: event.id, type: event.type, stream: event.stream, data: event.data, occurredAt: event.metadata.occurredAt };
        return this.targets.map((target) => ({ name: `${event.type} → ${target}`, data: { target, payload }, opts: { jobId: notificationJobId(event.id, target) } }));
      }),
    );
  }
}
