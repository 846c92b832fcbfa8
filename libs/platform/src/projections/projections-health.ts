import type { ProjectionAdmin, ProjectionReport } from './projection-admin';
import { reportJson, type ProjectionReportJson } from './projection-report-json';
import type { RunnerFault } from './projection-runner';

export interface ProjectionsHealthOptions {
  /** A projection further behind than this is reported unhealthy. Default 300 s. */
  maxSecondsBehind?: number;
}

/** A projection's health; the report's fields are missing when its status could not be read. */
export interface ProjectionHealth extends Partial<ProjectionReportJson> {
  name: string;
  healthy: boolean;
  /** Why it is unhealthy (internal detail: for admins and the log, not for anonymous callers). */
  problem?: string;
}

export interface ProjectionsHealthReport {
  healthy: boolean;
  projections: Record<string, ProjectionHealth>;
}

/**
 * Lag per projection for `/health` (the health controller wraps it in its indicator): unhealthy
 * when never built, when a runner has failed (this process's, or one that recorded its fault in
 * Redis from another process), or when too far behind. Each projection is judged on its own, so
 * one whose status cannot be read does not hide the others.
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
    const entries = await Promise.all(
      this.admin.names().map(async (name): Promise<ProjectionHealth> => {
        try {
          return this.judge(await this.admin.statusOf(name));
        } catch (error) {
          return { name, healthy: false, problem: `status unavailable: ${(error as Error).message}` };
        }
      }),
    );
    const projections = Object.fromEntries(entries.map((entry) => [entry.name, entry]));
    return { healthy: entries.every((p) => p.healthy), projections };
  }

  private judge(report: ProjectionReport): ProjectionHealth {
    const fault = faultOf(report);
    const problem =
      fault || report.runner?.state === 'failed'
        ? `runner failed${fault ? faultText(fault) : `: ${report.runner?.error ?? 'unknown error'}`}`
        : report.generation === null
          ? 'not built yet: no runner has started'
          : report.secondsBehind > this.maxSecondsBehind
            ? `${Math.round(report.secondsBehind)} s behind (limit ${this.maxSecondsBehind} s)`
            : undefined;
    return { ...reportJson(report), healthy: problem === undefined, ...(problem ? { problem } : {}) };
  }
}

/** The fault that stopped the projection: this process's runner's, else one a runner recorded in Redis from any process. */
export function faultOf(report: { runner?: { fault?: RunnerFault } | null; fault?: RunnerFault | null }): RunnerFault | undefined {
  return report.runner?.fault ?? report.fault ?? undefined;
}

function faultText(fault: RunnerFault): string {
  const at = fault.position === null ? '' : ` on ${fault.eventType} ${fault.stream}@${fault.revision} (position ${fault.position})`;
  return `${at}: ${fault.error}`;
}
