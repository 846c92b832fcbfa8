import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { AmendMouCommand } from './amend-mou.command';
import { AmendMouRequestDto } from './amend-mou.request.dto';

@ApiTags('agreements')
@Controller('v1/mous')
export class AmendMouHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/amend')
  @HttpCode(HttpStatus.OK)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Amend an MoU: a new title and/or validity, with a reason' })
  @ApiParam({ name: 'id', description: 'MoU id (slug of the Ombudsman number; the number itself, URL-encoded, works too)', example: '30-ORI-MOU-X-2021' })
  @ApiCommand({ status: 200, description: 'Amended' })
  amend(@Param('id') id: string, @Body() body: AmendMouRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new AmendMouCommand(id, body, meta));
  }
}
