import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { ExtensionRequestedResult, RequestDeadlineExtensionCommand } from './request-extension.command';
import { RequestDeadlineExtensionRequestDto } from './request-extension.request.dto';
import { ExtensionRequestedResultDto } from './request-extension.response.dto';

@ApiTags('recommendations')
@Controller('v1/recommendations')
export class RequestDeadlineExtensionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/extensions')
  @HttpCode(HttpStatus.CREATED)
  @Roles('liaison', 'admin')
  @ApiOperation({ summary: 'The liaison asks for a later due date, with a reason; an officer approves or refuses it' })
  @ApiParam({ name: 'id', description: 'Recommendation id', example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  @ApiCreatedResponse({ type: ExtensionRequestedResultDto })
  @ApiCommand({ status: 201, description: 'Requested; the body names the requestId' })
  request(@Param('id') id: string, @Body() body: RequestDeadlineExtensionRequestDto, @Meta() meta: CommandMeta): Promise<ExtensionRequestedResult> {
    return this.commands.execute(new RequestDeadlineExtensionCommand(id, body, meta));
  }
}
