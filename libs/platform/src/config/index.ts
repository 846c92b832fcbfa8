export * from './app-config.module';
export * from './app-config';
