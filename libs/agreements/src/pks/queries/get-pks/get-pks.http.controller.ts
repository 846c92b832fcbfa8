import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { AS_OF_DESCRIPTION, ApiQuery, VALID_AT_DESCRIPTION, parseHistoricalRead } from '@app/platform/http';
import { GetPksQuery } from './get-pks.query';
import { PksView } from './get-pks.response.dto';

@ApiTags('agreements')
@Controller('v1/pks')
export class GetPksHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'A PKS, now, as recorded at asOf, or as valid at validAt (status derived at that instant)' })
  @ApiParam({ name: 'id', description: 'PKS id', example: '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11' })
  @ApiQueryParam({ name: 'asOf', required: false, description: AS_OF_DESCRIPTION, example: '2023-12-31' })
  @ApiQueryParam({ name: 'validAt', required: false, description: VALID_AT_DESCRIPTION, example: '2023-12-31' })
  @ApiQuery({ description: 'The PKS; ETag = revision', type: PksView })
  get(@Param('id') id: string, @CurrentActor() actor: Actor, @Query('asOf') asOf?: string, @Query('validAt') validAt?: string): Promise<PksView> {
    return this.queries.execute(new GetPksQuery(id, actor, parseHistoricalRead(asOf, validAt)));
  }
}
