export * from './decider';
export * from './domain-errors';
export * from './actor';
export * from './dates';
export * from './visibility';
export * from './business-date';
