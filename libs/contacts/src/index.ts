export * from './directory/contact-directory.port';
export * from './directory/directory-lookup';
export * from './directory/read-model-contact-directory';
export * from './contact/domain/contact.events';
export * from './contact/contact.streams';
export * from './read-model/contacts.keys';
export * from './read-model/contacts.projection';
export * from './contacts.module';
