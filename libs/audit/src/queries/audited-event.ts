import type { RecordedEvent } from '@app/event-store';

/** One event as an auditor sees it: the stored envelope, with the position as a decimal string. */
export interface AuditedEvent {
  id: string;
  stream: string;
  revision: number;
  position: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

export const audited = (event: RecordedEvent): AuditedEvent => ({ ...event, position: event.position.toString(), metadata: { ...event.metadata } });
