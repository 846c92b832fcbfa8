import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { AS_OF_DESCRIPTION, ApiQuery, VALID_AT_DESCRIPTION, parseHistoricalRead } from '@app/platform/http';
import { GetObligationQuery } from './get-obligation.query';
import { ObligationView } from './get-obligation.response.dto';

@ApiTags('obligations')
@Controller('v1/obligations')
export class GetObligationHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'A periodic PKS obligation with its period, deadline, evidence and deadline steps, now, as recorded at asOf, or as valid at validAt' })
  @ApiParam({ name: 'id', description: 'Obligation id: <pksId>.<scopeId>.<periodKey>', example: '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11.pendampingan-berkala.2022-Q3' })
  @ApiQueryParam({ name: 'asOf', required: false, description: AS_OF_DESCRIPTION, example: '2022-12-31' })
  @ApiQueryParam({ name: 'validAt', required: false, description: VALID_AT_DESCRIPTION, example: '2022-12-31' })
  @ApiQuery({ description: 'The obligation; ETag = revision', type: ObligationView })
  get(@Param('id') id: string, @CurrentActor() actor: Actor, @Query('asOf') asOf?: string, @Query('validAt') validAt?: string): Promise<ObligationView> {
    return this.queries.execute(new GetObligationQuery(id, actor, parseHistoricalRead(asOf, validAt)));
  }
}
