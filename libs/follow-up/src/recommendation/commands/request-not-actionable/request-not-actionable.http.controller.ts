import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { RequestNotActionableCommand } from './request-not-actionable.command';
import { RequestNotActionableRequestDto } from './request-not-actionable.request.dto';

@ApiTags('recommendations')
@Controller('v1/recommendations')
export class RequestNotActionableHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/not-actionable')
  @HttpCode(HttpStatus.OK)
  @Roles('liaison', 'admin')
  @ApiOperation({ summary: 'The liaison asks for tidak_dapat_ditindaklanjuti, stating a valid reason; an officer must accept it' })
  @ApiParam({ name: 'id', description: 'Recommendation id', example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  @ApiCommand({ status: 200, description: 'Requested; awaiting an officer' })
  request(@Param('id') id: string, @Body() body: RequestNotActionableRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new RequestNotActionableCommand(id, body, meta));
  }
}
