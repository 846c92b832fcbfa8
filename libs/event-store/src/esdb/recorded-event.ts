import type { AllStreamResolvedEvent, ResolvedEvent } from '@eventstore/db-client';
import type { EventMetadata, RecordedEvent } from '../envelope';

/** EventStoreDB's own events: `$`-prefixed streams ($settings, $$metadata…) and types ($>, $metadata…). */
export function isSystemEvent(stream: string, type: string): boolean {
  return stream.startsWith('$') || type.startsWith('$');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The port's view of a stored event, or undefined when it is not one of ours (binary, or JSON
 * without an envelope): $all may hold other writers' events.
 */
export function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || !event.isJson || !isObject(event.data) || !isObject(event.metadata)) return undefined;
  // Stream reads carry positions only on servers from 22.6 on.
  const position = event.position?.commit ?? resolved.commitPosition;
  if (position === undefined) throw new Error(`EventStoreDB returned ${event.streamId}@${event.revision} without a position; use a server from 22.6 on`);
  return {
    id: event.id,
    stream: event.streamId,
    revision: Number(event.revision),
    position,
    type: event.type,
    data: event.data,
    metadata: event.metadata as unknown as EventMetadata,
  };
}
