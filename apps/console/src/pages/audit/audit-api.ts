import { api, data } from '../../api/client';

/*
 * The audit routes describe their answers in words only (no schema in the OpenAPI document), so
 * their shapes are written here as the API builds them (libs/audit/src/queries, libs/event-store
 * hash-chain.ts). The route paths themselves are still checked by the generated client.
 */

/** One event exactly as stored: occurredAt is business time, recordedAt is when the store took it. */
export interface AuditedEvent {
  id: string;
  stream: string;
  revision: number;
  position: string;
  type: string;
  data: Record<string, unknown>;
  metadata: {
    actor?: { id: string; role: string };
    occurredAt?: string;
    recordedAt?: string;
    commandId?: string;
    correlationId?: string;
    schemaVersion?: number;
    prevHash?: string | null;
    hash?: string;
    [key: string]: unknown;
  };
}

export interface StreamEventsPage {
  stream: string;
  events: AuditedEvent[];
  nextRevision: number | null;
}

export interface ProviderEventsPage {
  entityCode: string;
  events: AuditedEvent[];
  nextAfter: string | null;
  indexedTo: string;
}

export type LinkProblem = 'hash_mismatch' | 'prev_hash_mismatch';

export type ChainVerdict =
  | { ok: true; stream: string; events: number; lastHash: string | null }
  | { ok: false; stream: string; events: number; brokenAt: { revision: number; eventId: string; reason: LinkProblem; expected: string | null; actual: string | null } };

export interface LogVerdict {
  ok: boolean;
  streams: number;
  events: number;
  headPosition: string;
  broken: Array<{ stream: string; revision: number; eventId: string; reason: string }>;
}

const PAGE = '100';

export async function streamEvents(stream: string, fromRevision: number): Promise<StreamEventsPage> {
  const answer: unknown = await data(api.GET('/v1/audit/streams/{stream}/events', { params: { path: { stream }, query: { fromRevision: String(fromRevision), limit: PAGE } } }));
  return answer as StreamEventsPage;
}

export async function providerEvents(code: string, after: string | undefined): Promise<ProviderEventsPage> {
  const answer: unknown = await data(api.GET('/v1/audit/entities/{code}/events', { params: { path: { code }, query: { limit: PAGE, ...(after ? { after } : {}) } } }));
  return answer as ProviderEventsPage;
}

export async function verifyStream(stream: string): Promise<ChainVerdict> {
  const answer: unknown = await data(api.GET('/v1/audit/streams/{stream}/verify', { params: { path: { stream } } }));
  return answer as ChainVerdict;
}

export async function verifyLog(): Promise<LogVerdict> {
  const answer: unknown = await data(api.GET('/v1/audit/verify'));
  return answer as LogVerdict;
}
