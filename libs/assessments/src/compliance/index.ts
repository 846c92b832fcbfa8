export * from './compliance.keys';
export * from './compliance.projection';
export * from './compliance.queries';
export * from './compliance-summary';
export * from './compliance-change';
export * from './compliance-entry';
export * from './compliance-grading';
export * from './compliance-read.module';
