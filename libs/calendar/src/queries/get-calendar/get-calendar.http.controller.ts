import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiQuery as ApiQueryParam, ApiTags } from '@nestjs/swagger';
import { ApiQuery, parseAsOf, requireIntegerParam } from '@app/platform/http';
import { GetCalendarQuery } from './get-calendar.query';
import { CalendarView } from './get-calendar.response.dto';

@ApiTags('calendars')
@Controller('v1/admin/calendars')
export class GetCalendarHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':year')
  @ApiOperation({ summary: "The working-day calendar in force for a year (any role): holidays, cuti bersama and declared working days" })
  @ApiParam({ name: 'year', description: 'Calendar year, 2000–2100', example: 2025 })
  @ApiQueryParam({ name: 'asOf', required: false, description: 'ISO instant or date (end of that day, WIB): the calendar as then recorded', example: '2025-03-31' })
  @ApiQuery({ description: 'The effective calendar; ETag = revision once the year is managed', type: CalendarView })
  get(@Param('year') year: string, @Query('asOf') asOf?: string): Promise<CalendarView> {
    return this.queries.execute(new GetCalendarQuery(requireIntegerParam('path.year', year, 1, 9999), parseAsOf(asOf)));
  }
}
