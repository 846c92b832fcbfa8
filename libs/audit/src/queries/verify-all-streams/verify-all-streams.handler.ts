import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore, RecordedEvent, checkLink } from '@app/event-store';
import { VerifyAllStreamsQuery } from './verify-all-streams.query';

export interface LogVerdict {
  ok: boolean;
  streams: number;
  events: number;
  headPosition: string;
  broken: Array<{ stream: string; revision: number; eventId: string; reason: string }>;
}

/**
 * One pass over the whole log, keeping only each stream's last hash and revision in memory,
 * so it scales with the number of streams rather than events.
 */
@QueryHandler(VerifyAllStreamsQuery)
export class VerifyAllStreamsHandler implements IQueryHandler<VerifyAllStreamsQuery, LogVerdict> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(): Promise<LogVerdict> {
    const tails = new Map<string, { hash: string | null; revision: number; broken: boolean }>();
    const broken: LogVerdict['broken'] = [];
    let events = 0;
    let head = 0n;
    for await (const event of this.store.readAll()) {
      events++;
      head = event.position;
      const tail = tails.get(event.stream) ?? { hash: null, revision: -1, broken: false };
      if (!tail.broken) {
        const problem = this.check(event, tail.hash, tail.revision);
        if (problem) {
          broken.push({ stream: event.stream, revision: event.revision, eventId: event.id, reason: problem });
          tail.broken = true;
        }
      }
      tails.set(event.stream, { hash: event.metadata.hash, revision: event.revision, broken: tail.broken });
    }
    return { ok: broken.length === 0, streams: tails.size, events, headPosition: head.toString(), broken };
  }

  private check(event: RecordedEvent, prevHash: string | null, prevRevision: number): string | null {
    if (event.revision !== prevRevision + 1) return `revision gap: expected ${prevRevision + 1}, found ${event.revision}`;
    return checkLink(event, prevHash)?.reason ?? null;
  }
}
