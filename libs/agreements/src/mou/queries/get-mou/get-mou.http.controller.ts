import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { AS_OF_DESCRIPTION, ApiQuery, VALID_AT_DESCRIPTION, parseHistoricalRead } from '@app/platform/http';
import { GetMouQuery } from './get-mou.query';
import { MouView } from './get-mou.response.dto';

@ApiTags('agreements')
@Controller('v1/mous')
export class GetMouHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'An MoU with its amendments, now, as recorded at asOf, or as valid at validAt (status derived at that instant)' })
  @ApiParam({ name: 'id', description: 'MoU id (slug of the Ombudsman number; the number itself, URL-encoded, works too)', example: '30-ORI-MOU-X-2021' })
  @ApiQueryParam({ name: 'asOf', required: false, description: AS_OF_DESCRIPTION, example: '2023-12-31' })
  @ApiQueryParam({ name: 'validAt', required: false, description: VALID_AT_DESCRIPTION, example: '2023-12-31' })
  @ApiQuery({ description: 'The MoU; ETag = revision', type: MouView })
  get(@Param('id') id: string, @CurrentActor() actor: Actor, @Query('asOf') asOf?: string, @Query('validAt') validAt?: string): Promise<MouView> {
    return this.queries.execute(new GetMouQuery(id, actor, parseHistoricalRead(asOf, validAt)));
  }
}
