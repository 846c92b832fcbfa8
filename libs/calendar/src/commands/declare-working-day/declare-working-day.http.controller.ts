import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta, requireIntegerParam } from '@app/platform/http';
import { DeclareWorkingDayCommand } from './declare-working-day.command';
import { DeclareWorkingDayRequestDto } from './declare-working-day.request.dto';

@ApiTags('calendars')
@Controller('v1/admin/calendars')
export class DeclareWorkingDayHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':year/working-days')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Declare a weekend day or holiday of a seeded year a working day (e.g. a replacement working Saturday)' })
  @ApiParam({ name: 'year', description: 'Calendar year, 2000–2100; seed it first', example: 2025 })
  @ApiCommand({ status: 200, description: 'Declared; working-day deadlines computed from now on count the day' })
  declare(@Param('year') year: string, @Body() body: DeclareWorkingDayRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new DeclareWorkingDayCommand(requireIntegerParam('path.year', year, 1, 9999), body, meta));
  }
}
