import type { ProjectionAdmin } from './projection-admin';
import { reportJson, type ProjectionReportJson } from './projection-report-json';

export interface ProjectionsHealthOptions {
  /** A projection further behind than this is reported unhealthy. Default 300 s. */
  maxSecondsBehind?: number;
}

export interface ProjectionHealth extends ProjectionReportJson {
  healthy: boolean;
  /** Why it is unhealthy. */
  problem?: string;
}

export interface ProjectionsHealthReport {
  healthy: boolean;
  projections: Record<string, ProjectionHealth>;
}

/**
 * Lag per projection for `/health` (the health controller wraps it in its indicator): unhealthy
 * when never built, when this process's runner has failed, or when too far behind.
 */
export class ProjectionsHealth {
  private readonly maxSecondsBehind: number;

  constructor(
    private readonly admin: ProjectionAdmin,
    options: ProjectionsHealthOptions = {},
  ) {
    this.maxSecondsBehind = options.maxSecondsBehind ?? 300;
  }

  async check(): Promise<ProjectionsHealthReport> {
    const projections: Record<string, ProjectionHealth> = {};
    for (const report of await this.admin.status()) {
      const problem =
        report.runner?.state === 'failed'
          ? `runner failed: ${report.runner.error ?? 'unknown error'}`
          : report.generation === null
            ? 'not built yet: no runner has started'
            : report.secondsBehind > this.maxSecondsBehind
              ? `${Math.round(report.secondsBehind)} s behind (limit ${this.maxSecondsBehind} s)`
              : undefined;
      projections[report.name] = { ...reportJson(report), healthy: problem === undefined, ...(problem ? { problem } : {}) };
    }
    return { healthy: Object.values(projections).every((p) => p.healthy), projections };
  }
}
