import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import type { HeaderReply } from '@app/platform/http';
import { IssueRecommendationCommand } from './issue-recommendation.command';
import { IssueRecommendationRequestDto } from './issue-recommendation.request.dto';

@ApiTags('recommendations')
@Controller('v1/recommendations')
export class IssueRecommendationHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: "Issue a recommendation to a provider (or one of its units); its deadline is given or follows the kind's due rule" })
  @ApiCommand({ status: 201, description: 'Issued with status belum_ditindaklanjuti; Location names the recommendation' })
  async issue(
    @Body() body: IssueRecommendationRequestDto,
    @Meta() meta: CommandMeta,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new IssueRecommendationCommand(body, meta));
    reply.header('Location', `/v1/recommendations/${encodeURIComponent(result.id)}`);
    return result;
  }
}
