import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { ActionItemAddedResult, AddActionItemCommand } from './add-action-item.command';
import { AddActionItemRequestDto } from './add-action-item.request.dto';
import { ActionItemAddedResultDto } from './add-action-item.response.dto';

@ApiTags('recommendations')
@Controller('v1/recommendations')
export class AddActionItemHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/action-items')
  @HttpCode(HttpStatus.CREATED)
  @Roles('liaison', 'admin')
  @ApiOperation({ summary: "The provider's liaison splits a recommendation into an action item for one of its units" })
  @ApiParam({ name: 'id', description: 'Recommendation id', example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  @ApiCreatedResponse({ type: ActionItemAddedResultDto })
  @ApiCommand({ status: 201, description: 'Added; the body names the new itemId' })
  add(@Param('id') id: string, @Body() body: AddActionItemRequestDto, @Meta() meta: CommandMeta): Promise<ActionItemAddedResult> {
    return this.commands.execute(new AddActionItemCommand(id, body, meta));
  }
}
