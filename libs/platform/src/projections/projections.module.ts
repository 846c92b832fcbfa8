import { DynamicModule, Module } from '@nestjs/common';
import type { RedisClient } from '../redis/redis-client';
import type { Registry } from 'prom-client';
import { EVENT_STORE, EventStore, UpcasterRegistry, UpcastingEventStore } from '@app/event-store';
import { CLOCK, type Clock } from '../clock/clock';
import { METRICS_REGISTRY } from '../metrics/metrics.registry';
import { MetricsModule } from '../metrics/metrics.module';
import { REDIS, REDIS_SETTINGS, type RedisSettings } from '../redis/redis.tokens';
import type { Projection } from './projection';
import { ProjectionAdmin } from './projection-admin';
import { ProjectionMetrics } from './projection-metrics';
import { ProjectionRebuilder, type RebuildOptions } from './projection-rebuilder';
import { ProjectionRegistry } from './projection-registry';
import type { RunnerOptions } from './projection-runner';
import { ProjectionRunners } from './projection-runners';
import { projectionStatus } from './projection-status';
import { ProjectionsHealth, type ProjectionsHealthOptions } from './projections-health';
import { READ_SIDE, type ReadSide } from './read-side';
import { ReadModelReader } from './read-model-reader';

export interface ProjectionsModuleOptions {
  /** Start a runner per projection on bootstrap (the worker; the API too in embedded mode). */
  run: boolean;
  runner?: Omit<RunnerOptions, 'onApplied'>;
  rebuild?: RebuildOptions;
  health?: ProjectionsHealthOptions;
}

/**
 * The read side: registry, runners, rebuilds, lag and the reader queries use. Needs the global
 * EVENT_STORE, REDIS (RedisModule) and CLOCK (ClockModule) providers.
 */
@Module({})
export class ProjectionsModule {
  static forRoot(projections: Projection[], options: ProjectionsModuleOptions): DynamicModule {
    // Built here so a bad definition (duplicate name, bad version) fails at import, not at bootstrap.
    const registry = new ProjectionRegistry(projections);
    return {
      module: ProjectionsModule,
      global: true,
      imports: [MetricsModule],
      providers: [
        { provide: ProjectionRegistry, useValue: registry },
        {
          provide: READ_SIDE,
          inject: [EVENT_STORE, { token: UpcasterRegistry, optional: true }, REDIS, REDIS_SETTINGS, CLOCK],
          useFactory: (store: EventStore, upcasters: UpcasterRegistry | undefined, redis: RedisClient, settings: RedisSettings, clock: Clock): ReadSide => ({
            // Projections see every event at its type's current schema version.
            store: upcasters ? new UpcastingEventStore(store, upcasters) : store,
            redis,
            keyPrefix: settings.keyPrefix,
            clock,
          }),
        },
        { provide: ProjectionRebuilder, inject: [READ_SIDE], useFactory: (readSide: ReadSide) => new ProjectionRebuilder(readSide, options.rebuild) },
        {
          provide: ProjectionMetrics,
          inject: [METRICS_REGISTRY, READ_SIDE],
          useFactory: (metrics: Registry, readSide: ReadSide) =>
            new ProjectionMetrics(metrics, () => Promise.all(registry.all().map((projection) => projectionStatus(readSide, projection)))),
        },
        {
          provide: ProjectionRunners,
          inject: [READ_SIDE, ProjectionRebuilder, ProjectionMetrics],
          useFactory: (readSide: ReadSide, rebuilder: ProjectionRebuilder, metrics: ProjectionMetrics) =>
            new ProjectionRunners(options.run, readSide, registry, rebuilder, { ...options.runner, onApplied: metrics.recordApplied }),
        },
        {
          provide: ProjectionAdmin,
          inject: [READ_SIDE, ProjectionRebuilder, ProjectionRunners],
          useFactory: (readSide: ReadSide, rebuilder: ProjectionRebuilder, runners: ProjectionRunners) => new ProjectionAdmin(readSide, registry, rebuilder, runners),
        },
        { provide: ReadModelReader, inject: [READ_SIDE], useFactory: (readSide: ReadSide) => new ReadModelReader(readSide, registry) },
        { provide: ProjectionsHealth, inject: [ProjectionAdmin], useFactory: (admin: ProjectionAdmin) => new ProjectionsHealth(admin, options.health) },
      ],
      exports: [READ_SIDE, ProjectionRegistry, ProjectionAdmin, ReadModelReader, ProjectionsHealth],
    };
  }
}
