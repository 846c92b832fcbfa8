import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditHttpController } from './audit.http.controller';
import { ReadProviderEventsHandler } from './queries/read-provider-events/read-provider-events.handler';
import { ReadStreamEventsHandler } from './queries/read-stream-events/read-stream-events.handler';
import { VerifyStreamHandler } from './queries/verify-stream/verify-stream.handler';
import { VerifyAllStreamsHandler } from './queries/verify-all-streams/verify-all-streams.handler';

/**
 * Read-only history for auditors: events as stored (per stream, or per provider through the
 * provider-events index: register providerEventsProjection with ProjectionsModule) and hash-chain
 * verification.
 */
@Module({
  imports: [CqrsModule],
  controllers: [AuditHttpController],
  providers: [ReadProviderEventsHandler, ReadStreamEventsHandler, VerifyStreamHandler, VerifyAllStreamsHandler],
})
export class AuditModule {}
