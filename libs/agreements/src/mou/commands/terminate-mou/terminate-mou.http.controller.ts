import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { TerminateMouCommand } from './terminate-mou.command';
import { TerminateMouRequestDto } from './terminate-mou.request.dto';

@ApiTags('agreements')
@Controller('v1/mous')
export class TerminateMouHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/terminate')
  @HttpCode(HttpStatus.OK)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Terminate an MoU (once), with a reason' })
  @ApiParam({ name: 'id', description: 'MoU id (slug of the Ombudsman number; the number itself, URL-encoded, works too)', example: '30-ORI-MOU-X-2021' })
  @ApiCommand({ status: 200, description: 'Terminated' })
  terminate(@Param('id') id: string, @Body() body: TerminateMouRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new TerminateMouCommand(id, body, meta));
  }
}
