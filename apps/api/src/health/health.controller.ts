import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/platform/auth/public.decorator';
import { EventStoreHealthIndicator } from './event-store.health';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly eventStore: EventStoreHealthIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and readiness: 200 when the event store answers, 503 otherwise' })
  check() {
    return this.health.check([() => this.eventStore.check()]);
  }
}
