import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import { ApiReadOptions, READ_OPTION_NAMES, code, limitOf, onlyKnown, readOptionsOf, text, type RawQuery } from '@app/platform/read-query';
import { Exportable } from '@app/spreadsheets';
import type { OwedPage } from '../../follow-up-queues';
import { OwedPageDto } from '../follow-up-item.response.dto';
import { OwedItemsQuery } from './owed-items.query';
import { OWED_ITEMS_EXPORT } from './owed-items.columns';

@ApiTags('follow-up')
@Controller('v1/follow-up')
export class OwedItemsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('owed')
  @ApiOperation({ summary: "What a provider's units still owe, by when, and what evidence is missing" })
  @ApiQueryParam({ name: 'entity', required: false, example: '64.01', description: "Provider code; a liaison's own provider by default" })
  @ApiQueryParam({ name: 'unit', required: false, example: 'dpmptsp' })
  @ApiQueryParam({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQueryParam({ name: 'limit', required: false, example: 50, description: '1–500, default 50' })
  @ApiReadOptions()
  @ApiQuery({ description: 'Open items, soonest due first, with their open action items and missing evidence', type: OwedPageDto })
  @Exportable(OWED_ITEMS_EXPORT)
  owed(@CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<OwedPage> {
    onlyKnown(query, ['entity', 'unit', 'cursor', 'limit', ...READ_OPTION_NAMES]);
    const params = { entity: code(query, 'entity'), unit: code(query, 'unit'), cursor: text(query, 'cursor'), limit: limitOf(query) };
    return this.queries.execute(new OwedItemsQuery(params, actor, readOptionsOf(query)));
  }
}
