import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import { ApiReadOptions, READ_OPTION_NAMES, integer, onlyKnown, readOptionsOf, type RawQuery } from '@app/platform/read-query';
import { Exportable } from '@app/spreadsheets';
import type { ItemPage } from '../../follow-up-items.query';
import type { FollowUpItemView } from '../../follow-up-item.view';
import { ApiQueueParams } from '../follow-up-api-params';
import { QUEUE_PARAMS, queueParamsOf } from '../follow-up-params';
import { FollowUpItemPageDto } from '../follow-up-item.response.dto';
import { DueSoonQueueQuery, OverdueQueueQuery } from './follow-up-queues.query';
import { DUE_SOON_QUEUE_EXPORT, OVERDUE_QUEUE_EXPORT } from './follow-up-queues.columns';

@ApiTags('follow-up')
@Controller('v1/follow-up')
export class FollowUpQueuesHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('overdue')
  @ApiOperation({ summary: 'Open items past due, most overdue first: days late, reminders sent, escalation rung' })
  @ApiQueueParams()
  @ApiReadOptions()
  @ApiQuery({ description: 'A page of overdue items', type: FollowUpItemPageDto })
  @Exportable(OVERDUE_QUEUE_EXPORT)
  overdue(@CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<ItemPage<FollowUpItemView>> {
    onlyKnown(query, [...QUEUE_PARAMS, ...READ_OPTION_NAMES]);
    return this.queries.execute(new OverdueQueueQuery(queueParamsOf(query), actor, readOptionsOf(query)));
  }

  @Get('due-soon')
  @ApiOperation({ summary: 'Open items falling due within the next withinDays days, soonest first' })
  @ApiQueryParam({ name: 'withinDays', required: false, example: 7, description: '1–365, default 7' })
  @ApiQueueParams()
  @ApiReadOptions()
  @ApiQuery({ description: 'A page of items due soon', type: FollowUpItemPageDto })
  @Exportable(DUE_SOON_QUEUE_EXPORT)
  dueSoon(@CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<ItemPage<FollowUpItemView>> {
    onlyKnown(query, ['withinDays', ...QUEUE_PARAMS, ...READ_OPTION_NAMES]);
    const withinDays = integer(query, 'withinDays', { min: 1, max: 365 }) ?? 7;
    return this.queries.execute(new DueSoonQueueQuery({ ...queueParamsOf(query), withinDays }, actor, readOptionsOf(query)));
  }
}
