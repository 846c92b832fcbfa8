import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ChainVerdict, EVENT_STORE, EventStore, verifyChain } from '@app/event-store';
import { VerifyStreamQuery } from './verify-stream.query';

@QueryHandler(VerifyStreamQuery)
export class VerifyStreamHandler implements IQueryHandler<VerifyStreamQuery, ChainVerdict> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ stream }: VerifyStreamQuery): Promise<ChainVerdict> {
    return verifyChain(stream, await this.store.readStream(stream));
  }
}
