import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { RegisterUnitCommand } from './register-unit.command';
import { RegisterUnitRequestDto } from './register-unit.request.dto';

@ApiTags('registry')
@Controller('v1/entities')
export class RegisterUnitHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':code/units')
  @HttpCode(HttpStatus.OK)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Register a unit (SKPD, Puskesmas, RSUD, …) of a provider' })
  @ApiParam({ name: 'code', description: 'Provider code', example: '64.01' })
  @ApiCommand({ status: 200, description: "Registered on the provider's stream" })
  register(@Param('code') code: string, @Body() body: RegisterUnitRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new RegisterUnitCommand(code, body, meta));
  }
}
