import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth/roles.decorator';
import type { CommandMeta, CommandResult } from '@app/platform/commands/command-meta';
import { ApiCommand } from '@app/platform/http/api-responses';
import { Meta } from '@app/platform/http/command-request';
import type { HeaderReply } from '@app/platform/http/header-reply';
import { SignMouCommand } from './sign-mou.command';
import { SignMouRequestDto } from './sign-mou.request.dto';

@ApiTags('agreements')
@Controller('v1/mous')
export class SignMouHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Record an MoU (Nota Kesepahaman) signed with a pemda head' })
  @ApiCommand({ status: 201, description: 'Signed; the id is the slug of the Ombudsman number, Location names the MoU' })
  async sign(@Body() body: SignMouRequestDto, @Meta() meta: CommandMeta, @Res({ passthrough: true }) reply: HeaderReply): Promise<CommandResult> {
    const result = await this.commands.execute(new SignMouCommand(body, meta));
    reply.header('Location', `/v1/mous/${encodeURIComponent(result.id)}`);
    return result;
  }
}
