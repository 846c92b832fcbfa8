import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { RecordAssessmentRequestDto } from './record-assessment.request.dto';

export class RecordAssessmentCommand extends Command<CommandResult> {
  constructor(
    readonly body: RecordAssessmentRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
