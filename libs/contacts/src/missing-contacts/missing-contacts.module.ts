import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ReadModelGate } from '@app/platform/read-query';
import { ListMissingContactsHandler } from './list-missing-contacts.handler';
import { ListMissingContactsHttpController } from './list-missing-contacts.http.controller';

/**
 * `GET /v1/follow-up/missing-contacts`. A module of its own (`@app/contacts/missing-contacts`)
 * because it reads the follow-up read model: follow-up's routing imports `@app/contacts`, so the
 * contacts root must never import `@app/follow-up`.
 */
@Module({
  imports: [CqrsModule],
  controllers: [ListMissingContactsHttpController],
  providers: [ReadModelGate, ListMissingContactsHandler],
})
export class MissingContactsModule {}
