import type { RecordedEvent } from '../envelope';
import type { EventStore } from '../event-store.port';

/**
 * A store being filled with another store's log. `append` would seal each event again with a
 * new `recordedAt` (and so a new hash); a copy must keep every event exactly as it was sealed,
 * at the position it had, so the hash chains and the read models' checkpoints stay valid.
 */
export interface SealedTarget {
  /** Where the copy goes, credentials hidden. */
  readonly description: string;
  /** The same store through its adapter, for reading back what was copied. */
  readonly store: EventStore;
  /** Stores these events as they are (id, stream, revision, position, type, data, metadata), in one transaction. */
  importSealed(events: RecordedEvent[]): Promise<void>;
  close(): Promise<void>;
}

/** The copy cannot start or continue; nothing was written. */
export class MigrationRefused extends Error {
  override name = 'MigrationRefused';
}
