import { Inject, Injectable, Logger } from '@nestjs/common';
import { ProjectionsHealth, faultOf, type ProjectionsHealthReport } from '@app/platform/projections';
import { REDIS, type RedisClient } from '@app/platform/redis';
import { ProblemLog, type ComponentHealth } from './component-health';
import { withinBudget } from './health-deadline';

/**
 * Read models' lag (events and seconds behind) per projection; down when one is stuck, failed or
 * its status cannot be read in time. Everyone sees which projection is down; admins see why
 * (the fault's event position and error, the lag).
 */
@Injectable()
export class ProjectionsHealthIndicator {
  private readonly problems = new ProblemLog(new Logger('Health projections'));

  constructor(
    private readonly projections: ProjectionsHealth,
    @Inject(REDIS) private readonly redis: RedisClient,
  ) {}

  async check(): Promise<ComponentHealth> {
    try {
      if (this.redis.status !== 'ready') throw new Error(`Redis is not connected (client ${this.redis.status})`);
      return this.problems.note(judged(await withinBudget(this.projections.check(), 'the projections status')));
    } catch (error) {
      const message = (error as Error).message;
      return this.problems.note({ up: false, summary: {}, details: { message }, problem: `status unavailable: ${message}` });
    }
  }
}

function judged(report: ProjectionsHealthReport): ComponentHealth {
  const entries = Object.values(report.projections);
  const down = entries.filter((p) => !p.healthy);
  return {
    up: report.healthy,
    summary: Object.fromEntries(entries.map((p) => [p.name, { status: p.healthy ? 'up' : 'down' }])),
    details: report.projections,
    ...(down.length > 0
      ? { problem: down.map((p) => `${p.name}: ${p.problem ?? 'unhealthy'}`).join('; '), problemKey: down.map((p) => `${p.name} ${faultOf(p)?.position ?? ''}`).join() }
      : {}),
  };
}
