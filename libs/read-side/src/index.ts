export * from './product-projections';
export * from './process-mode';
