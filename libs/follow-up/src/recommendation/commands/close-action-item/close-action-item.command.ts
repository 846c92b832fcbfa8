import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { CloseActionItemRequestDto } from './close-action-item.request.dto';

export class CloseActionItemCommand extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly itemId: string,
    readonly body: CloseActionItemRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
