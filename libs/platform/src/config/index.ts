export * from './app-config.module';
export * from './app-config';
export * from './redis-cluster-nodes';
