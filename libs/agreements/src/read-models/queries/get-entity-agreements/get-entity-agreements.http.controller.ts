import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import type { EntityAgreements } from '../../agreements.queries';
import { onlyKnown, type RawQuery, ApiReadOptions, READ_OPTION_NAMES, readOptionsOf } from '@app/platform/read-query';
import { Exportable } from '@app/spreadsheets';
import { EntityAgreementsDto } from '../agreement-read.response.dto';
import { GetEntityAgreementsQuery } from './get-entity-agreements.query';
import { ENTITY_AGREEMENTS_EXPORT } from './get-entity-agreements.columns';

@ApiTags('agreements')
@Controller('v1/entities')
export class GetEntityAgreementsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':code/agreements')
  @ApiOperation({ summary: "A provider's MoUs and PKS with their status (expiry judged now, or at asOf)" })
  @ApiParam({ name: 'code', description: 'Provider code (Kemendagri code for pemda)', example: '63' })
  @ApiReadOptions()
  @ApiQuery({ description: 'The MoUs and PKS of the provider', type: EntityAgreementsDto })
  @Exportable(ENTITY_AGREEMENTS_EXPORT)
  get(@Param('code') code: string, @CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<EntityAgreements> {
    onlyKnown(query, READ_OPTION_NAMES);
    return this.queries.execute(new GetEntityAgreementsQuery(code, actor, readOptionsOf(query)));
  }
}
