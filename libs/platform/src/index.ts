export * from './config/app-config';
export * from './config/app-config.module';
export * from './auth';
export * from './http';
