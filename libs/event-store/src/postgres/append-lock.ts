import { ADVISORY_LOCKS } from './advisory-locks';

/**
 * Opens an append's transaction and queues it behind every other append to this database,
 * in one round trip (a literal, so the simple protocol may carry both statements). Used when
 * the append is decided under the lock (a batch whose lookup went stale, store:migrate's
 * import); the usual append takes the same lock inside append_planned (planned-commit.ts).
 *
 * Why serialise: a sequence hands out positions when rows are inserted, but transactions
 * commit in any order. Were two appends to run side by side, the one holding position 11
 * could commit before the one holding 10; a subscriber reading at that moment would pass 11
 * and never see 10. Holding this lock from before the first position is drawn until commit
 * (a transaction-level lock is released only after the commit is visible) makes positions
 * commit in increasing order, so the log read up to any position never changes later.
 * Appends were serialised on SQLite too; here the cost is one commit at a time
 * (bench/postgres.bench.ts measures it against plain INSERTs).
 */
export const BEGIN_APPEND = `BEGIN; SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.append.toString()})`;
