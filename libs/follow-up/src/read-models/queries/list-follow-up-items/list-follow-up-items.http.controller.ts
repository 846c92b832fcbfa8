import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import { ApiReadOptions, READ_OPTION_NAMES, calendarDate, flag, onlyKnown, oneOf, readOptionsOf, type RawQuery } from '@app/platform/read-query';
import { Exportable } from '@app/spreadsheets';
import { ITEM_SOURCES, ITEM_STATUSES } from '../../follow-up-items.keys';
import type { ItemPage } from '../../follow-up-items.query';
import type { FollowUpItemView } from '../../follow-up-item.view';
import { ApiQueueParams } from '../follow-up-api-params';
import { QUEUE_PARAMS, queueParamsOf } from '../follow-up-params';
import { FollowUpItemPageDto } from '../follow-up-item.response.dto';
import { ListFollowUpItemsQuery } from './list-follow-up-items.query';
import { LIST_FOLLOW_UP_ITEMS_EXPORT } from './list-follow-up-items.columns';

const PARAMS = [...QUEUE_PARAMS, 'status', 'source', 'open', 'overdue', 'dueBefore', 'dueAfter', ...READ_OPTION_NAMES];

@ApiTags('follow-up')
@Controller('v1/recommendations')
export class ListFollowUpItemsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Recommendations and PKS obligations, filtered, by due date; cursor pages stay stable while others write' })
  @ApiQueueParams()
  @ApiQueryParam({ name: 'status', required: false, enum: ITEM_STATUSES, description: "Follow-up status; obligations are open, fulfilled or cancelled" })
  @ApiQueryParam({ name: 'source', required: false, enum: ITEM_SOURCES })
  @ApiQueryParam({ name: 'open', required: false, enum: ['true', 'false'] })
  @ApiQueryParam({ name: 'overdue', required: false, enum: ['true', 'false'], description: 'true: open and past due now' })
  @ApiQueryParam({ name: 'dueBefore', required: false, example: '2025-07-01', description: 'dueOn strictly before this date' })
  @ApiQueryParam({ name: 'dueAfter', required: false, example: '2025-05-31', description: 'dueOn strictly after this date' })
  @ApiReadOptions()
  @ApiQuery({ description: 'A page of items', type: FollowUpItemPageDto })
  @Exportable(LIST_FOLLOW_UP_ITEMS_EXPORT)
  list(@CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<ItemPage<FollowUpItemView>> {
    onlyKnown(query, PARAMS);
    const params = {
      ...queueParamsOf(query),
      status: oneOf(query, 'status', ITEM_STATUSES),
      source: oneOf(query, 'source', ITEM_SOURCES),
      open: flag(query, 'open'),
      overdue: flag(query, 'overdue'),
      dueBefore: calendarDate(query, 'dueBefore'),
      dueAfter: calendarDate(query, 'dueAfter'),
    };
    return this.queries.execute(new ListFollowUpItemsQuery(params, actor, readOptionsOf(query)));
  }
}
