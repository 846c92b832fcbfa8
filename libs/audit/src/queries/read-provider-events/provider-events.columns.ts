import { exportSpec, instantColumn, numberColumn, textColumn } from '@app/spreadsheets';
import type { AuditedEvent } from '../audited-event';
import { MAX_PROVIDER_EVENTS_LIMIT } from './provider-events-params';
import type { ProviderEventsPage } from './read-provider-events.handler';

const meta = (e: AuditedEvent, name: string): string | undefined => {
  const value = e.metadata[name];
  return typeof value === 'string' ? value : undefined;
};
const actor = (e: AuditedEvent): { id?: unknown; role?: unknown } => (e.metadata.actor ?? {}) as { id?: unknown; role?: unknown };

/** A provider's timeline: every event in log order, with its actor, both times and its data as stored. */
export const PROVIDER_EVENTS_EXPORT = exportSpec<ProviderEventsPage, AuditedEvent>({
  file: ({ code }) => `jejak-audit-${code}`,
  sheet: 'Jejak audit',
  rows: (page) => page.events,
  paging: { cursorParam: 'after', next: (page) => page.nextAfter, limitParam: 'limit', maxLimit: MAX_PROVIDER_EVENTS_LIMIT },
  columns: [
    textColumn('Posisi', (e) => e.position, { width: 10 }),
    textColumn('Stream', (e) => e.stream, { width: 36 }),
    numberColumn('Revisi', (e) => e.revision, { width: 7 }),
    textColumn('Peristiwa', (e) => e.type, { width: 26 }),
    instantColumn('Waktu kejadian (UTC)', (e) => meta(e, 'occurredAt')),
    instantColumn('Waktu dicatat (UTC)', (e) => meta(e, 'recordedAt')),
    textColumn('Pelaku', (e) => (typeof actor(e).id === 'string' ? (actor(e).id as string) : undefined)),
    textColumn('Peran', (e) => (typeof actor(e).role === 'string' ? (actor(e).role as string) : undefined), { width: 10 }),
    textColumn('Data', (e) => JSON.stringify(e.data), { width: 60 }),
    textColumn('Hash', (e) => meta(e, 'hash'), { width: 20 }),
    textColumn('Id peristiwa', (e) => e.id, { width: 38 }),
  ],
});
