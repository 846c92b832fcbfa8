import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { ProjectionsHealth } from '@app/platform/projections';

/** Read models' lag (events and seconds behind) per projection; down when one is stuck or failed. */
@Injectable()
export class ProjectionsHealthIndicator {
  constructor(
    private readonly projections: ProjectionsHealth,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('projections');
    try {
      const report = await this.projections.check();
      return report.healthy ? indicator.up(report.projections) : indicator.down(report.projections);
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
