import type { Actor } from '@app/kernel';

/** Everything about a command that is not its business data; filled from the HTTP request. */
export interface CommandMeta {
  /** Derived from the Idempotency-Key when one is sent, so a retry is the same command. */
  commandId: string;
  /**
   * Equal to `commandId` when that id was minted at random for this one request (no
   * Idempotency-Key): no earlier execution of the command can exist. A copy of the meta given
   * another commandId (an import's derived ids) no longer matches it, so counts as repeatable.
   */
  mintedCommandId?: string;
  correlationId: string;
  causationId: string;
  actor: Actor;
  /** Business time: when the request was received, from the Clock. */
  issuedAt: Date;
  /**
   * With an Idempotency-Key: the request's fingerprint (method, path, body), stored with the
   * events, so the key reused for a different request is refused rather than replayed.
   */
  requestFingerprint?: string;
  /** From `If-Match`: the revision the client last saw. Mismatch → 412. */
  expectedRevision?: number;
}

/** What every command answers: where its events went, for ETags and read-your-writes. */
export interface CommandResult {
  id: string;
  stream: string;
  /** Stream revision after the command (the new ETag). */
  revision: number;
  /** Global position of the command's last event, as a decimal string. */
  position: string;
  /** True when this answer repeats an earlier execution of the same command id. */
  replayed: boolean;
}
