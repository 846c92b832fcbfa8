import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import type { AgreementList } from '../../agreement-list';
import { limitOf, onlyKnown, oneOf, text, type RawQuery, ApiReadOptions, READ_OPTION_NAMES, readOptionsOf, provinceParam } from '@app/platform/read-query';
import { Exportable } from '@app/spreadsheets';
import { AgreementListDto } from './agreement-list.response.dto';
import { ListAgreementsQuery } from './list-agreements.query';
import { LIST_AGREEMENTS_EXPORT } from './list-agreements.columns';

const PARAMS = ['province', 'kind', 'cursor', 'limit', ...READ_OPTION_NAMES];
const KINDS = ['mou', 'pks'] as const;

@ApiTags('agreements')
@Controller('v1/agreements')
export class ListAgreementsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'MoUs and PKS of a province, or of every province you may see, oldest first (per provider: GET /v1/entities/{code}/agreements)' })
  @ApiQueryParam({ name: 'province', required: false, example: '63', description: "Two-digit province code, or 'national' for ministries and agencies" })
  @ApiQueryParam({ name: 'kind', required: false, enum: KINDS })
  @ApiQueryParam({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQueryParam({ name: 'limit', required: false, example: 50, description: '1–500, default 50' })
  @ApiReadOptions()
  @ApiQuery({ description: 'A page of agreements', type: AgreementListDto })
  @Exportable(LIST_AGREEMENTS_EXPORT)
  list(@CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<AgreementList> {
    onlyKnown(query, PARAMS);
    const params = {
      province: provinceParam(query),
      kind: oneOf(query, 'kind', KINDS),
      cursor: text(query, 'cursor'),
      limit: limitOf(query),
    };
    return this.queries.execute(new ListAgreementsQuery(params, actor, readOptionsOf(query)));
  }
}
