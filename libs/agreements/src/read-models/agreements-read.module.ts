import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetEntityAgreementsHandler } from './queries/get-entity-agreements/get-entity-agreements.handler';
import { GetEntityAgreementsHttpController } from './queries/get-entity-agreements/get-entity-agreements.http.controller';
import { ListExpiringAgreementsHandler } from './queries/list-expiring-agreements/list-expiring-agreements.handler';
import { ListExpiringAgreementsHttpController } from './queries/list-expiring-agreements/list-expiring-agreements.http.controller';
import { ReadModelGate } from './read-query/read-model-gate';

/**
 * Queries on the `agreements` read model (register agreementsProjection with ProjectionsModule).
 * Needs the global ProjectionsModule, REDIS and CLOCK.
 */
@Module({
  imports: [CqrsModule],
  controllers: [GetEntityAgreementsHttpController, ListExpiringAgreementsHttpController],
  providers: [ReadModelGate, GetEntityAgreementsHandler, ListExpiringAgreementsHandler],
})
export class AgreementsReadModule {}
