export * from './providers.keys';
export * from './providers.projection';
export * from './providers.queries';
export * from './provider-search';
export * from './providers-read.module';
export * from './code-index-scan';
