import type { ActorRole } from '@app/kernel';

/** Bumped per event type when its data changes shape; readers upcast older versions. */
export type SchemaVersion = number;

export interface EventMetadata {
  schemaVersion: SchemaVersion;
  actor: { id: string; role: ActorRole };
  commandId: string;
  correlationId: string;
  causationId: string;
  /** Business time: when the command that caused it was issued (ISO-8601). */
  occurredAt: string;
  /**
   * SHA-256 of the HTTP request (method, path, body) that carried an Idempotency-Key, so a reuse
   * of the key for another request is told apart from a retry. Absent on older events and
   * on commands sent without a key.
   */
  requestFingerprint?: string;
  /** System time: when the store accepted it (ISO-8601), set by the adapter. */
  recordedAt: string;
  /** Hash of the previous event in the same stream; null for a stream's first event. */
  prevHash: string | null;
  /** SHA-256 (hex) over the canonical JSON of {type, data, metadata without hash}. */
  hash: string;
}

/** What a writer hands to `append`: everything but what the store itself decides. */
export interface NewEvent {
  /** Deterministic (derived from the command id), so a retried command writes nothing new. */
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Omit<EventMetadata, 'recordedAt' | 'prevHash' | 'hash'>;
}

/** An event as stored and read back. */
export interface RecordedEvent {
  id: string;
  stream: string;
  /** 0-based position within its stream. */
  revision: number;
  /** Position in the global log ($all); strictly increasing, not necessarily dense. */
  position: bigint;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}
