import type { RecordedEvent } from './envelope';

/** One bounded look at the log after a position. */
export interface LogPage {
  /** Matching events, in position order. */
  events: RecordedEvent[];
  /**
   * Every position up to here has been examined; the next page starts after it. At least the
   * last event's position: it may go further, past a stretch where nothing matched.
   */
  scannedTo: bigint;
  /** Nothing existed beyond `scannedTo` when the page was read. */
  caughtUp: boolean;
}
