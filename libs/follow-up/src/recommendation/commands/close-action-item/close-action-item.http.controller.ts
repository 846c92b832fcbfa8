import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { CloseActionItemCommand } from './close-action-item.command';
import { CloseActionItemRequestDto } from './close-action-item.request.dto';

@ApiTags('recommendations')
@Controller('v1/recommendations')
export class CloseActionItemHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/action-items/:itemId/close')
  @HttpCode(HttpStatus.OK)
  @Roles('liaison', 'admin')
  @ApiOperation({ summary: 'The unit closes its action item; a follow-up with evidence for that item must exist' })
  @ApiParam({ name: 'id', description: 'Recommendation id', example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  @ApiParam({ name: 'itemId', description: 'Action item id (from the answer to POST …/action-items)', example: '1f0e6f5b-6a3c-5d2e-8b7a-9c0d1e2f3a4b' })
  @ApiCommand({ status: 200, description: 'Closed' })
  close(@Param('id') id: string, @Param('itemId') itemId: string, @Body() body: CloseActionItemRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new CloseActionItemCommand(id, itemId, body, meta));
  }
}
