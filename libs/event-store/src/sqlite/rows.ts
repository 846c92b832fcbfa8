import type { EventMetadata, RecordedEvent } from '../envelope';

/** A row as read with safe integers on: every INTEGER column arrives as bigint. */
export interface EventRow {
  position: bigint;
  id: string;
  stream: string;
  revision: bigint;
  type: string;
  data: string;
  metadata: string;
}

export const EVENT_COLUMNS = 'position, id, stream, revision, type, data, metadata';

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    stream: row.stream,
    revision: Number(row.revision),
    position: row.position,
    type: row.type,
    data: JSON.parse(row.data) as Record<string, unknown>,
    metadata: JSON.parse(row.metadata) as EventMetadata,
  };
}
