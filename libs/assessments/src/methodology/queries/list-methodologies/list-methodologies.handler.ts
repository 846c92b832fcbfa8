import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { METHODOLOGY_CATALOG } from '../../methodology.loader';
import type { MethodologyCatalog } from '../../methodology-catalog';
import { ListMethodologiesQuery } from './list-methodologies.query';
import type { MethodologyCatalogView } from './list-methodologies.response.dto';

@QueryHandler(ListMethodologiesQuery)
export class ListMethodologiesHandler implements IQueryHandler<ListMethodologiesQuery> {
  constructor(@Inject(METHODOLOGY_CATALOG) private readonly catalog: MethodologyCatalog) {}

  async execute(): Promise<MethodologyCatalogView> {
    return { coverage: this.catalog.coverage(), ...this.catalog.list() };
  }
}
