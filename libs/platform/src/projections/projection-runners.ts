import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { readActive } from './generations';
import type { Projection } from './projection';
import { ProjectionKeys } from './projection-keys';
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
  /** Ends a shared rebuild still going at shutdown; settles once it has. */
  private readonly abort = new AbortController();
  private shared: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly run: boolean,
    private readonly readSide: ReadSide,
    registry: ProjectionRegistry,
    private readonly rebuilder: ProjectionRebuilder,
    options: RunnerOptions,
  ) {
    if (!run) return;
    for (const projection of registry.all()) this.runners.set(projection.name, new ProjectionRunner(projection, readSide, rebuilder, options));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.run) return;
    await this.rebuildOutdatedTogether();
    for (const runner of this.runners.values()) runner.start();
    this.logger.log(`Running projections: ${[...this.runners.keys()].join(', ') || '(none)'}`);
  }

  /**
   * A deploy that bumps several projections' versions would have each runner rebuild its own,
   * one read of the whole log each. Started here first, they share one read (rebuildAll); their
   * runners find the rebuild lock held and wait for the swap, as they would for another process's
   * rebuild. Only the lock taking is awaited. Should it fail (Redis down, a lock held elsewhere)
   * or the rebuild fail (a faulty projection), each runner rebuilds by itself as before.
   */
  private async rebuildOutdatedTogether(): Promise<void> {
    try {
      const projections = [...this.runners.values()].map((runner) => runner.projection);
      const actives = await Promise.all(projections.map((p) => readActive(this.readSide.redis, new ProjectionKeys(this.readSide.keyPrefix, p.name))));
      const outdated = projections.filter((p, i): p is Projection => actives[i] !== null && actives[i].version < p.version);
      if (outdated.length < 2) return;
      const { done } = await this.rebuilder.startAll(outdated, this.abort.signal);
      this.logger.log(`Rebuilding ${outdated.map((p) => p.name).join(', ')} from one read of the log`);
      this.shared = done.catch((error: Error) => {
        if (!this.abort.signal.aborted) this.logger.warn(`The shared rebuild failed (${error.message}); each runner rebuilds its own`);
      });
    } catch (error) {
      this.logger.warn(`No shared rebuild (${(error as Error).message}); each runner rebuilds its own`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.abort.abort();
    await this.shared;
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
  }

  /** This process's runner of `name`, if it runs one. */
  get(name: string): ProjectionRunner | undefined {
    return this.runners.get(name);
  }
}
