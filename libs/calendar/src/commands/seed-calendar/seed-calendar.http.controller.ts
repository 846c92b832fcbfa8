import { Body, Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta, requireIntegerParam } from '@app/platform/http';
import type { HeaderReply } from '@app/platform/http';
import { SeedCalendarCommand } from './seed-calendar.command';
import { SeedCalendarRequestDto } from './seed-calendar.request.dto';

@ApiTags('calendars')
@Controller('v1/admin/calendars')
export class SeedCalendarHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':year/seed')
  @HttpCode(HttpStatus.CREATED)
  @Roles('admin')
  @ApiOperation({ summary: "Start managing a year's working-day calendar from the bundled national holidays and cuti bersama (once per year)" })
  @ApiParam({ name: 'year', description: 'Calendar year, 2000–2100', example: 2025 })
  @ApiCommand({ status: 201, description: 'Seeded; from now on deadlines use this calendar for the year. Location names it' })
  async seed(
    @Param('year') year: string,
    @Body() body: SeedCalendarRequestDto,
    @Meta() meta: CommandMeta,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new SeedCalendarCommand(requireIntegerParam('path.year', year, 1, 9999), body, meta));
    reply.header('Location', `/v1/admin/calendars/${result.id}`);
    return result;
  }
}
