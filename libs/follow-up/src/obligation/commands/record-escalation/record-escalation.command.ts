import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { RecordEscalationRequestDto } from '../../../deadlines/record-escalation.request.dto';

export class RecordObligationEscalationCommand extends Command<CommandResult> {
  constructor(
    readonly obligationId: string,
    readonly body: RecordEscalationRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
