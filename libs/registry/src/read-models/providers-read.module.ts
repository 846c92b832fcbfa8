import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ReadModelGate } from '@app/platform/read-query';
import { ListProvidersHandler } from './queries/list-providers/list-providers.handler';
import { ListProvidersHttpController } from './queries/list-providers/list-providers.http.controller';

/**
 * Queries on the `providers` read model (register providersProjection with ProjectionsModule).
 * Needs the global ProjectionsModule, REDIS and CLOCK, which is why it is not part of RegistryModule.
 */
@Module({
  imports: [CqrsModule],
  controllers: [ListProvidersHttpController],
  providers: [ReadModelGate, ListProvidersHandler],
})
export class ProvidersReadModule {}
