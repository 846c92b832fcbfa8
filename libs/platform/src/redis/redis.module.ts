import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppConfigModule } from '../config/app-config.module';
import { RedisConnection } from './redis-connection';
import { REDIS, REDIS_SETTINGS } from './redis.tokens';

/**
 * Provides REDIS (an ioredis client) and REDIS_SETTINGS ({url, keyPrefix}) everywhere, from
 * APP_CONFIG (REDIS_URL, REDIS_KEY_PREFIX, DATA_DIR). Startup fails with NO_REDIS_MESSAGE when
 * there is neither a REDIS_URL nor a redis-server to start.
 */
@Global()
@Module({
  imports: [AppConfigModule],
  providers: [
    { provide: RedisConnection, inject: [APP_CONFIG], useFactory: (config: AppConfig) => RedisConnection.open(config) },
    { provide: REDIS, inject: [RedisConnection], useFactory: (connection: RedisConnection) => connection.client },
    { provide: REDIS_SETTINGS, inject: [RedisConnection], useFactory: (connection: RedisConnection) => connection.settings },
  ],
  exports: [REDIS, REDIS_SETTINGS],
})
export class RedisModule {}
