import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { RecordEscalationRequestDto } from '../../../deadlines/record-escalation.request.dto';
import { RecordObligationEscalationCommand } from './record-escalation.command';

@ApiTags('obligations')
@Controller('v1/obligations')
export class RecordObligationEscalationHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/escalations')
  @HttpCode(HttpStatus.OK)
  @Roles('officer', 'admin')
  @ApiOperation({
    summary:
      'An officer records an escalation of an overdue PKS report that happened outside the system, with its date: the next rung of the ladder, after the due date, not in the future. Nobody is notified; the deadline workers continue from that rung.',
  })
  @ApiParam({ name: 'id', description: 'Obligation id (<pksId>.<scopeId>.<period>)', example: '5b0c8f5e-1f7a-5d1c-9a55-3f1d2a0e6c11.pendampingan-berkala.2022-Q3' })
  @ApiCommand({ status: 200, description: 'Recorded' })
  record(@Param('id') id: string, @Body() body: RecordEscalationRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new RecordObligationEscalationCommand(id, body, meta));
  }
}
