import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta, requireIntegerParam } from '@app/platform/http';
import { RemoveHolidayCommand } from './remove-holiday.command';
import { RemoveHolidayRequestDto } from './remove-holiday.request.dto';

@ApiTags('calendars')
@Controller('v1/admin/calendars')
export class RemoveHolidayHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':year/holidays/:date/remove')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Remove a national holiday or cuti bersama day from a seeded year, with a reason' })
  @ApiParam({ name: 'year', description: 'Calendar year, 2000–2100', example: 2025 })
  @ApiParam({ name: 'date', description: 'The listed day off (YYYY-MM-DD) in that year', example: '2025-06-06' })
  @ApiCommand({ status: 200, description: 'Removed; the day counts as a working day again unless it falls on a weekend' })
  remove(@Param('year') year: string, @Param('date') date: string, @Body() body: RemoveHolidayRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new RemoveHolidayCommand(requireIntegerParam('path.year', year, 1, 9999), date, body, meta));
  }
}
