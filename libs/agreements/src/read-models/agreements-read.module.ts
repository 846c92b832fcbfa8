import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetEntityAgreementsHandler } from './queries/get-entity-agreements/get-entity-agreements.handler';
import { GetEntityAgreementsHttpController } from './queries/get-entity-agreements/get-entity-agreements.http.controller';
import { ListAgreementsHandler } from './queries/list-agreements/list-agreements.handler';
import { ListAgreementsHttpController } from './queries/list-agreements/list-agreements.http.controller';
import { ListExpiringAgreementsHandler } from './queries/list-expiring-agreements/list-expiring-agreements.handler';
import { ListExpiringAgreementsHttpController } from './queries/list-expiring-agreements/list-expiring-agreements.http.controller';
import { ReadModelGate } from '@app/platform/read-query';

/**
 * Queries on the `agreements` read model (register agreementsProjection with ProjectionsModule).
 * Needs the global ProjectionsModule, REDIS and CLOCK.
 */
@Module({
  imports: [CqrsModule],
  controllers: [GetEntityAgreementsHttpController, ListExpiringAgreementsHttpController, ListAgreementsHttpController],
  providers: [ReadModelGate, GetEntityAgreementsHandler, ListExpiringAgreementsHandler, ListAgreementsHandler],
})
export class AgreementsReadModule {}
