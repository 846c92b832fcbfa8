import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { FulfilObligationCommand } from './fulfil-obligation.command';
import { FulfilObligationRequestDto } from './fulfil-obligation.request.dto';

@ApiTags('obligations')
@Controller('v1/obligations')
export class FulfilObligationHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/fulfil')
  @HttpCode(HttpStatus.OK)
  @Roles('liaison', 'admin')
  @ApiOperation({ summary: "Record a PKS obligation's periodic report as delivered, with its evidence (the provider's liaison)" })
  @ApiParam({ name: 'id', description: 'Obligation id: <pksId>.<scopeId>.<periodKey>', example: '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11.pendampingan-berkala.2022-Q3' })
  @ApiCommand({ status: 200, description: 'Fulfilled; its pending reminders and escalations stop' })
  fulfil(@Param('id') id: string, @Body() body: FulfilObligationRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new FulfilObligationCommand(id, body, meta));
  }
}
