export * from './registry.module';
export * from './entity/domain/entity-codes';
export * from './entity/domain/entity.events';
export * from './entity/domain/entity.decider';
export * from './entity/entity.stream';
export * from './entity/queries/get-entity/get-entity.response.dto';
export * from './fixtures';
export * from './entity/domain/provider-visibility';
