import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { RecordEscalationRequestDto } from '../../../deadlines/record-escalation.request.dto';

export class RecordRecommendationEscalationCommand extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly body: RecordEscalationRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
