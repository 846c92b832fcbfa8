import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { RegisterEntityHandler } from './entity/commands/register-entity/register-entity.handler';
import { RegisterEntityHttpController } from './entity/commands/register-entity/register-entity.http.controller';
import { RegisterUnitHandler } from './entity/commands/register-unit/register-unit.handler';
import { RegisterUnitHttpController } from './entity/commands/register-unit/register-unit.http.controller';
import { GetEntityHandler } from './entity/queries/get-entity/get-entity.handler';
import { GetEntityHttpController } from './entity/queries/get-entity/get-entity.http.controller';

/** Providers (pemda, kementerian, lembaga) and their units. Needs CommandsModule (AggregateStore). */
@Module({
  imports: [CqrsModule],
  controllers: [RegisterEntityHttpController, RegisterUnitHttpController, GetEntityHttpController],
  providers: [RegisterEntityHandler, RegisterUnitHandler, GetEntityHandler],
})
export class RegistryModule {}
