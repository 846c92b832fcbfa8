import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditHttpController } from './audit.http.controller';
import { ReadStreamEventsHandler } from './queries/read-stream-events/read-stream-events.handler';
import { VerifyStreamHandler } from './queries/verify-stream/verify-stream.handler';
import { VerifyAllStreamsHandler } from './queries/verify-all-streams/verify-all-streams.handler';

/** Read-only history for auditors: events as stored and hash-chain verification. */
@Module({
  imports: [CqrsModule],
  controllers: [AuditHttpController],
  providers: [ReadStreamEventsHandler, VerifyStreamHandler, VerifyAllStreamsHandler],
})
export class AuditModule {}
