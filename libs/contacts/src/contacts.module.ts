import { Module } from '@nestjs/common';
import { CONTACT_DIRECTORY } from './directory/contact-directory.port';
import { ReadModelContactDirectory } from './directory/read-model-contact-directory';

/**
 * The contacts directory: its commands and lists over HTTP, and CONTACT_DIRECTORY for routing,
 * answered from the `contacts` read model (register contactsProjection with ProjectionsModule).
 * Needs the global ProjectionsModule, REDIS, CLOCK and CommandsModule.
 */
@Module({
  providers: [ReadModelContactDirectory, { provide: CONTACT_DIRECTORY, useExisting: ReadModelContactDirectory }],
  exports: [CONTACT_DIRECTORY],
})
export class ContactsModule {}
