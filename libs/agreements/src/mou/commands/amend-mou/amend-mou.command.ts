import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { AmendMouRequestDto } from './amend-mou.request.dto';

export class AmendMouCommand extends Command<CommandResult> {
  constructor(
    readonly mouId: string,
    readonly body: AmendMouRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
