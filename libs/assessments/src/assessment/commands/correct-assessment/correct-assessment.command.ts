import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { CorrectAssessmentRequestDto } from './correct-assessment.request.dto';

export class CorrectAssessmentCommand extends Command<CommandResult> {
  constructor(
    /** `<entityCode>-<year>`, e.g. `64.01-2023`. */
    readonly id: string,
    readonly body: CorrectAssessmentRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
