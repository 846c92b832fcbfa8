import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { IssueRecommendationRequestDto } from './issue-recommendation.request.dto';

export class IssueRecommendationCommand extends Command<CommandResult> {
  constructor(
    readonly body: IssueRecommendationRequestDto,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
