import { Body, Controller, Delete, HttpCode, HttpStatus, Param, Patch, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/platform/auth';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { ApiCommand, Meta } from '@app/platform/http';
import type { DirectoryTarget } from '../directory-target';
import { AddContactCommand, ChangeContactCommand, RemoveContactCommand } from './contact.commands';
import { ChangeContactRequestDto, ContactRequestDto } from './contact.request.dto';
import { RemoveContactRequestDto } from './remove-contact.request.dto';

const provider = (entityCode: string): DirectoryTarget => ({ side: 'provider', entityCode });

/** A provider's directory: its liaison, officers of its province and admins keep it; every change is an event. */
@ApiTags('contacts')
@Controller('v1/entities/:code/contacts')
@ApiParam({ name: 'code', description: 'Provider code', example: '64.01' })
export class ProviderContactsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('liaison', 'officer', 'admin')
  @ApiOperation({ summary: "Add a person to a provider's directory (liaison, unit head, Sekda, head of region)" })
  @ApiCommand({ status: 201, description: "Added to the provider's directory; `id` is the new contact's id" })
  add(@Param('code') code: string, @Body() body: ContactRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new AddContactCommand(provider(code), body, meta));
  }

  @Patch(':contactId')
  @Roles('liaison', 'officer', 'admin')
  @ApiOperation({ summary: 'Change some fields of a contact (the rest stay)' })
  @ApiParam({ name: 'contactId' })
  @ApiCommand({ status: 200, description: 'Changed (only the fields that differ are recorded)' })
  change(@Param('code') code: string, @Param('contactId') contactId: string, @Body() body: ChangeContactRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new ChangeContactCommand(provider(code), contactId, body, false, meta));
  }

  @Put(':contactId')
  @Roles('liaison', 'officer', 'admin')
  @ApiOperation({ summary: 'Replace a contact (left-out optional fields fall back to their defaults)' })
  @ApiParam({ name: 'contactId' })
  @ApiCommand({ status: 200, description: 'Replaced (only the fields that differ are recorded)' })
  replace(@Param('code') code: string, @Param('contactId') contactId: string, @Body() body: ContactRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new ChangeContactCommand(provider(code), contactId, body, true, meta));
  }

  @Delete(':contactId')
  @Roles('liaison', 'officer', 'admin')
  @ApiOperation({ summary: 'Remove a contact from the directory, with the reason' })
  @ApiParam({ name: 'contactId' })
  @ApiCommand({ status: 200, description: 'Removed' })
  remove(@Param('code') code: string, @Param('contactId') contactId: string, @Body() body: RemoveContactRequestDto, @Meta() meta: CommandMeta): Promise<CommandResult> {
    return this.commands.execute(new RemoveContactCommand(provider(code), contactId, body.reason, meta));
  }
}
