import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { AS_OF_DESCRIPTION, ApiQuery, VALID_AT_DESCRIPTION, parseHistoricalRead } from '@app/platform/http';
import { GetEntityQuery } from './get-entity.query';
import { EntityView } from './get-entity.response.dto';

@ApiTags('registry')
@Controller('v1/entities')
export class GetEntityHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':code')
  @ApiOperation({ summary: 'A provider and its units, now, as recorded at asOf, or as valid at validAt' })
  @ApiParam({ name: 'code', description: 'Provider code', example: '64.01' })
  @ApiQueryParam({ name: 'asOf', required: false, description: AS_OF_DESCRIPTION, example: '2023-12-31' })
  @ApiQueryParam({ name: 'validAt', required: false, description: VALID_AT_DESCRIPTION, example: '2023-12-31' })
  @ApiQuery({ description: 'The provider; ETag = revision', type: EntityView })
  get(@Param('code') code: string, @CurrentActor() actor: Actor, @Query('asOf') asOf?: string, @Query('validAt') validAt?: string): Promise<EntityView> {
    return this.queries.execute(new GetEntityQuery(code, actor, parseHistoricalRead(asOf, validAt)));
  }
}
