export * from './imports.module';
export * from './jobs/import-jobs';
export * from './jobs/import-job.store';
export * from './jobs/import-job-status';
export * from './running/import-report';
export * from './validation/row-problem';
export * from './reading/import-limits';
export * from './template/import-template';
