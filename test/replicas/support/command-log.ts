import type { EventStore, RecordedEvent } from '@app/event-store';
import type { Answer } from './http-client';

/**
 * The commands each request wrote, found by the correlation id it sent. Only events whose
 * causation is the request itself count: events a reactor records later in answer to them
 * carry the same correlation id but are caused by an event.
 */
export async function commandsByRequest(store: EventStore): Promise<Map<string, RecordedEvent[]>> {
  const byRequest = new Map<string, RecordedEvent[]>();
  for await (const event of store.readAll()) {
    const { correlationId, causationId } = event.metadata;
    if (correlationId !== causationId) continue;
    byRequest.set(correlationId, [...(byRequest.get(correlationId) ?? []), event]);
  }
  return byRequest;
}

/**
 * What the log says about each answer that is wrong: an acknowledged command must be there once
 * (one command id, at the stream and revision it answered), a refused one not at all.
 */
export function logMismatches(answers: Answer[], byRequest: Map<string, RecordedEvent[]>): string[] {
  const wrong: string[] = [];
  for (const answer of answers) {
    const events = byRequest.get(answer.correlationId) ?? [];
    const label = `${answer.api} ${answer.status} ${answer.correlationId}`;
    if (answer.status >= 300) {
      if (events.length > 0) wrong.push(`${label}: refused, yet ${events.length} event(s) in the log`);
      continue;
    }
    const commands = new Set(events.map((e) => e.metadata.commandId));
    if (commands.size !== 1) {
      wrong.push(`${label}: acknowledged, found under ${commands.size} command id(s)`);
      continue;
    }
    const { stream, revision } = answer.body as { stream: string; revision: number };
    const last = events[events.length - 1];
    if (last.stream !== stream || last.revision !== revision) wrong.push(`${label}: answered ${stream}@${revision}, logged ${last.stream}@${last.revision}`);
  }
  return wrong;
}
