export * from './clock.module';
export * from './clock';
export * from './within-deadline';
