import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { audited, type AuditedEvent } from '../audited-event';
import { ReadStreamEventsQuery } from './read-stream-events.query';

export interface StreamEventsPage {
  stream: string;
  events: AuditedEvent[];
  /** Pass as fromRevision for the next page; null at the end. */
  nextRevision: number | null;
}

/** Events exactly as stored (not upcast): what an auditor must see is what was written. */
@QueryHandler(ReadStreamEventsQuery)
export class ReadStreamEventsHandler implements IQueryHandler<ReadStreamEventsQuery, StreamEventsPage> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ stream, fromRevision, limit }: ReadStreamEventsQuery): Promise<StreamEventsPage> {
    const events = await this.store.readStream(stream, { fromRevision, maxCount: limit + 1 });
    const page = events.slice(0, limit);
    return {
      stream,
      events: page.map(audited),
      nextRevision: events.length > limit ? events[limit].revision : null,
    };
  }
}
