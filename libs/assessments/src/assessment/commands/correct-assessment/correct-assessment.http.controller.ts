import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { CorrectAssessmentCommand } from './correct-assessment.command';
import { CorrectAssessmentRequestDto } from './correct-assessment.request.dto';

@ApiTags('assessments')
@Controller('v1/assessments')
export class CorrectAssessmentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/correct')
  @HttpCode(HttpStatus.OK)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Correct a recorded score with a reason: a new fact, the earlier score stays in the history' })
  @ApiParam({ name: 'id', description: 'Assessment id: <entityCode>-<year>', example: '64.01-2023' })
  @ApiCommand({ status: 200, description: 'Correction recorded' })
  correct(@Param('id') id: string, @Body() body: CorrectAssessmentRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new CorrectAssessmentCommand(id, body, meta));
  }
}
