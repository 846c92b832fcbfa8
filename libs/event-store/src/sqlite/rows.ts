import type { AllFilter } from '../event-store.port';
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

/**
 * SQL condition and named parameters for an $all filter. An empty or absent list does not
 * constrain. Prefixes compare with substr() rather than LIKE/GLOB: exact and case-sensitive.
 */
export function filterCondition(filter: AllFilter | undefined): { sql: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const clauses: string[] = [];
  const prefixes = filter?.streamPrefixes ?? [];
  if (prefixes.length > 0) {
    prefixes.forEach((prefix, i) => (params[`prefix${i}`] = prefix));
    clauses.push(`(${prefixes.map((_, i) => `substr(stream, 1, length(@prefix${i})) = @prefix${i}`).join(' OR ')})`);
  }
  const types = filter?.eventTypes ?? [];
  if (types.length > 0) {
    types.forEach((type, i) => (params[`type${i}`] = type));
    clauses.push(`type IN (${types.map((_, i) => `@type${i}`).join(', ')})`);
  }
  return { sql: clauses.length > 0 ? clauses.map((c) => ` AND ${c}`).join('') : '', params };
}
