import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import type { HeaderReply } from '@app/platform/http';
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
