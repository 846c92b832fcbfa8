export * from './domain/inbox.events';
export * from './domain/inbox.decider';
export * from './read-model/inbox.keys';
export * from './read-model/inbox.projection';
export * from './inbox-store';
export * from './inbox.module';
