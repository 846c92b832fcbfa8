export * from './registry.module';
export * from './entity/domain/entity-codes';
export { PROVINCE_CODES } from './entity/domain/province-time-zones';
export * from './entity/domain/entity.events';
export * from './entity/domain/entity.decider';
export * from './entity/entity.stream';
export * from './entity/queries/get-entity/get-entity.response.dto';
export * from './fixtures';
export * from './entity/domain/provider-visibility';
export * from './entity/load-visible-provider';
export * from './read-models';
// The single commands, for importers that run each row as the same command a request would.
export * from './entity/commands/register-entity/register-entity.command';
export * from './entity/commands/register-entity/register-entity.handler';
export * from './entity/commands/register-entity/register-entity.request.dto';
export * from './entity/commands/register-unit/register-unit.command';
export * from './entity/commands/register-unit/register-unit.handler';
export * from './entity/commands/register-unit/register-unit.request.dto';
