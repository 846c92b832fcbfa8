import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { Roles } from '../auth/roles.decorator';
import { METRICS_REGISTRY } from './metrics.registry';

/**
 * Admins only: the figures name projections, queues and process internals, which an anonymous
 * caller has no business reading. Prometheus scrapes with an admin token
 * (`authorization: {type: Bearer, credentials_file: ...}`), e.g. a long-lived one minted for
 * a `sub` such as `prometheus`.
 */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get()
  @Roles('admin')
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  @ApiProduces(Registry.PROMETHEUS_CONTENT_TYPE)
  @ApiResponse({ status: 401, description: 'Missing, expired or invalid bearer token (application/problem+json)' })
  @ApiResponse({ status: 403, description: 'Admin role required (application/problem+json)' })
  @ApiOperation({ summary: 'Prometheus metrics (admin): projection checkpoints and lag, events applied, queues, process figures' })
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
