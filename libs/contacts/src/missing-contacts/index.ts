// A sub-entry, not part of the contacts root: it imports @app/follow-up, which imports @app/contacts.
export * from './missing-contacts.module';
export * from './missing-contacts';
