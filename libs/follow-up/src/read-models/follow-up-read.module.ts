import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ReadModelGate } from '@app/platform/read-query';
import { DueSoonQueueHandler, OverdueQueueHandler } from './queries/follow-up-queues/follow-up-queues.handler';
import { FollowUpQueuesHttpController } from './queries/follow-up-queues/follow-up-queues.http.controller';
import { ListFollowUpItemsHandler } from './queries/list-follow-up-items/list-follow-up-items.handler';
import { ListFollowUpItemsHttpController } from './queries/list-follow-up-items/list-follow-up-items.http.controller';
import { OwedItemsHandler } from './queries/owed-items/owed-items.handler';
import { OwedItemsHttpController } from './queries/owed-items/owed-items.http.controller';
import { OverdueSummaryHandler } from './queries/overdue-summary/overdue-summary.handler';
import { OverdueSummaryHttpController } from './queries/overdue-summary/overdue-summary.http.controller';

/**
 * Queries on the `recommendations` read model (register recommendationsProjection with
 * ProjectionsModule): the filtered list and the follow-up queues. Needs the global
 * ProjectionsModule, REDIS and CLOCK.
 */
@Module({
  imports: [CqrsModule],
  controllers: [ListFollowUpItemsHttpController, FollowUpQueuesHttpController, OwedItemsHttpController, OverdueSummaryHttpController],
  providers: [ReadModelGate, ListFollowUpItemsHandler, OverdueQueueHandler, DueSoonQueueHandler, OwedItemsHandler, OverdueSummaryHandler],
})
export class FollowUpReadModule {}
