import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import type { ExpiringPage } from '../../agreements.queries';
import { integer, limitOf, onlyKnown, text, type RawQuery, ApiReadOptions, READ_OPTION_NAMES, readOptionsOf, provinceParam } from '@app/platform/read-query';
import { Exportable } from '@app/spreadsheets';
import { ExpiringAgreementsDto } from '../agreement-read.response.dto';
import { ListExpiringAgreementsQuery } from './list-expiring-agreements.query';
import { EXPIRING_AGREEMENTS_EXPORT } from './list-expiring-agreements.columns';

const PARAMS = ['withinDays', 'province', 'cursor', 'limit', ...READ_OPTION_NAMES];

@ApiTags('agreements')
@Controller('v1/agreements')
export class ListExpiringAgreementsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('expiring')
  @ApiOperation({ summary: 'MoUs and PKS in force whose validity ends within the next withinDays days, soonest first' })
  @ApiQueryParam({ name: 'withinDays', required: false, example: 90, description: '1–3650, default 90' })
  @ApiQueryParam({ name: 'province', required: false, example: '63', description: "Two-digit province code, or 'national' for ministries and agencies" })
  @ApiQueryParam({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQueryParam({ name: 'limit', required: false, example: 50, description: '1–500, default 50' })
  @ApiReadOptions()
  @ApiQuery({ description: 'A page of expiring agreements', type: ExpiringAgreementsDto })
  @Exportable(EXPIRING_AGREEMENTS_EXPORT)
  list(@CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<ExpiringPage> {
    onlyKnown(query, PARAMS);
    const params = {
      withinDays: integer(query, 'withinDays', { min: 1, max: 3650 }) ?? 90,
      province: provinceParam(query),
      cursor: text(query, 'cursor'),
      limit: limitOf(query),
    };
    return this.queries.execute(new ListExpiringAgreementsQuery(params, actor, readOptionsOf(query)));
  }
}
