export * from './clock.module';
export * from './clock';
