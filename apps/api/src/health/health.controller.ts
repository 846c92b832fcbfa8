import { Controller, Get, Headers } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/platform/auth';
import type { ComponentHealth } from './component-health';
import { EventStoreHealthIndicator } from './event-store.health';
import { HealthViewer } from './health-viewer';
import { ProjectionsHealthIndicator } from './projections.health';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly viewer: HealthViewer,
    private readonly eventStore: EventStoreHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly projections: ProjectionsHealthIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary:
      'Readiness within a second: 200 when the event store and Redis answer and every read model is built and not stuck; 503 naming the component ' +
      "that is down otherwise. Anyone sees each component's and projection's status; an admin's bearer token adds the details (lag, a failed " +
      "projection's event position and error, error messages).",
  })
  check(@Headers('authorization') authorization?: string): Promise<HealthCheckResult> {
    // The token check runs beside the indicators, within the same budget.
    const admin = this.viewer.isAdmin(authorization);
    const shown = async (key: string, component: Promise<ComponentHealth>) => {
      const [health, detailed] = await Promise.all([component, admin]);
      const indicator = this.indicators.check(key);
      const data = detailed ? health.details : health.summary;
      return health.up ? indicator.up(data) : indicator.down(data);
    };
    return this.health.check([
      () => shown('eventStore', this.eventStore.check()),
      () => shown('redis', this.redis.check()),
      () => shown('projections', this.projections.check()),
    ]);
  }
}
