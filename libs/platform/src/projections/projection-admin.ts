import type { Projection } from './projection';
import type { ProjectionRebuilder, RebuildJob, RebuildResult } from './projection-rebuilder';
import type { ProjectionRegistry } from './projection-registry';
import type { ProjectionRunners } from './projection-runners';
import type { RunnerFault, RunnerState } from './projection-runner';
import { projectionStatus, type ProjectionStatus } from './projection-status';
import type { ReadSide } from './read-side';
import { replayToScratch, type AsOf, type ScratchOptions, type ScratchReadModel } from './scratch-replay';

export interface ProjectionReport extends ProjectionStatus {
  /** This process's runner, or null when it runs none (an API replica; the worker runs them). */
  runner: { state: RunnerState; error?: string; fault?: RunnerFault } | null;
}

/** Operations on projections: lag, rebuilds, auditors' replays. */
export class ProjectionAdmin {
  constructor(
    private readonly readSide: ReadSide,
    private readonly registry: ProjectionRegistry,
    private readonly rebuilder: ProjectionRebuilder,
    private readonly runners: ProjectionRunners,
  ) {}

  names(): string[] {
    return this.registry.names();
  }

  async status(): Promise<ProjectionReport[]> {
    return Promise.all(this.registry.names().map((name) => this.statusOf(name)));
  }

  /** @throws UnknownProjection */
  async statusOf(name: string): Promise<ProjectionReport> {
    const status = await projectionStatus(this.readSide, this.registry.get(name));
    const runner = this.runners.get(name);
    if (!runner) return { ...status, runner: null };
    const { state, error, fault } = runner;
    return { ...status, runner: { state, ...(error ? { error } : {}), ...(fault ? { fault } : {}) } };
  }

  /** Returns once the rebuild holds its lock; it goes on in the background. @throws UnknownProjection, RebuildInProgress */
  startRebuild(name: string): Promise<RebuildJob> {
    return this.rebuilder.start(this.registry.get(name));
  }

  /** @throws UnknownProjection, RebuildInProgress */
  async rebuild(name: string): Promise<RebuildResult> {
    return (await this.startRebuild(name)).done;
  }

  /**
   * Rebuilds the named read models together, from one read of the log (a deploy that bumps
   * several, or an operator rebuilding them all): about the cost of one rebuild, not one each.
   * @throws UnknownProjection, RebuildInProgress
   */
  rebuildAll(names: readonly string[]): Promise<RebuildResult[]> {
    return this.rebuilder.rebuildAll(names.map((name) => this.registry.get(name)));
  }

  /**
   * The read model as of a position or instant, in a scratch namespace; query it, then drop() it.
   * @throws UnknownProjection
   */
  replayInto(projection: Projection | string, asOf: AsOf, options?: ScratchOptions): Promise<ScratchReadModel> {
    return replayToScratch(this.readSide, typeof projection === 'string' ? this.registry.get(projection) : projection, asOf, options);
  }
}
