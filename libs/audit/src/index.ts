export * from './audit.module';
export * from './read-models/provider-events.keys';
export * from './read-models/provider-events.projection';
