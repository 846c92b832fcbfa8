import { Controller, Get, Headers, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/platform/auth';
import { CalendarHealth, type HealthWarning } from './calendar.health';
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
    private readonly calendar: CalendarHealth,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary:
      'Readiness within a second: 200 when the event store and Redis answer and every read model is built and not stuck; 503 naming the component ' +
      "that is down otherwise. Anyone sees each component's and projection's status; an admin's bearer token adds the details (lag, a failed " +
      "projection's event position and error, error messages). `warnings` (absent when none) names what needs attention without making the " +
      'service unready, e.g. {component: calendar, code: NoCalendarForYear, year}: the coming year (WIB) has neither its bundled SKB nor an ' +
      'admin-seeded calendar, so working-day deadlines reaching into it are estimates.',
  })
  async check(@Headers('authorization') authorization?: string): Promise<HealthCheckResult & { warnings?: HealthWarning[] }> {
    // The token check and the warnings run beside the indicators, within the same budget.
    const admin = this.viewer.isAdmin(authorization);
    const warnings = this.calendar.warnings();
    const shown = async (key: string, component: Promise<ComponentHealth>) => {
      const [health, detailed] = await Promise.all([component, admin]);
      const indicator = this.indicators.check(key);
      const data = detailed ? health.details : health.summary;
      return health.up ? indicator.up(data) : indicator.down(data);
    };
    try {
      return withWarnings(
        await this.health.check([
          () => shown('eventStore', this.eventStore.check()),
          () => shown('redis', this.redis.check()),
          () => shown('projections', this.projections.check()),
        ]),
        await warnings,
      );
    } catch (error) {
      if (error instanceof ServiceUnavailableException) throw new ServiceUnavailableException(withWarnings(error.getResponse() as object, await warnings));
      throw error;
    }
  }
}

/** A warning never changes the status: it is listed beside it. */
function withWarnings<T extends object>(result: T, warnings: HealthWarning[]): T & { warnings?: HealthWarning[] } {
  return warnings.length > 0 ? { ...result, warnings } : result;
}
