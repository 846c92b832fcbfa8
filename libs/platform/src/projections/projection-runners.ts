import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { ProjectionRebuilder } from './projection-rebuilder';
import type { ProjectionRegistry } from './projection-registry';
import { ProjectionRunner, type RunnerOptions } from './projection-runner';
import type { ReadSide } from './read-side';

/**
 * The runners of this process: one per registered projection when `run` is set (the worker; the
 * API too in embedded mode). They stop in onModuleDestroy, which Nest calls before any
 * onApplicationShutdown, so they finish their transaction while Redis is still open.
 */
export class ProjectionRunners implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ProjectionRunners.name);
  private readonly runners = new Map<string, ProjectionRunner>();

  constructor(
    private readonly run: boolean,
    readSide: ReadSide,
    registry: ProjectionRegistry,
    rebuilder: ProjectionRebuilder,
    options: RunnerOptions,
  ) {
    if (!run) return;
    for (const projection of registry.all()) this.runners.set(projection.name, new ProjectionRunner(projection, readSide, rebuilder, options));
  }

  onApplicationBootstrap(): void {
    if (!this.run) return;
    for (const runner of this.runners.values()) runner.start();
    this.logger.log(`Running projections: ${[...this.runners.keys()].join(', ') || '(none)'}`);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
  }

  /** This process's runner of `name`, if it runs one. */
  get(name: string): ProjectionRunner | undefined {
    return this.runners.get(name);
  }
}
