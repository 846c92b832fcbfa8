import { Query } from '@nestjs/cqrs';
import type { MethodologyCatalogView } from './list-methodologies.response.dto';

export class ListMethodologiesQuery extends Query<MethodologyCatalogView> {}
