import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { RejectNotActionableCommand } from './reject-not-actionable.command';
import { RejectNotActionableRequestDto } from './reject-not-actionable.request.dto';

@ApiTags('recommendations')
@Controller('v1/recommendations')
export class RejectNotActionableHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/not-actionable/reject')
  @HttpCode(HttpStatus.OK)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'An officer rejects the pending request, saying why; follow-up continues' })
  @ApiParam({ name: 'id', description: 'Recommendation id', example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  @ApiCommand({ status: 200, description: 'Rejected' })
  reject(@Param('id') id: string, @Body() body: RejectNotActionableRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new RejectNotActionableCommand(id, body, meta));
  }
}
