import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { RecordRecommendationEscalationCommand } from './record-escalation.command';
import { RecordEscalationRequestDto } from '../../../deadlines/record-escalation.request.dto';

@ApiTags('recommendations')
@Controller('v1/recommendations')
export class RecordRecommendationEscalationHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/escalations')
  @HttpCode(HttpStatus.OK)
  @Roles('officer', 'admin')
  @ApiOperation({
    summary:
      'An officer records an escalation that happened outside the system (e.g. before the record was entered), with its date: the next rung of the ladder, after the due date, not in the future. It is history: nobody is notified, and the deadline workers continue from that rung.',
  })
  @ApiParam({ name: 'id', description: 'Recommendation id', example: '0b0f7c5e-3f7e-5f43-9d0e-6a1b2c3d4e5f' })
  @ApiCommand({ status: 200, description: 'Recorded' })
  record(@Param('id') id: string, @Body() body: RecordEscalationRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new RecordRecommendationEscalationCommand(id, body, meta));
  }
}
