import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { FulfilObligationRequestDto } from './fulfil-obligation.request.dto';

export class FulfilObligationCommand extends Command<CommandResult> {
  constructor(
    readonly obligationId: string,
    readonly body: FulfilObligationRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
