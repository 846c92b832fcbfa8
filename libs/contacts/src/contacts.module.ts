import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ReadModelGate } from '@app/platform/read-query';
import { AddContactHandler, ChangeContactHandler, RemoveContactHandler } from './contact/commands/contact.handlers';
import { OmbudsmanContactsHttpController } from './contact/commands/ombudsman-contacts.http.controller';
import { ProviderContactsHttpController } from './contact/commands/provider-contacts.http.controller';
import { CONTACT_DIRECTORY } from './directory/contact-directory.port';
import { ReadModelContactDirectory } from './directory/read-model-contact-directory';
import { ListContactsHandler } from './read-model/queries/list-contacts.handler';
import { ListContactsHttpController } from './read-model/queries/list-contacts.http.controller';

/**
 * The contacts directory: its commands and lists over HTTP, and CONTACT_DIRECTORY for routing,
 * answered from the `contacts` read model (register contactsProjection with ProjectionsModule).
 * Needs the global ProjectionsModule, REDIS, CLOCK and CommandsModule.
 */
@Module({
  imports: [CqrsModule],
  controllers: [ProviderContactsHttpController, OmbudsmanContactsHttpController, ListContactsHttpController],
  providers: [
    AddContactHandler,
    ChangeContactHandler,
    RemoveContactHandler,
    ListContactsHandler,
    ReadModelGate,
    ReadModelContactDirectory,
    { provide: CONTACT_DIRECTORY, useExisting: ReadModelContactDirectory },
  ],
  exports: [CONTACT_DIRECTORY],
})
export class ContactsModule {}
