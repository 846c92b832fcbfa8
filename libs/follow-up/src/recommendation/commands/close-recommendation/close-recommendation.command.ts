import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { CloseRecommendationRequestDto } from './close-recommendation.request.dto';

export class CloseRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly body: CloseRecommendationRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
