import { Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { AggregateStore } from '@app/platform/commands';
import { CLOCK, type Clock } from '@app/platform/clock';
import { ReadModelGate } from '@app/platform/read-query';
import { InboxController } from './inbox.controller';
import { InboxStore } from './inbox-store';

/** The signed-in user's inbox: its HTTP routes, and the store the delivery worker posts into. */
@Module({
  controllers: [InboxController],
  providers: [
    ReadModelGate,
    {
      provide: InboxStore,
      inject: [AggregateStore, EVENT_STORE, ReadModelGate, CLOCK],
      useFactory: (aggregates: AggregateStore, store: EventStore, gate: ReadModelGate, clock: Clock) => new InboxStore(aggregates, store, gate, clock),
    },
  ],
  exports: [InboxStore],
})
export class InboxModule {}
