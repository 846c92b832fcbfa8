import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { AddActionItemRequestDto } from './add-action-item.request.dto';

export type ActionItemAddedResult = CommandResult & { itemId: string };

export class AddActionItemCommand extends Command<ActionItemAddedResult> {
  constructor(
    readonly recommendationId: string,
    readonly body: AddActionItemRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
