export * from './event-store.contract';
export * from './contract-fixtures';
