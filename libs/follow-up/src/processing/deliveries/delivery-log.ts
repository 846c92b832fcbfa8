import { SYSTEM_ACTOR } from '@app/kernel';
import { ConcurrencyError, StreamNotFound, nameBasedId, type EventStore } from '@app/event-store';
import type { Clock } from '@app/platform/clock';
import { deliveriesStream, foldDeliveries, type DeliveryEvent, type DeliveryView } from './delivery.events';

const MAX_RACES = 20;

/**
 * Writes and reads the delivery records of a subject. Each record's event id is derived from
 * what it reports (step, recipient, channel, attempt), so a job that runs again writes nothing
 * twice; several workers reporting on one subject at once retry on the stream's next revision.
 */
export class DeliveryLog {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async record(subjectStream: string, event: DeliveryEvent, name: string, causationId: string): Promise<void> {
    const stream = deliveriesStream(subjectStream);
    const id = nameBasedId(`${stream}:${name}`);
    const occurredAt = this.clock.now().toISOString();
    const newEvent = {
      id,
      type: event.type,
      data: event.data as unknown as Record<string, unknown>,
      metadata: { schemaVersion: 1, actor: { id: SYSTEM_ACTOR.id, role: SYSTEM_ACTOR.role }, commandId: id, correlationId: causationId, causationId, occurredAt },
    };
    for (let race = 0; ; race++) {
      const revision = await this.revisionOf(stream);
      try {
        await this.store.append(stream, [newEvent], revision === null ? 'no_stream' : revision);
        return;
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || race >= MAX_RACES) throw error;
      }
    }
  }

  async read(subjectStream: string): Promise<DeliveryView[]> {
    try {
      return foldDeliveries((await this.store.readStream(deliveriesStream(subjectStream))) as unknown as DeliveryEvent[]);
    } catch (error) {
      if (error instanceof StreamNotFound) return [];
      throw error;
    }
  }

  private async revisionOf(stream: string): Promise<number | null> {
    try {
      const events = await this.store.readStream(stream);
      return events.length === 0 ? null : events[events.length - 1].revision;
    } catch (error) {
      if (error instanceof StreamNotFound) return null;
      throw error;
    }
  }
}
