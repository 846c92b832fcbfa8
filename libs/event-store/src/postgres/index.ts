export * from './postgres-event-store';
export { isPostgresConnectionString } from './connection-string';
export { KNOWN_SCHEMA_VERSION } from './migrations';
/** The query a filtered page of the log runs, for operators checking its plan (EXPLAIN). */
export { pageQuery } from './log-query';
