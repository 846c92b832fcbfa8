import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { AS_OF_DESCRIPTION, ApiQuery, VALID_AT_DESCRIPTION, parseHistoricalRead } from '@app/platform/http';
import { GetAssessmentQuery } from './get-assessment.query';
import { AssessmentView } from './get-assessment.response.dto';

@ApiTags('assessments')
@Controller('v1/assessments')
export class GetAssessmentHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'An assessment with its score history, now, as recorded at asOf, or as valid at validAt' })
  @ApiParam({ name: 'id', description: 'Assessment id: <entityCode>-<year>', example: '64.01-2023' })
  @ApiQueryParam({ name: 'asOf', required: false, description: AS_OF_DESCRIPTION, example: '2023-12-31' })
  @ApiQueryParam({ name: 'validAt', required: false, description: VALID_AT_DESCRIPTION, example: '2023-12-31' })
  @ApiQuery({ description: 'The assessment; ETag = revision', type: AssessmentView })
  get(@Param('id') id: string, @CurrentActor() actor: Actor, @Query('asOf') asOf?: string, @Query('validAt') validAt?: string): Promise<AssessmentView> {
    return this.queries.execute(new GetAssessmentQuery(id, actor, parseHistoricalRead(asOf, validAt)));
  }
}
