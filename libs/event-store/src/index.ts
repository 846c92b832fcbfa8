export * from './envelope';
export * from './errors';
export * from './event-store.port';
export * from './hash-chain';
export * from './event-ids';
export * from './stream-names';
export * from './sqlite/sqlite-event-store';
export * from './upcasting';
