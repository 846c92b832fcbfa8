export * from './postgres-event-store';
export { isPostgresConnectionString } from './connection-string';
export { KNOWN_SCHEMA_VERSION } from './migrations';
/** The query a filtered page of the log runs, for operators checking its plan (EXPLAIN). */
export { pageQuery } from './log-query';
/** A process that writes to the log other than through this store must hold ADVISORY_LOCKS.append. */
export { ADVISORY_LOCKS } from './advisory-locks';
