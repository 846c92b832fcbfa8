import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import { ApiReadOptions, READ_OPTION_NAMES, badQuery, limitOf, onlyKnown, oneOf, provinceParam, readOptionsOf, text, type RawQuery } from '@app/platform/read-query';
import { Exportable } from '@app/spreadsheets';
import { ENTITY_KINDS } from '../../../entity/domain/entity-codes';
import type { ProviderList } from '../../providers.queries';
import { ProviderListDto } from '../provider-list.response.dto';
import { ListProvidersQuery } from './list-providers.query';
import { LIST_PROVIDERS_EXPORT } from './list-providers.columns';

const PARAMS = ['province', 'kind', 'q', 'cursor', 'limit', ...READ_OPTION_NAMES];

export const Q_MAX_LENGTH = 100;

/** `q`: at most Q_MAX_LENGTH characters (the validation pipe already holds every query value to single-line text). */
export function searchParam(query: RawQuery): string | undefined {
  const value = text(query, 'q');
  if (value !== undefined && value.length > Q_MAX_LENGTH) throw badQuery('q', value, `single-line text of at most ${Q_MAX_LENGTH} characters`, `q is longer than ${Q_MAX_LENGTH} characters`);
  return value;
}

@ApiTags('registry')
@Controller('v1/entities')
export class ListProvidersHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Providers within your scope, in code order, narrowed by province, kind and a search on name and code' })
  @ApiQueryParam({ name: 'province', required: false, example: '64', description: "Two-digit province code, or 'national' for ministries and agencies" })
  @ApiQueryParam({ name: 'kind', required: false, enum: ENTITY_KINDS })
  @ApiQueryParam({ name: 'q', required: false, example: 'paser', description: 'Every word must occur in the name or code (case and accents ignored), or the text occurs in the code; ≤ 100 characters' })
  @ApiQueryParam({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQueryParam({ name: 'limit', required: false, example: 50, description: '1–500, default 50' })
  @ApiReadOptions()
  @ApiQuery({ description: 'A page of providers', type: ProviderListDto })
  @Exportable(LIST_PROVIDERS_EXPORT)
  list(@CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<ProviderList> {
    onlyKnown(query, PARAMS);
    const params = {
      province: provinceParam(query),
      kind: oneOf(query, 'kind', ENTITY_KINDS),
      q: searchParam(query),
      cursor: text(query, 'cursor'),
      limit: limitOf(query),
    };
    return this.queries.execute(new ListProvidersQuery(params, actor, readOptionsOf(query)));
  }
}
