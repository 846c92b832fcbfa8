import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import { ApiReadOptions, READ_OPTION_NAMES, oneOf, onlyKnown, provinceParam, readOptionsOf, type RawQuery } from '@app/platform/read-query';
import { ITEM_KINDS } from '../../follow-up-items.keys';
import type { OverdueSummary } from './overdue-summary';
import { OverdueSummaryQuery } from './overdue-summary.query';
import { OverdueSummaryDto } from './overdue-summary.response.dto';

@ApiTags('follow-up')
@Controller('v1/follow-up')
export class OverdueSummaryHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('overdue/summary')
  @ApiOperation({ summary: 'Overdue items counted by province, within what the reader may see (the dashboard)' })
  @ApiQueryParam({ name: 'province', required: false, example: '64', description: "Two-digit province code, or 'national' for ministries and agencies" })
  @ApiQueryParam({ name: 'kind', required: false, enum: ITEM_KINDS })
  @ApiReadOptions()
  @ApiQuery({ description: 'Overdue counts by province', type: OverdueSummaryDto })
  summary(@CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<OverdueSummary> {
    onlyKnown(query, ['province', 'kind', ...READ_OPTION_NAMES]);
    return this.queries.execute(new OverdueSummaryQuery({ province: provinceParam(query), kind: oneOf(query, 'kind', ITEM_KINDS) }, actor, readOptionsOf(query)));
  }
}
