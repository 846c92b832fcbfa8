import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import type { HeaderReply } from '@app/platform/http';
import { RecordAssessmentCommand } from './record-assessment.command';
import { RecordAssessmentRequestDto } from './record-assessment.request.dto';

@ApiTags('assessments')
@Controller('v1/assessments')
export class RecordAssessmentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: "Record a provider's annual compliance assessment; category, zone and opinion follow that year's methodology" })
  @ApiCommand({ status: 201, description: 'Recorded; Location names the assessment (<entityCode>-<year>)' })
  async record(
    @Body() body: RecordAssessmentRequestDto,
    @Meta() meta: CommandMeta,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new RecordAssessmentCommand(body, meta));
    reply.header('Location', `/v1/assessments/${encodeURIComponent(result.id)}`);
    return result;
  }
}
