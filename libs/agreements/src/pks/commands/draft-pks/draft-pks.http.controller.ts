import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import type { HeaderReply } from '@app/platform/http';
import { DraftPksCommand } from './draft-pks.command';
import { DraftPksRequestDto } from './draft-pks.request.dto';

@ApiTags('agreements')
@Controller('v1/pks')
export class DraftPksHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Draft a PKS (Perjanjian Kerja Sama) implementing an MoU with some of its units' })
  @ApiCommand({ status: 201, description: 'Drafted; Location names the PKS' })
  async draft(@Body() body: DraftPksRequestDto, @Meta() meta: CommandMeta, @Res({ passthrough: true }) reply: HeaderReply): Promise<CommandResult> {
    const result = await this.commands.execute(new DraftPksCommand(body, meta));
    reply.header('Location', `/v1/pks/${result.id}`);
    return result;
  }
}
