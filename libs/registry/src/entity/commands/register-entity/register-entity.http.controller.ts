import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import { RegisterEntityCommand } from './register-entity.command';
import { RegisterEntityRequestDto } from './register-entity.request.dto';

interface HeaderReply {
  header(name: string, value: string): unknown;
}

@ApiTags('registry')
@Controller('v1/entities')
export class RegisterEntityHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Register a public-service provider (pemda, kementerian or lembaga)' })
  @ApiCommand({ status: 201, description: 'Registered; Location names the provider' })
  async register(
    @Body() body: RegisterEntityRequestDto,
    @Meta() meta: CommandMeta,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new RegisterEntityCommand(body, meta));
    reply.header('Location', `/v1/entities/${encodeURIComponent(result.id)}`);
    return result;
  }
}
