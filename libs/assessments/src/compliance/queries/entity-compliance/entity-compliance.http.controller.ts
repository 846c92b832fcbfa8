import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import { ApiReadOptions, READ_OPTION_NAMES, onlyKnown, readOptionsOf, type RawQuery } from '@app/platform/read-query';
import { Exportable } from '@app/spreadsheets';
import type { EntityCompliance } from '../../compliance.queries';
import { EntityComplianceDto } from '../compliance.response.dto';
import { EntityComplianceQuery } from './entity-compliance.query';
import { ENTITY_COMPLIANCE_EXPORT } from './entity-compliance.columns';

@ApiTags('compliance')
@Controller('v1/entities')
export class EntityComplianceHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':code/compliance')
  @ApiOperation({ summary: "A provider's compliance history, every year against the one before, and the trend" })
  @ApiParam({ name: 'code', description: 'Provider code', example: '64.09' })
  @ApiReadOptions()
  @ApiQuery({ description: 'The history, oldest year first', type: EntityComplianceDto })
  @Exportable(ENTITY_COMPLIANCE_EXPORT)
  get(@Param('code') code: string, @CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<EntityCompliance> {
    onlyKnown(query, READ_OPTION_NAMES);
    return this.queries.execute(new EntityComplianceQuery(code, actor, readOptionsOf(query)));
  }
}
