import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { SignPksCommand } from './sign-pks.command';
import { SignPksRequestDto } from './sign-pks.request.dto';

@ApiTags('agreements')
@Controller('v1/pks')
export class SignPksHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/sign')
  @HttpCode(HttpStatus.OK)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Sign a finalised PKS: it becomes active (not under a terminated MoU)' })
  @ApiParam({ name: 'id', description: 'PKS id', example: '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11' })
  @ApiCommand({ status: 200, description: 'Signed' })
  sign(@Param('id') id: string, @Body() body: SignPksRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new SignPksCommand(id, body, meta));
  }
}
