import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiQuery } from '@app/platform/http';
import { ListMethodologiesQuery } from './list-methodologies.query';
import { MethodologyCatalogView } from './list-methodologies.response.dto';

@ApiTags('assessments')
@Controller('v1/methodologies')
export class ListMethodologiesHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The assessment methodologies by year: bands, categories, zones, opinions, weights and gaps' })
  @ApiQuery({ description: 'The catalog in force (bundled plus METHODOLOGY_FILE)', type: MethodologyCatalogView })
  list(): Promise<MethodologyCatalogView> {
    return this.queries.execute(new ListMethodologiesQuery());
  }
}
