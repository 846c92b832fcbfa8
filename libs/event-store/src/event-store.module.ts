import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { EVENT_STORE, EventStore } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';
import { EsdbEventStore } from './esdb/esdb-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { isPostgresConnectionString } from './postgres/connection-string';
import { UpcasterRegistry } from './upcasting/upcaster-registry';

export interface EventStoreSettings {
  /** esdb:// or kurrentdb:// (EventStoreDB), postgres:// or postgresql:// — production mode. Unset: embedded SQLite. */
  connectionString?: string;
  /** Embedded mode: the SQLite file. */
  sqlitePath: string;
}

export function eventStoreSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): EventStoreSettings {
  const dataDir = env.DATA_DIR ?? join(process.cwd(), 'data');
  return {
    connectionString: env.EVENTSTORE_CONNECTION_STRING || undefined,
    sqlitePath: env.EVENTS_DB_PATH ?? join(dataDir, 'events.db'),
  };
}

export function createEventStore(settings: EventStoreSettings): EventStore {
  if (settings.connectionString && isPostgresConnectionString(settings.connectionString)) return new PostgresEventStore(settings.connectionString);
  if (settings.connectionString) return new EsdbEventStore(settings.connectionString);
  return new SqliteEventStore(settings.sqlitePath);
}

export function describeEventStore(settings: EventStoreSettings): string {
  if (!settings.connectionString) return `embedded SQLite at ${settings.sqlitePath}`;
  const where = settings.connectionString.replace(/\/\/[^@/]*@/, '//***@');
  return isPostgresConnectionString(settings.connectionString) ? `PostgreSQL at ${where}` : `EventStoreDB at ${where}`;
}

@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Binds the EventStore port to one adapter, chosen by configuration, in one place. */
@Global()
@Module({})
export class EventStoreModule {
  static forRoot(settings: EventStoreSettings = eventStoreSettingsFromEnv(), store?: EventStore): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          useFactory: () => {
            new Logger('EventStore').log(`Using ${describeEventStore(settings)}`);
            return store ?? createEventStore(settings);
          },
        },
        UpcasterRegistry,
        EventStoreCloser,
      ],
      exports: [EVENT_STORE, UpcasterRegistry],
    };
  }
}
