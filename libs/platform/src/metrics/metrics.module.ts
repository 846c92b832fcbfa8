import { Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { METRICS_REGISTRY, createMetricsRegistry } from './metrics.registry';

/** `GET /metrics` and the registry behind it. */
@Global()
@Module({
  providers: [{ provide: METRICS_REGISTRY, useFactory: createMetricsRegistry }],
  controllers: [MetricsController],
  exports: [METRICS_REGISTRY],
})
export class MetricsModule {}
