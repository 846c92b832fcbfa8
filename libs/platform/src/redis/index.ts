export * from './embedded-redis';
export * from './free-port';
export * from './redis-client-options';
export * from './redis-connection';
export * from './redis-server-process';
export * from './redis-unreachable';
export * from './redis.module';
export * from './redis.tokens';
