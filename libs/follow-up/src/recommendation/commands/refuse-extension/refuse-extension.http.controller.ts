import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { RefuseDeadlineExtensionCommand } from './refuse-extension.command';
import { RefuseDeadlineExtensionRequestDto } from './refuse-extension.request.dto';

@ApiTags('recommendations')
@Controller('v1/recommendations')
export class RefuseDeadlineExtensionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/extensions/:requestId/refuse')
  @HttpCode(HttpStatus.OK)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'An officer refuses an extension, saying why; the deadline stays' })
  @ApiParam({ name: 'id', description: 'Recommendation id', example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  @ApiParam({ name: 'requestId', description: 'Extension request id (from the answer to POST …/extensions)', example: '3c4d5e6f-7a8b-5c9d-8e0f-1a2b3c4d5e6f' })
  @ApiCommand({ status: 200, description: 'Refused' })
  refuse(@Param('id') id: string, @Param('requestId') requestId: string, @Body() body: RefuseDeadlineExtensionRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new RefuseDeadlineExtensionCommand(id, requestId, body, meta));
  }
}
