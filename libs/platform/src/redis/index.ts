export * from './embedded-redis';
export * from './free-port';
export * from './redis-connection';
export * from './redis-server-process';
export * from './redis.module';
export * from './redis.tokens';
