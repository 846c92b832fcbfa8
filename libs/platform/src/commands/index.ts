export * from './commands.module';
export * from './command-meta';
export * from './aggregate-store';
