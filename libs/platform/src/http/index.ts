export * from './problem';
export * from './problem.exception';
export * from './problem-mapping';
export * from './problem-details.filter';
export * from './validation-errors';
export * from './validation.pipe';
