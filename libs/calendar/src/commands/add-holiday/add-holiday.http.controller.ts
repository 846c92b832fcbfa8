import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta, requireIntegerParam } from '@app/platform/http';
import { AddHolidayCommand } from './add-holiday.command';
import { AddHolidayRequestDto } from './add-holiday.request.dto';

@ApiTags('calendars')
@Controller('v1/admin/calendars')
export class AddHolidayHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':year/holidays')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Add a national holiday or cuti bersama day to a seeded year (a holiday on a declared working day replaces the declaration)' })
  @ApiParam({ name: 'year', description: 'Calendar year, 2000–2100; seed it first', example: 2025 })
  @ApiCommand({ status: 200, description: 'Added; working-day deadlines computed from now on skip the day' })
  add(@Param('year') year: string, @Body() body: AddHolidayRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new AddHolidayCommand(requireIntegerParam('path.year', year, 1, 9999), body, meta));
  }
}
