import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import { ENTITY_KINDS } from '@app/registry';
import { ApiReadOptions, READ_OPTION_NAMES, integer, limitOf, onlyKnown, oneOf, provinceParam, readOptionsOf, text, type RawQuery } from '@app/platform/read-query';
import { Exportable } from '@app/spreadsheets';
import { ZONES } from '../../../methodology/methodology';
import { COMPLIANCE_GRADING, type ComplianceGrading } from '../../compliance-grading';
import type { ComplianceList } from '../../compliance.queries';
import { ComplianceListDto } from '../compliance.response.dto';
import { ListComplianceQuery } from './list-compliance.query';
import { LIST_COMPLIANCE_EXPORT } from './list-compliance.columns';

const PARAMS = ['year', 'province', 'kind', 'category', 'zone', 'cursor', 'limit', ...READ_OPTION_NAMES];

export const yearParam = (query: RawQuery): number | undefined => integer(query, 'year', { min: 2000, max: 2100 });

@ApiTags('compliance')
@Controller('v1/compliance')
export class ListComplianceHttpController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(COMPLIANCE_GRADING) private readonly grading: ComplianceGrading,
  ) {}

  @Get()
  @ApiOperation({ summary: "Providers' compliance results for a year, best score first, with the change against each one's previous year" })
  @ApiQueryParam({ name: 'year', required: false, example: 2023, description: 'Default: the latest year assessed' })
  @ApiQueryParam({ name: 'province', required: false, example: '64', description: "Two-digit province code, or 'national' for ministries and agencies" })
  @ApiQueryParam({ name: 'kind', required: false, enum: ENTITY_KINDS })
  @ApiQueryParam({ name: 'category', required: false, example: 'B', description: "A–E (from the year's methodology), or 'none' for zone-only years" })
  @ApiQueryParam({ name: 'zone', required: false, enum: ZONES })
  @ApiQueryParam({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQueryParam({ name: 'limit', required: false, example: 50, description: '1–500, default 50' })
  @ApiReadOptions()
  @ApiQuery({ description: 'A page of results', type: ComplianceListDto })
  @Exportable(LIST_COMPLIANCE_EXPORT)
  list(@CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<ComplianceList> {
    onlyKnown(query, PARAMS);
    const params = {
      year: yearParam(query),
      province: provinceParam(query),
      kind: oneOf(query, 'kind', ENTITY_KINDS),
      category: oneOf(query, 'category', this.grading.categoryValues),
      zone: oneOf(query, 'zone', ZONES),
      cursor: text(query, 'cursor'),
      limit: limitOf(query),
    };
    return this.queries.execute(new ListComplianceQuery(params, actor, readOptionsOf(query)));
  }
}
