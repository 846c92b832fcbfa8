export * from './assessments.module';
export * from './methodology/methodology';
export * from './methodology/methodology-catalog';
export * from './methodology/methodology-file';
export * from './methodology/methodology.loader';
export * from './assessment/domain/assessment.events';
export * from './assessment/domain/assessment.decider';
export * from './assessment/domain/assessment.stream';
export * from './assessment/queries/get-assessment/get-assessment.response.dto';
export * from './compliance';
// The single command, for importers that run each row as the same command a request would.
export * from './assessment/commands/record-assessment/record-assessment.command';
export * from './assessment/commands/record-assessment/record-assessment.handler';
export * from './assessment/commands/record-assessment/record-assessment.request.dto';
