import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { CloseRecommendationCommand } from './close-recommendation.command';
import { CloseRecommendationRequestDto } from './close-recommendation.request.dto';

@ApiTags('recommendations')
@Controller('v1/recommendations')
export class CloseRecommendationHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'An officer closes a recommendation administratively, with a reason; its status stays as it was' })
  @ApiParam({ name: 'id', description: 'Recommendation id', example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  @ApiCommand({ status: 200, description: 'Closed' })
  close(@Param('id') id: string, @Body() body: CloseRecommendationRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new CloseRecommendationCommand(id, body, meta));
  }
}
