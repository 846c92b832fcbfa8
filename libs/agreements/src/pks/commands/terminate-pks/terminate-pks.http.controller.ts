import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { TerminatePksCommand } from './terminate-pks.command';
import { TerminatePksRequestDto } from './terminate-pks.request.dto';

@ApiTags('agreements')
@Controller('v1/pks')
export class TerminatePksHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/terminate')
  @HttpCode(HttpStatus.OK)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Terminate a signed PKS, with a reason' })
  @ApiParam({ name: 'id', description: 'PKS id', example: '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11' })
  @ApiCommand({ status: 200, description: 'Terminated' })
  terminate(@Param('id') id: string, @Body() body: TerminatePksRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new TerminatePksCommand(id, body, meta));
  }
}
