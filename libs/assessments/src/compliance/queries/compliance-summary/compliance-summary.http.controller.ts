import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { ApiQuery } from '@app/platform/http';
import { ApiReadOptions, READ_OPTION_NAMES, onlyKnown, provinceParam, readOptionsOf, type RawQuery } from '@app/platform/read-query';
import { Exportable } from '@app/spreadsheets';
import type { ComplianceSummary } from '../../compliance-summary';
import { ComplianceSummaryDto } from '../compliance.response.dto';
import { yearParam } from '../list-compliance/list-compliance.http.controller';
import { ComplianceSummaryQuery } from './compliance-summary.query';
import { COMPLIANCE_SUMMARY_EXPORT } from './compliance-summary.columns';

@ApiTags('compliance')
@Controller('v1/compliance')
export class ComplianceSummaryHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('summary')
  @ApiOperation({ summary: 'Counts per category and per zone for a year, nationally or for a province (an officer: their provinces)' })
  @ApiQueryParam({ name: 'year', required: false, example: 2023, description: 'Default: the latest year assessed' })
  @ApiQueryParam({ name: 'province', required: false, example: '64', description: "Two-digit province code, or 'national' for ministries and agencies" })
  @ApiReadOptions()
  @ApiQuery({ description: 'The summary, as the Ombudsman announces it', type: ComplianceSummaryDto })
  @Exportable(COMPLIANCE_SUMMARY_EXPORT)
  summary(@CurrentActor() actor: Actor, @Query() query: RawQuery): Promise<ComplianceSummary> {
    onlyKnown(query, ['year', 'province', ...READ_OPTION_NAMES]);
    const params = { year: yearParam(query), province: provinceParam(query) };
    return this.queries.execute(new ComplianceSummaryQuery(params, actor, readOptionsOf(query)));
  }
}
