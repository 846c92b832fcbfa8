export * from './store/evidence-store.port';
export * from './store/evidence-store.config';
export * from './store/evidence-store.module';
export * from './store/evidence-staging';
export * from './store/local-evidence-store';
export * from './store/s3-evidence-store';
export * from './limits/evidence-limits';
