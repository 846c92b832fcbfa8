import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { VerifyFollowUpCommand } from './verify-follow-up.command';
import { VerifyFollowUpRequestDto } from './verify-follow-up.request.dto';

@ApiTags('recommendations')
@Controller('v1/recommendations')
export class VerifyFollowUpHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/follow-ups/:followUpId/verify')
  @HttpCode(HttpStatus.OK)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'An officer verifies a follow-up as sesuai or belum_sesuai, with a note; sesuai can complete the recommendation' })
  @ApiParam({ name: 'id', description: 'Recommendation id', example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  @ApiParam({ name: 'followUpId', description: 'Follow-up id (from the answer to POST …/follow-ups)', example: '7d1c2b3a-4e5f-5a6b-8c7d-9e0f1a2b3c4d' })
  @ApiCommand({ status: 200, description: 'Verified' })
  verify(@Param('id') id: string, @Param('followUpId') followUpId: string, @Body() body: VerifyFollowUpRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new VerifyFollowUpCommand(id, followUpId, body, meta));
  }
}
