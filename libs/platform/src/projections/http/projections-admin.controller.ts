import { Controller, Get, HttpCode, HttpStatus, Logger, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemException } from '../../http/problem.exception';
import { Roles } from '../../auth/roles.decorator';
import { ApiOperationalErrors } from '../../http/api-responses';
import { ProjectionAdmin } from '../projection-admin';
import { RebuildInProgress } from '../projection-rebuilder';
import { UnknownProjection } from '../projection-registry';
import { reportJson, type ProjectionReportJson } from '../projection-report-json';

export interface RebuildAccepted {
  name: string;
  /** The generation being built; it becomes active when the rebuild completes. */
  generation: string;
  status: 'started';
}

@ApiTags('admin')
@ApiBearerAuth()
@ApiOperationalErrors()
@Roles('admin')
@Controller('v1/admin/projections')
export class ProjectionsAdminController {
  private readonly logger = new Logger('ProjectionRebuild');

  constructor(private readonly admin: ProjectionAdmin) {}

  @Get()
  @ApiOperation({ summary: 'Every projection: active generation, checkpoint, lag in events and seconds, this process\'s runner' })
  async list(): Promise<ProjectionReportJson[]> {
    return (await this.admin.status()).map(reportJson);
  }

  @Post(':name/rebuild')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Rebuild a read model into a fresh generation and swap it in; queries keep answering meanwhile' })
  @ApiAcceptedResponse({ description: 'Started; follow it with GET /v1/admin/projections' })
  async rebuild(@Param('name') name: string): Promise<RebuildAccepted> {
    try {
      const job = await this.admin.startRebuild(name);
      job.done.then(
        (result) => this.logger.log(`${name}: ${result.generation} active after ${result.events} events in ${Math.round(result.durationMs)} ms`),
        (error: Error) => this.logger.error(`${name}: rebuild into ${job.generation} failed: ${error.message}`),
      );
      return { name, generation: job.generation, status: 'started' };
    } catch (error) {
      if (error instanceof UnknownProjection) {
        throw new ProblemException({ status: HttpStatus.NOT_FOUND, code: 'UnknownProjection', detail: error.message });
      }
      if (error instanceof RebuildInProgress) {
        throw new ProblemException({ status: HttpStatus.CONFLICT, code: 'RebuildInProgress', detail: `${error.message}; wait for it to finish` });
      }
      throw error;
    }
  }
}
