import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { AS_OF_DESCRIPTION, ApiQuery, VALID_AT_DESCRIPTION, parseHistoricalRead } from '@app/platform/http';
import { GetRecommendationQuery } from './get-recommendation.query';
import { RecommendationView } from './get-recommendation.response.dto';

@ApiTags('recommendations')
@Controller('v1/recommendations')
export class GetRecommendationHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'A recommendation with its status and deadline, now, as recorded at asOf, or as valid at validAt' })
  @ApiParam({ name: 'id', description: 'Recommendation id (from the Location of POST /v1/recommendations)', example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  @ApiQueryParam({ name: 'asOf', required: false, description: AS_OF_DESCRIPTION, example: '2025-03-31' })
  @ApiQueryParam({ name: 'validAt', required: false, description: VALID_AT_DESCRIPTION, example: '2025-03-31' })
  @ApiQuery({ description: 'The recommendation; ETag = revision', type: RecommendationView })
  get(@Param('id') id: string, @CurrentActor() actor: Actor, @Query('asOf') asOf?: string, @Query('validAt') validAt?: string): Promise<RecommendationView> {
    return this.queries.execute(new GetRecommendationQuery(id, actor, parseHistoricalRead(asOf, validAt)));
  }
}
